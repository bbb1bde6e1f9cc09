"""Pair decisions remembered between analyses of one story (issue #20 item 5).

The same-statement scorer decides a pair of sentences (or of quotes) from the two texts alone: their words,
their encoder readings and the cosine of their vectors, all functions of the texts. A :class:`PairMemo` keeps
each decision under the two texts, so a story analysed again with one more article scores only the pairs the
new article brings; every other pair gets the decision a full analysis would compute again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import numpy as np
from numpy.typing import NDArray

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PairDecision:
    """What the aligner decided on one candidate pair of sentences."""

    linked: bool
    score: float
    """the link's score (same-statement probability, 1.0 verbatim, or the part-of containment)"""
    verbatim: bool


class PairMemo(Generic[T]):
    """Decisions keyed by an unordered pair of texts (each text held once, pairs as two integers)."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._known: dict[int, T] = {}
        """decisions by the pair's two text ids packed in one integer (32 bytes a key, a tuple's 56 and its
        two integers': a 2,000-article one-event story keeps millions of pairs)"""

    def __len__(self) -> int:
        return len(self._known)

    def recall(self, texts: Sequence[str], pairs: NDArray[np.int64]) -> list[T | None]:
        """The decision on (texts[i], texts[j]) for each row (i, j) of ``pairs``, None where none is known."""
        ids = [self._ids.get(text, -1) for text in texts]
        return [self._known.get(_key(ids[i], ids[j])) if ids[i] >= 0 and ids[j] >= 0 else None
                for i, j in pairs.tolist()]

    def keep(self, texts: Sequence[str], pairs: NDArray[np.int64], decisions: Sequence[T]) -> None:
        """Remember the decision on each row (i, j) of ``pairs`` of ``texts``."""
        for (i, j), decision in zip(pairs.tolist(), decisions, strict=True):
            a, b = self._id(texts[i]), self._id(texts[j])
            self._known[_key(a, b)] = decision

    def get(self, a: str, b: str) -> T | None:
        """The decision on the pair (a, b), None when none is known."""
        ids = self._ids.get(a, -1), self._ids.get(b, -1)
        return self._known.get(_key(*ids)) if min(ids) >= 0 else None

    def put(self, a: str, b: str, decision: T) -> None:
        self._known[_key(self._id(a), self._id(b))] = decision

    def _id(self, text: str) -> int:
        return self._ids.setdefault(text, len(self._ids))


@dataclass
class QuoteMemo:
    """The quote clustering's decisions on pairs of quote texts: one statement by the model, one a trim of the
    other."""

    same: PairMemo[bool] = field(default_factory=PairMemo)
    contained: PairMemo[bool] = field(default_factory=PairMemo)


def _key(a: int, b: int) -> int:
    return (a << 32) | b if a <= b else (b << 32) | a


def split_known(memo: PairMemo[T] | None, texts: Sequence[str],
                pairs: NDArray[np.int64]) -> tuple[list[T | None], NDArray[np.int64]]:
    """The remembered decisions of ``pairs`` (None where unknown) and the rows still to decide."""
    if memo is None:
        return [None] * len(pairs), np.arange(len(pairs), dtype=np.int64)
    known = memo.recall(texts, pairs)
    return known, np.array([k for k, value in enumerate(known) if value is None], dtype=np.int64)
