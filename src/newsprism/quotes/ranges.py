"""Character ranges of an article (its quotations) with lookups in O(log n), so that a long article's
quotations are read in time linear in its length."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate
from typing import overload

Range = tuple[int, int]
"""(start, end) character offsets into the article's text"""


class Ranges(Sequence[Range]):
    """Ranges in order of their start, with fast 'which range holds this offset' questions."""

    def __init__(self, ranges: Iterable[Range] = ()) -> None:
        self._items = tuple(sorted(ranges))
        self._starts = [start for start, _ in self._items]
        self._reach = list(accumulate((end for _, end in self._items), max))
        """the largest end among the ranges up to each one"""
        self._ends = sorted(end for _, end in self._items)

    @overload
    def __getitem__(self, index: int) -> Range: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Range]: ...

    def __getitem__(self, index: int | slice) -> Range | Sequence[Range]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Range]:
        return iter(self._items)

    def __repr__(self) -> str:
        return f"Ranges({list(self._items)!r})"

    def covers(self, position: int) -> bool:
        """Some range has ``start <= position < end``."""
        index = bisect_right(self._starts, position)
        return index > 0 and self._reach[index - 1] > position

    def last_end(self, position: int) -> int | None:
        """The largest range end at or before ``position``, if any."""
        index = bisect_right(self._ends, position)
        return self._ends[index - 1] if index else None

    def overlaps(self, start: int, end: int) -> bool:
        """Some range has ``range_start < end`` and ``start < range_end``."""
        index = bisect_left(self._starts, end)
        return index > 0 and self._reach[index - 1] > start


def inside(position: int, ranges: Sequence[Range]) -> bool:
    """``position`` lies in one of ``ranges`` (fast for :class:`Ranges`)."""
    if isinstance(ranges, Ranges):
        return ranges.covers(position)
    return any(first <= position < last for first, last in ranges)
