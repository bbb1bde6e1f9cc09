"""Normalised time values: a point at a precision, or a range of two points, and a clock time (what
:func:`newsprism.values.date_phrases.read_date_phrase` reads a date phrase as; the timeline, the dated conflicts and
the HTML timeline compare and print them).

A value keeps only the fields its precision gives: ``2023-09`` is a month, not the first of
September. Two values are compared at the coarser of their precisions ("Wednesday" and
"11:43 a.m. Wednesday" are the same day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["year", "month", "day", "time"]
RANK: dict[Precision, int] = {"year": 0, "month": 1, "day": 2, "time": 3}
ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?")
"""What :meth:`Point.iso` writes: '2016', '2019-04', '2025-03-11', '2025-03-11T06:25'."""


@dataclass(frozen=True, order=True)
class Point:
    """A moment at a precision; the fields finer than the precision are 1 (month, day) or 0 (hour, minute)."""

    year: int
    month: int = 1
    day: int = 1
    hour: int = 0
    minute: int = 0
    precision: Precision = "day"

    @staticmethod
    def of_day(day: date) -> Point:
        return Point(day.year, day.month, day.day, precision="day")

    @staticmethod
    def parse(iso: str) -> Point | None:
        """The point :meth:`iso` wrote (the report's dates), or None for another string or an impossible date."""
        match = ISO.fullmatch(iso.strip())
        if match is None:
            return None
        year, month, day, hour, minute = (int(g) if g else None for g in match.groups())
        precision: Precision = ("time" if hour is not None else "day" if day is not None
                                else "month" if month is not None else "year")
        point = Point(year or 0, month or 1, day or 1, hour or 0, minute or 0, precision)
        try:
            point.as_date()
        except ValueError:
            return None
        return point if point.hour < 24 and point.minute < 60 else None

    def iso(self) -> str:
        text = f"{self.year:04d}"
        if RANK[self.precision] >= RANK["month"]:
            text += f"-{self.month:02d}"
        if RANK[self.precision] >= RANK["day"]:
            text += f"-{self.day:02d}"
        if self.precision == "time":
            text += f"T{self.hour:02d}:{self.minute:02d}"
        return text

    def coarsen(self, precision: Precision) -> Point:
        """The same moment at ``precision`` when that is coarser than its own, else itself."""
        if RANK[precision] >= RANK[self.precision]:
            return self
        rank = RANK[precision]
        return Point(self.year, self.month if rank >= 1 else 1, self.day if rank >= 2 else 1, precision=precision)

    def as_date(self) -> date:
        return date(self.year, self.month, self.day)


@dataclass(frozen=True)
class TimeValue:
    """A point, or a range from ``start`` to ``end`` (both included)."""

    start: Point
    end: Point | None = None

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two ends."""
        if self.end is None or RANK[self.start.precision] <= RANK[self.end.precision]:
            return self.start.precision
        return self.end.precision

    def iso(self) -> str:
        return self.start.iso() if self.end is None else f"{self.start.iso()}/{self.end.iso()}"

    @staticmethod
    def parse(iso: str) -> TimeValue | None:
        """The value :meth:`iso` wrote ('2016', '2021/2026'), or None."""
        points = [Point.parse(part) for part in iso.split("/")]
        if len(points) > 2 or any(p is None for p in points) or points[0] is None:
            return None
        return TimeValue(points[0], points[1] if len(points) > 1 else None)

    def coarsen(self, precision: Precision) -> TimeValue:
        return TimeValue(self.start.coarsen(precision), None if self.end is None else self.end.coarsen(precision))

    def sort_key(self) -> tuple[str, str]:
        return self.start.iso(), "" if self.end is None else self.end.iso()

    def single_day(self) -> date | None:
        """The day this value names, when it names exactly one (day or time precision, no range)."""
        if self.end is None and RANK[self.start.precision] >= RANK["day"]:
            return self.start.as_date()
        return None


def same_time(a: TimeValue, b: TimeValue) -> bool:
    """Equal at the coarser shared precision; a range matches a point when both its ends fall in that point
    ("between 10:12 and 10:24 a.m." on Wednesday is Wednesday)."""
    rank = min(RANK[a.precision], RANK[b.precision])
    precision: Precision = next(p for p, r in RANK.items() if r == rank)
    x, y = a.coarsen(precision), b.coarsen(precision)
    if (x.end is None) == (y.end is None):
        return x == y
    point, span = (x, y) if x.end is None else (y, x)
    return point.start == span.start == span.end


@dataclass(frozen=True)
class Clock:
    """A clock time with no day of its own ("11:43 a.m."), or a range of two."""

    hour: int
    minute: int
    end: tuple[int, int] | None = None

    def on(self, day: date) -> TimeValue:
        start = Point(day.year, day.month, day.day, self.hour, self.minute, "time")
        if self.end is None:
            return TimeValue(start)
        return TimeValue(start, Point(day.year, day.month, day.day, self.end[0], self.end[1], "time"))
