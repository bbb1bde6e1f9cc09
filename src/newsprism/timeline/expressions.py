"""Normalise one time expression as written ("on Tuesday", "11:43 a.m. Wednesday", "Sept. 13, 2023") to a value.

``read_expression(text, reference, future)`` reads the expression's clock time (or range of two) here, with
:func:`newsprism.values.clock_times`, and its date with :func:`newsprism.values.date_phrases.read_date_phrase`
(the one reader of dates: calendar dates, weekdays, relative words, quarters and ranges, resolved against the
reference date, the article's publication date). Durations ("for 18 months", "four years", "five-year") are not
dates and give ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsprism.lexicon import TIME_ZONES
from newsprism.values import ClockTime, clock_times
from newsprism.values.date_phrases import DURATION, Context, clean, read_date_phrase
from newsprism.values.moments import Clock, TimeValue


@dataclass(frozen=True)
class Reading:
    """What an expression means: a value (or a clock time waiting for its day), and whether it needed the reference."""

    value: TimeValue | Clock
    relative: bool


NAMED_CLOCKS = {"noon": Clock(12, 0), "midnight": Clock(0, 0)}
NAMED_CLOCK = re.compile(r"\b(?:noon|midnight)\b")
CLOCK_PAIR = re.compile(r"\s*(?:and|to|-)\s*")
"""What joins the two times of a range ('9:17 and 9:26 am', '9 to 11 pm')."""
CLOCK_LEAD = re.compile(r"(?:between|from)\s+$")
NAMED_END = re.compile(r"\s*(?:and|to|-)\s*(noon|midnight)\b")
ZONED_CLOCK = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?\s*|hours\s*)?(?:"
                         + "|".join(sorted((z.lower() for z in TIME_ZONES), key=len, reverse=True)) + r"|local time)\b")
"""'1700 GMT', '0930 ET': four digits with a time zone are a 24-hour clock time, never a year."""


def read_expression(text: str, reference: date | None, future: bool = False) -> Reading | None:
    """The value of one time expression, or None when it is a duration or cannot be normalised with confidence."""
    words = clean(text)
    if not words or (DURATION.search(words) and "ago" not in words):
        return None
    context = Context(reference, future)
    words = ZONED_CLOCK.sub(lambda m: f"{m.group(1)}:{m.group(2)}", words)
    clock = _split_clock(words, context)
    if clock is not None:
        return clock
    day = read_date_phrase(words, reference, future)
    return None if day is None else Reading(day.value, day.relative)


def _split_clock(words: str, context: Context) -> Reading | None:
    """A clock time (or range of two), alone or with the day it falls on ("11:43 am on wednesday")."""
    found = _clock_in(words)
    if found is None:
        return None
    (start, end), clock = found
    if clock is None:
        return None
    rest = re.sub(r"^(?:on|at|,)\s*|\s*(?:on|at|,)$", "", (words[:start] + " " + words[end:]).strip())
    if not rest:
        return Reading(clock, relative=False)
    day = read_expression(rest, context.reference, context.future)
    found_day = day.value.single_day() if day is not None and isinstance(day.value, TimeValue) else None
    if day is None or found_day is None:
        return None
    return Reading(clock.on(found_day), day.relative)


def _clock_in(words: str) -> tuple[tuple[int, int], Clock | None] | None:
    """Where the phrase's clock time (or range of two: '9:17 and 9:26 am') stands and its value, read by
    :func:`newsprism.values.clock_times`; 'noon' and 'midnight' where no figure is."""
    times = clock_times(words)
    if not times:
        named = NAMED_CLOCK.search(words)
        return None if named is None else ((named.start(), named.end()), NAMED_CLOCKS[named.group(0)])
    first, second = times[0], None
    if len(times) > 1 and CLOCK_PAIR.fullmatch(words[first.end:times[1].start]):
        second = times[1]
    lead = CLOCK_LEAD.search(words[:first.start])
    start = lead.start() if lead else first.start
    named = NAMED_END.match(words, first.end) if second is None else None
    if named is not None:  # '11 am to noon'
        clock = _clock(first, None)
        end_clock = NAMED_CLOCKS[named.group(1)]
        return (start, named.end()), None if clock is None else Clock(clock.hour, clock.minute,
                                                                      (end_clock.hour, end_clock.minute))
    return (start, (second or first).end), _clock(first, second)


def _clock(first: ClockTime, second: ClockTime | None) -> Clock | None:
    """One clock time or two; '11:43 and 11:53 am' takes the second's am/pm for the first."""
    meridian = (second or first).meridian
    start = _hm(first, meridian)
    end = _hm(second, meridian) if second is not None else None
    if start is None or (second is not None and end is None):
        return None
    return Clock(start[0], start[1], end)


def _hm(time: ClockTime, meridian: str) -> tuple[int, int] | None:
    hour, minute = divmod(time.minutes, 60)
    if time.meridian or not meridian:
        return hour, minute
    return _twelve(hour, minute, meridian)


def _twelve(hour: int, minute: int, meridian: str) -> tuple[int, int] | None:
    if not 1 <= hour <= 12 or minute >= 60:
        return None
    return hour % 12 + (12 if meridian == "p" else 0), minute
