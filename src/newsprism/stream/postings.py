"""The story grouper's candidate index: which live stories an item's TF-IDF vector is nearest to.

:class:`StoryPostings` is an inverted index from each term to the live stories holding it, each posting carrying
the term's weight in that story's summed TF-IDF vector (so a dot product needs no look-up in the story). An item
is scored against the ``k`` stories with the highest TF-IDF cosine (dot product over the story's norm), ties to
the older story, as :class:`~newsprism.stream.stories.StoryGrouper` asks.

Each posting is a pair of packed arrays (story slots, weights), so an item's dot products with every story that
shares one of its terms are one vectorised scan: its terms' postings laid end to end in the item's term order,
each weight times the item's, summed per story by ``numpy.bincount`` (which adds in array order: every dot
product is the same float as a term-by-term loop over the item's terms). A scan costs a few nanoseconds per
posting, so a dense or backfilled feed, where the common words' postings hold most of the hundreds of live
stories, costs about what a sparse one does. (The exact MaxScore this replaces read the same postings one at a
time in Python, and on such a feed could skip none of them: with 650 live stories sharing the feed's words it
visited about 480 stories per item, twice, at 12 ms per item under the profiler.)

Stories get dense slots (reused once a story leaves the index), so the scan's per-story arrays stay as long as
the live stories are many, not as long as the stream.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Mapping

import numpy as np
from numpy.typing import NDArray

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]


class _Posting:
    """One term's stories (as slots) and weights, packed; ``where`` finds a slot's place."""

    __slots__ = ("slots", "values", "where")

    def __init__(self) -> None:
        self.slots = array("q")
        self.values = array("d")
        self.where: dict[int, int] = {}

    def set(self, slot: int, weight: float) -> bool:
        """Record the slot's weight; True when the slot is new to this term."""
        at = self.where.get(slot)
        if at is not None:
            self.values[at] = weight
            return False
        self.where[slot] = len(self.slots)
        self.slots.append(slot)
        self.values.append(weight)
        return True

    def drop(self, slot: int) -> None:
        """Remove the slot, moving the last posting into its place (a story's sum does not depend on the order
        of one term's postings: each story is in it once)."""
        at = self.where.pop(slot, None)
        if at is None:
            return
        last = len(self.slots) - 1
        if at != last:
            moved = self.slots[last]
            self.slots[at], self.values[at] = moved, self.values[last]
            self.where[moved] = at
        self.slots.pop()
        self.values.pop()


class StoryPostings:
    """term -> the live stories holding it with the term's weight in their summed TF-IDF vector, and each story's
    norm."""

    def __init__(self) -> None:
        self._lists: dict[str, _Posting] = {}
        self._slot: dict[int, int] = {}
        """story number -> its slot"""
        self._terms: list[list[str]] = []
        """slot -> the terms whose postings hold it"""
        self._story = np.full(64, -1, dtype=np.int64)
        """slot -> story number (-1: free)"""
        self._norm = np.ones(64, dtype=np.float64)
        """slot -> the story's norm (1 for a zero norm, as the cosine divides by it)"""
        self._free: list[int] = []

    def put(self, story: int, sparse: Mapping[str, float], terms: Iterable[str], norm: float) -> None:
        """Record the story's current weights (``sparse``, of norm ``norm``) of ``terms``."""
        slot = self._slot.get(story)
        if slot is None:
            slot = self._allocate(story)
        self._norm[slot] = norm or 1.0
        lists, held = self._lists, self._terms[slot]
        for term in terms:
            posting = lists.get(term)
            if posting is None:
                posting = lists[term] = _Posting()
            if posting.set(slot, sparse[term]):
                held.append(term)

    def remove(self, story: int) -> None:
        """Drop the story from the index (it faded, merged or is rebuilt)."""
        slot = self._slot.pop(story, None)
        if slot is None:
            return
        lists = self._lists
        for term in self._terms[slot]:
            posting = lists.get(term)
            if posting is not None:
                posting.drop(slot)
        self._terms[slot] = []
        self._story[slot] = -1
        self._norm[slot] = 1.0
        self._free.append(slot)

    def refresh(self) -> None:
        """Forget the terms no live story holds (their postings emptied as stories left)."""
        self._lists = {term: posting for term, posting in self._lists.items() if posting.slots}

    def dots(self, vector: Mapping[str, float]) -> dict[int, float]:
        """The dot product of ``vector`` with every story sharing one of its terms."""
        found, dots = self._scan(vector)
        return dict(zip(self._story[found].tolist(), dots[found].tolist(), strict=True))

    def nearest(self, vector: Mapping[str, float], k: int, live: Callable[[int], bool],
                screen: Callable[[I64], NDArray[np.int8]] | None = None) -> tuple[list[int], dict[int, float]]:
        """The live stories sharing a term with ``vector`` (all of them when ``k`` or fewer, else the ``k`` of
        highest cosine, ties to the lower number), sorted by number, and their dot products (item term order).
        ``screen`` (optional) answers for all the stories found at once: 0 not live, 2 live, 1 ask ``live``; the
        stories it rules out take no place in the ranking, as ``live`` would have ruled them out in it."""
        found, dots = self._scan(vector)
        if not found.size or k <= 0:
            return [], {}
        numbers = self._story[found]
        verdict = screen(numbers) if screen is not None else np.ones(len(numbers), dtype=np.int8)
        kept = verdict > 0
        found, numbers, verdict = found[kept], numbers[kept], verdict[kept]
        cosines = dots[found] / self._norm[found]
        asked: dict[int, bool] = {}

        def alive(number: int, said: int) -> bool:
            if said == 2:
                return True
            if number not in asked:
                asked[number] = live(number)
            return asked[number]

        chosen: list[int] = []
        for depth in (k, len(cosines)):  # the full ranking is made only when the top k's prefix falls short
            ranked = _ranked(cosines, numbers, depth)
            chosen = _first_live(numbers[ranked].tolist(), verdict[ranked].tolist(), alive, k)
            if len(chosen) == k or len(ranked) == len(cosines):
                break  # a prefix of the full ranking holds k live stories, or it is the full ranking
        return sorted(chosen), {n: float(dots[self._slot[n]]) for n in chosen}

    def _scan(self, vector: Mapping[str, float]) -> tuple[I64, F64]:
        """The slots sharing a term with ``vector`` and every slot's dot product with it (0 for the others)."""
        lists = self._lists
        held = [(posting, weight) for term, weight in vector.items()
                if (posting := lists.get(term)) is not None and posting.slots]
        if not held:
            return np.empty(0, dtype=np.int64), np.zeros(0)
        slots = np.frombuffer(b"".join([p.slots for p, _ in held]), dtype=np.int64)  # one copy, not one per term
        values = np.frombuffer(b"".join([p.values for p, _ in held]), dtype=np.float64)
        weights = np.repeat(np.array([w for _, w in held], dtype=np.float64), [len(p.slots) for p, _ in held])
        size = len(self._story)
        dots: F64 = np.bincount(slots, weights=weights * values, minlength=size).astype(np.float64, copy=False)
        found: I64 = np.flatnonzero(np.bincount(slots, minlength=size))
        return found, dots

    def _allocate(self, story: int) -> int:
        if self._free:
            slot = self._free.pop()
        else:
            slot = len(self._terms)
            if slot == len(self._story):
                self._story = np.concatenate((self._story, np.full(slot, -1, dtype=np.int64)))
                self._norm = np.concatenate((self._norm, np.ones(slot, dtype=np.float64)))
            self._terms.append([])
        self._slot[story] = slot
        self._story[slot] = story
        return slot


def _first_live(numbers: list[int], verdicts: list[int], alive: Callable[[int, int], bool], k: int) -> list[int]:
    """The first ``k`` live stories in ranking order."""
    chosen: list[int] = []
    for number, said in zip(numbers, verdicts, strict=True):
        if alive(number, said):
            chosen.append(number)
            if len(chosen) == k:
                break
    return chosen


def _ranked(cosines: F64, numbers: I64, k: int) -> I64:
    """Positions of at least the ``k`` highest cosines (all of those tied with the ``k``-th), by cosine
    descending, ties to the lower number: a prefix of the ranking of them all."""
    if k < len(cosines):
        floor = np.partition(cosines, len(cosines) - k)[len(cosines) - k]
        top: I64 = np.flatnonzero(cosines >= floor)
    else:
        top = np.arange(len(cosines))
    order: I64 = top[np.lexsort((numbers[top], -cosines[top]))]
    return order
