"""Each story's dated span and last position as arrays by story number, for the grouper's candidate search.

An item is offered only the stories its date lets it join (:meth:`~newsprism.stream.events.EventRules.in_reach`)
and that have not gone quiet for ``fade_items`` items. In a backfill or a dense feed hundreds of live stories
share the item's common words, and most lie outside its reach: checking them one Python call at a time
(``gap_hours`` on datetimes, per story) was most of the grouping's cost (backfill, 20,000 articles, cProfile:
17 M reach checks, 843 a story an item). Here each story's first and last dates are kept as integer microseconds,
so the gaps of all the stories sharing a term with the item are one vectorised sum: the same floats as
:func:`~newsprism.stream.events.gap_hours` (a gap in whole microseconds, under 2^53, over 10^6 then over 3,600,
as ``timedelta.total_seconds()`` divides), so the same stories pass.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
from numpy.typing import NDArray

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]

_EPOCH, _NAIVE_EPOCH, _MICROSECOND = datetime(1970, 1, 1, tzinfo=UTC), datetime(1970, 1, 1), timedelta(microseconds=1)


def microseconds(when: datetime) -> int:
    """Whole microseconds since the epoch (an aware date's from UTC's, a naive one's from the naive epoch): the
    difference of two is their ``timedelta`` in microseconds, exactly."""
    return (when - (_NAIVE_EPOCH if when.utcoffset() is None else _EPOCH)) // _MICROSECOND


class StorySpans:
    """story number -> its first and last dates (microseconds; ``dated`` False when it has none) and the number of
    items seen when it last took one."""

    def __init__(self) -> None:
        self._first = np.zeros(64, dtype=np.int64)
        self._last = np.zeros(64, dtype=np.int64)
        self._dated = np.zeros(64, dtype=np.bool_)
        self._position = np.zeros(64, dtype=np.int64)

    def note(self, number: int, first: datetime | None, last: datetime | None, position: int) -> None:
        """Record the story's span and last position as they now stand."""
        if number >= len(self._first):
            grow = max(number + 1, 2 * len(self._first)) - len(self._first)
            self._first, self._last = (np.concatenate((a, np.zeros(grow, dtype=np.int64))) for a in (self._first,
                                                                                                   self._last))
            self._dated = np.concatenate((self._dated, np.zeros(grow, dtype=np.bool_)))
            self._position = np.concatenate((self._position, np.zeros(grow, dtype=np.int64)))
        dated = first is not None and last is not None
        self._dated[number] = dated
        if first is not None and last is not None:
            self._first[number], self._last[number] = microseconds(first), microseconds(last)
        self._position[number] = position

    def gap_hours(self, numbers: I64, published: datetime | None) -> F64:
        """Hours between the date and each story's dated span: 0 inside it, or when either is undated (as
        :func:`~newsprism.stream.events.gap_hours` gives, float for float)."""
        if published is None:
            return np.zeros(len(numbers), dtype=np.float64)
        at = microseconds(published)
        gap = np.maximum(np.maximum(self._first[numbers] - at, at - self._last[numbers]), 0)
        hours: F64 = np.where(self._dated[numbers], gap / 1_000_000 / 3600, 0.0)
        return hours

    def quiet(self, numbers: I64, seen: int, items: int | None) -> NDArray[np.bool_]:
        """Which stories took no item in the last ``items`` seen (none when ``items`` is None)."""
        if items is None:
            return np.zeros(len(numbers), dtype=np.bool_)
        quiet: NDArray[np.bool_] = seen - self._position[numbers] > items
        return quiet
