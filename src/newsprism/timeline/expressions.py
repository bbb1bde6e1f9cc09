"""Normalise one time expression as written ("on Tuesday", "last month", "Sept. 13, 2023") to a value.

``read_expression(text, reference, future)`` applies the rules below in order; the first
that matches decides. Where none does, :mod:`dateparser` gets the expression, but only when
every word of it is a calendar word (a month, a weekday, a number), so that nothing is
guessed from a phrase the rules do not understand. Durations ("for 18 months", "four
years", "five-year") are not dates and give ``None``.

Resolving against the reference date (the article's publication date):

- a weekday is the most recent such day on or before the reference in past-tense text, the
  next one on or after it in future-tense text ("will meet on Friday"); "last Friday" is
  strictly before, "next Friday" strictly after;
- a month or a day of a month without a year ("in May", "Sept. 13") is the most recent one on
  or before the reference, or the next one on or after it in future-tense text;
- parts of day ("early on Tuesday", "Wednesday morning") keep day precision;
- "last/this/next week" is the Monday-to-Sunday range, "earlier this week" Monday to the day
  before the reference.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from newsprism.lexicon import MONTHS, ORDINAL_WORDS, TIME_ZONES, WEEKDAYS
from newsprism.timeline.calendar import (
    CALENDAR_WORD,
    COUNT,
    DURATION,
    MONTH,
    WEEKDAY,
    by_dateparser,
    clean,
    month_in_year,
    shift_months,
)
from newsprism.timeline.values import Clock, Point, TimeValue
from newsprism.values import ClockTime, clock_times, read_number


@dataclass(frozen=True)
class Reading:
    """What an expression means: a value (or a clock time waiting for its day), and whether it needed the reference."""

    value: TimeValue | Clock
    relative: bool


@dataclass(frozen=True)
class Context:
    reference: date | None
    future: bool


Rule = Callable[[re.Match[str], Context], Reading | None]

NAMED_CLOCKS = {"noon": Clock(12, 0), "midnight": Clock(0, 0)}
NAMED_CLOCK = re.compile(r"\b(?:noon|midnight)\b")
CLOCK_PAIR = re.compile(r"\s*(?:and|to|-)\s*")
"""What joins the two times of a range ('9:17 and 9:26 am', '9 to 11 pm')."""
CLOCK_LEAD = re.compile(r"(?:between|from)\s+$")
NAMED_END = re.compile(r"\s*(?:and|to|-)\s*(noon|midnight)\b")
ZONED_CLOCK = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?\s*|hours\s*)?(?:"
                         + "|".join(sorted((z.lower() for z in TIME_ZONES), key=len, reverse=True)) + r"|local time)\b")
"""'1700 GMT', '0930 ET': four digits with a time zone are a 24-hour clock time, never a year."""
DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
ORD = r"(?:st|nd|rd|th)?"


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
    for pattern, rule in RULES:
        match = pattern.fullmatch(words)
        if match:
            return rule(match, context)
    if all(CALENDAR_WORD.fullmatch(w) for w in words.replace(",", " ").split()):
        value = by_dateparser(words, reference, future)
        return None if value is None else Reading(value, relative=not re.search(r"\d{4}", words))
    return None


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


def _year(match: re.Match[str], context: Context) -> Reading | None:
    return Reading(TimeValue(Point(int(match.group(1)), precision="year")), relative=False)


def _year_range(match: re.Match[str], context: Context) -> Reading | None:
    first, second = match.group(1), match.group(2)
    end = int(first[:2] + second) if len(second) == 2 else int(second)
    if end <= int(first):
        return None
    return Reading(TimeValue(Point(int(first), precision="year"), Point(end, precision="year")), relative=False)


def _decade(match: re.Match[str], context: Context) -> Reading | None:
    start = int(match.group(1))
    return Reading(TimeValue(Point(start, precision="year"), Point(start + 9, precision="year")), relative=False)


def _quarter(match: re.Match[str], context: Context) -> Reading | None:
    first = 3 * QUARTERS[match.group(1)] + 1
    year = int(match.group(2))
    return Reading(TimeValue(Point(year, first, precision="month"), Point(year, first + 2, precision="month")), False)


def _month_year(match: re.Match[str], context: Context) -> Reading | None:
    return Reading(TimeValue(Point(int(match.group(2)), MONTHS[match.group(1)], precision="month")), False)


def _full_date(match: re.Match[str], context: Context) -> Reading | None:
    named = match.groupdict()
    return _day(int(named["year"]), MONTHS[named["month"]], int(named["day"]))


def _day(year: int, month: int, day: int, relative: bool = False) -> Reading | None:
    try:
        return Reading(TimeValue(Point.of_day(date(year, month, day))), relative)
    except ValueError:
        return None


def _month_day(match: re.Match[str], context: Context) -> Reading | None:
    if context.reference is None:
        return None
    named = match.groupdict()
    month, day, ref = MONTHS[named["month"]], int(named["day"]), context.reference
    year = ref.year
    if context.future and (month, day) < (ref.month, ref.day):
        year += 1
    elif not context.future and (month, day) > (ref.month, ref.day):
        year -= 1
    return _day(year, month, day, relative=True)


def _month(match: re.Match[str], context: Context) -> Reading | None:
    if context.reference is None:
        return None
    month, which = MONTHS[match.group(1)], match.group(2)
    year = month_in_year(month, context.reference, which, context.future)
    return Reading(TimeValue(Point(year, month, precision="month")), relative=True)


def _month_range(match: re.Match[str], context: Context) -> Reading | None:
    first, second, year = MONTHS[match.group(1)], MONTHS[match.group(2)], match.group(3)
    if year is not None:
        start_year = end_year = int(year)
    elif context.reference is None:
        return None
    else:
        end_year = month_in_year(second, context.reference, None, context.future)
        start_year = end_year if first <= second else end_year - 1
    if (start_year, first) >= (end_year, second):
        return None
    return Reading(TimeValue(Point(start_year, first, precision="month"), Point(end_year, second, precision="month")),
                   relative=year is None)


def _weekday(match: re.Match[str], context: Context) -> Reading | None:
    if context.reference is None:
        return None
    which, target, ref = match.group(1), WEEKDAYS[match.group(2)], context.reference
    back = (ref.weekday() - target) % 7
    ahead = (target - ref.weekday()) % 7
    if which == "last" or (which != "next" and not context.future):
        day = ref - timedelta(days=back or (7 if which == "last" else 0))
    else:
        day = ref + timedelta(days=ahead or (7 if which == "next" else 0))
    return Reading(TimeValue(Point.of_day(day)), relative=True)


def _near_day(match: re.Match[str], context: Context) -> Reading | None:
    if context.reference is None:
        return None
    shift = {"yesterday": -1, "tomorrow": 1}.get(match.group(1), 0)
    return Reading(TimeValue(Point.of_day(context.reference + timedelta(days=shift))), relative=True)


def _relative_unit(match: re.Match[str], context: Context) -> Reading | None:
    ref = context.reference
    if ref is None:
        return None
    earlier, which, unit = match.group(1), match.group(2), match.group(3)
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return Reading(TimeValue(Point(ref.year + step, precision="year")), relative=True)
    if unit == "month":
        year, month = shift_months(ref.year, ref.month, step)
        return Reading(TimeValue(Point(year, month, precision="month")), relative=True)
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
    end = monday + timedelta(days=6)
    if earlier and which == "this":
        if ref == monday:
            return None
        end = ref - timedelta(days=1)
    return Reading(TimeValue(Point.of_day(monday), Point.of_day(end)), relative=True)


def _ago(match: re.Match[str], context: Context) -> Reading | None:
    ref = context.reference
    if ref is None:
        return None
    count, unit = 1 if match.group(1) in ("a", "an") else int(read_number(match.group(1)) or 0), match.group(2)
    if count == 0:
        return None
    if unit == "year":
        return Reading(TimeValue(Point(ref.year - count, precision="year")), relative=True)
    if unit == "month":
        year, month = shift_months(ref.year, ref.month, -count)
        return Reading(TimeValue(Point(year, month, precision="month")), relative=True)
    days = count * (7 if unit == "week" else 1)
    return Reading(TimeValue(Point.of_day(ref - timedelta(days=days))), relative=True)


YEAR = r"((?:1[6-9]|20)\d\d)"
QUARTERS = {**{word: n - 1 for word, n in ORDINAL_WORDS.items() if n <= 4}, "1st": 0, "2nd": 1, "3rd": 2, "4th": 3}
"""A quarter's ordinal → its index in the year ('second quarter of 2020')."""
RULES: list[tuple[re.Pattern[str], Rule]] = [
    (re.compile(YEAR), _year),
    (re.compile(r"((?:1[6-9]|20)\d0)s"), _decade),
    (re.compile(rf"({'|'.join(QUARTERS)})\s+quarter\s+(?:of\s+)?{YEAR}"), _quarter),
    (re.compile(rf"(?:between\s+)?{YEAR}\s*(?:-|to|through|and)\s*(\d{{4}}|\d\d)"), _year_range),
    (re.compile(rf"{MONTH},?\s+{YEAR}"), _month_year),
    (re.compile(rf"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH[1:-1]})\s+(?P<day>\d{{1,2}}){ORD},?\s+(?P<year>\d{{4}})"),
     _full_date),
    (re.compile(rf"(?:{WEEKDAY},?\s+)?(?P<day>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<month>{MONTH[1:-1]}),?\s+(?P<year>\d{{4}})"),
     _full_date),
    (re.compile(rf"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH[1:-1]})\s+(?P<day>\d{{1,2}}){ORD}"), _month_day),
    (re.compile(rf"(?:{WEEKDAY},?\s+)?(?P<day>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<month>{MONTH[1:-1]})"), _month_day),
    (re.compile(rf"{MONTH}(?:\s+(this|last|next)\s+year)?"), _month),
    (re.compile(rf"{MONTH}\s*(?:-|to|through|until|and)\s*{MONTH}(?:,?\s+(\d{{4}}))?"), _month_range),
    (re.compile(rf"(?:(last|next|this)\s+)?{WEEKDAY}{DAY_PART}"), _weekday),
    (re.compile(rf"(today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)){DAY_PART}"), _near_day),
    (re.compile(r"(earlier\s+|later\s+)?(last|this|next)\s+(week|month|year)"), _relative_unit),
    (re.compile(rf"(\d+|{COUNT})\s+(year|month|week|day)s?\s+ago"), _ago),
]
