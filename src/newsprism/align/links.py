"""A story's sentence links held as arrays, each :class:`Link` made when a reader reaches it (issue #20).

A one-event story's links grow as the square of its articles (89,627 at 100 one-event articles, 367,718 at 200):
held as records, each was about 150 bytes (the record, its two sentence ids and its score as Python objects) for
the whole analysis. :class:`Links` keeps them in four arrays (17 bytes a link) and reads as the list of records
it stands for: the readers (facts, reuse, the timeline, conflicts) iterate it, and get equal records in the same
order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
from numpy.typing import NDArray

READ_ROWS = 65_536
"""Links turned into records at a time while iterating (one block's Python values, then the next)."""


@dataclass(frozen=True, slots=True)
class Link:
    """Two sentences of different articles that say the same thing (a < b, global sentence ids)."""

    a: int
    b: int
    score: float
    """same-statement probability, or the containment score of a part-of link"""
    verbatim: bool


class Links(Sequence[Link]):
    """Links in arrays: sentence ids ``a`` and ``b`` (int32: a story has fewer than 2^31 sentences), ``score``
    (float64: each record's score as it was computed) and ``verbatim``; reads as a list of :class:`Link`."""

    __slots__ = ("a", "b", "score", "verbatim")

    def __init__(self, a: NDArray[Any], b: NDArray[Any], score: NDArray[Any], verbatim: NDArray[Any]) -> None:
        if not len(a) == len(b) == len(score) == len(verbatim):
            raise ValueError(f"a, b, score and verbatim differ in length ({len(a)}, {len(b)}, {len(score)}, "
                             f"{len(verbatim)})")
        self.a: NDArray[np.int32] = np.asarray(a, dtype=np.int32)
        self.b: NDArray[np.int32] = np.asarray(b, dtype=np.int32)
        self.score: NDArray[np.float64] = np.asarray(score, dtype=np.float64)
        self.verbatim: NDArray[np.bool_] = np.asarray(verbatim, dtype=bool)

    @classmethod
    def of(cls, links: Sequence[Link]) -> Links:
        """The arrays of a list of records (``links`` itself where it already is :class:`Links`)."""
        if isinstance(links, Links):
            return links
        return cls(np.array([k.a for k in links], dtype=np.int32), np.array([k.b for k in links], dtype=np.int32),
                   np.array([k.score for k in links], dtype=np.float64),
                   np.array([k.verbatim for k in links], dtype=bool))

    def __len__(self) -> int:
        return len(self.a)

    @overload
    def __getitem__(self, index: int) -> Link: ...

    @overload
    def __getitem__(self, index: slice) -> Links: ...

    def __getitem__(self, index: int | slice) -> Link | Links:
        if isinstance(index, slice):
            return Links(self.a[index], self.b[index], self.score[index], self.verbatim[index])
        return Link(int(self.a[index]), int(self.b[index]), float(self.score[index]), bool(self.verbatim[index]))

    def __iter__(self) -> Iterator[Link]:
        for start in range(0, len(self), READ_ROWS):
            end = start + READ_ROWS
            rows = zip(self.a[start:end].tolist(), self.b[start:end].tolist(), self.score[start:end].tolist(),
                       self.verbatim[start:end].tolist(), strict=True)
            yield from (Link(a, b, score, verbatim) for a, b, score, verbatim in rows)

    def pairs(self) -> Iterator[tuple[int, int]]:
        """Each link's two sentence ids (``a``, ``b``), in order, read from the arrays a block at a time: what the
        readers that join or look up the linked sentences need, without a :class:`Link` record per link."""
        for start in range(0, len(self), READ_ROWS):
            end = start + READ_ROWS
            yield from zip(self.a[start:end].tolist(), self.b[start:end].tolist(), strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Links):
            return bool(np.array_equal(self.a, other.a) and np.array_equal(self.b, other.b)
                        and np.array_equal(self.score, other.score) and np.array_equal(self.verbatim, other.verbatim))
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Links({len(self)} links)"

    def by_articles(self, owner: NDArray[np.int64]) -> Iterator[tuple[int, int, Links]]:
        """The links of each pair of articles (``owner`` gives each sentence's), as (article of ``a``, article of
        ``b``, their links in this order), the pairs sorted: what grouping the records by their articles' pair
        gives, without a record per link held for all pairs at once (:func:`newsprism.reuse.relate`'s grouping)."""
        if not len(self):
            return
        left, right = owner[self.a], owner[self.b]
        order = np.lexsort((right, left))  # stable: each pair's links keep their order
        left, right = left[order], right[order]
        starts = np.flatnonzero(np.concatenate(([True], (left[1:] != left[:-1]) | (right[1:] != right[:-1]))))
        for start, end in zip(starts.tolist(), [*starts[1:].tolist(), len(order)], strict=True):
            rows = order[start:end]
            yield int(left[start]), int(right[start]), Links(self.a[rows], self.b[rows], self.score[rows],
                                                             self.verbatim[rows])

    @property
    def nbytes(self) -> int:
        """The arrays' bytes."""
        return self.a.nbytes + self.b.nbytes + self.score.nbytes + self.verbatim.nbytes


def sentence_pairs(links: Sequence[Link]) -> Iterator[tuple[int, int]]:
    """The two sentence ids of each link, in order: read from the arrays where ``links`` is :class:`Links`
    (:meth:`Links.pairs`), from the records otherwise (a list a test or a caller built)."""
    if isinstance(links, Links):
        return links.pairs()
    return ((link.a, link.b) for link in links)
