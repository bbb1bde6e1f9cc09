"""A date phrase as written ("Sept. 13, 2023", "in May", "last Friday", "second quarter of 2020", "two weeks ago")
read as a :class:`~newsprism.values.moments.TimeValue` against a reference date (an article's publication date).

``read_date_phrase(text, reference, future)`` cleans the phrase (any case, periods and leading prepositions off),
then applies the rules below in order, the first that matches deciding; a calendar date ('Nov. 8', 'April 2019',
'13 September 2023', 'May') is read by :func:`newsprism.values.dates.phrase_date`, the same reader that finds dates
in running text. Where no rule matches, :mod:`dateparser` gets the phrase, but only when every word of it is a
calendar word, so that nothing is guessed from a phrase the rules do not understand. Durations ("for 18 months",
"five-year") are not dates: :data:`DURATION` tells them (the caller decides).

Resolving against the reference date:

- a weekday is the most recent such day on or before the reference in past-tense text, the next one on or after
  it in future-tense text ("will meet on Friday"); "last Friday" is strictly before, "next Friday" strictly after;
- a month or a day of a month without a year ("in May", "Sept. 13") is the most recent one on or before the
  reference, or the next one on or after it in future-tense text;
- parts of day ("early on Tuesday", "Wednesday morning") keep day precision;
- "last/this/next week" is the Monday-to-Sunday range, "earlier this week" Monday to the day before the reference.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from newsprism.lexicon import MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS
from newsprism.typography import DASHES
from newsprism.values.dates import MONTH_WORD, DateValue, month_number, phrase_date
from newsprism.values.moments import Point, Precision, TimeValue
from newsprism.values.numbers import read_number

MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
"""A month name or abbreviation (lower case, a group): the month words of :mod:`newsprism.lexicon`."""
WEEKDAY = "(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
"""A weekday name or abbreviation (lower case, a group)."""
COUNT = "|".join(["an", "a", *sorted(NUMBER_WORDS, key=len, reverse=True)])
"""A count in words ('a', 'an', 'five', 'twenty'): read by :func:`newsprism.values.read_number`."""
UNIT = r"(?:year|month|week|day|hour|minute|second|decade|night|centur(?:y|ie))s?"
DURATION = re.compile(rf"\b(?:\d+|{COUNT}|several|few|many|couple of|half a|some)[\s-]+{UNIT}\b"
                      rf"|^(?:the\s+)?{UNIT}$")
"""A length of time ("18 months", "five-year", "a year and a half", "years"), not a date."""
CALENDAR_WORD = re.compile(rf"{MONTH}|{WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}}|\d{{4}}-\d\d-\d\d|of|the")
"""The only words a phrase left to dateparser may have: a phrase with any other word is skipped."""
NO_DAY = re.compile(r"\b(?:3[2-9]|[4-9]\d)(?:st|nd|rd|th)?\b")
"""A one- or two-digit figure that is no day of a month ('Sept. 32'): such a phrase is no date, not a year for
dateparser to guess ('1932')."""
YEAR = r"((?:1[6-9]|20)\d\d)"
QUARTERS = {**{word: n - 1 for word, n in ORDINAL_WORDS.items() if n <= 4}, "1st": 0, "2nd": 1, "3rd": 2, "4th": 3}
"""A quarter's ordinal → its index in the year ('second quarter of 2020')."""
DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

_LEADING = re.compile(r"^(?:on|in|at|by|since|until|till|during|from|between|of|the|his|her|its|their|around|about"
                      r"|early|late|mid-?|(?:earlier|later)(?!\s+(?:this|last|next)\b))\s*")


@dataclass(frozen=True)
class DateReading:
    """What a date phrase means, and whether reading it needed the reference date."""

    value: TimeValue
    relative: bool


@dataclass(frozen=True)
class Context:
    reference: date | None
    future: bool


Rule = Callable[[re.Match[str], Context], DateReading | None]


def clean(text: str) -> str:
    """Lower case, 'a.m.' as 'am', no periods, brackets or 'local time', leading prepositions and qualifiers off."""
    words = re.sub(f"[{DASHES}]", "-", text.lower().replace("’", "'"))
    words = re.sub(r"\b([ap])\.\s?m\.?", r"\1m", words)
    words = re.sub(r"[.()\[\]]", " ", words)
    words = re.sub(r"\blocal time\b|'s\b", " ", words)
    words = re.sub(r"\s+", " ", words).strip(" ,")
    while True:
        stripped = _LEADING.sub("", words, count=1)
        if stripped == words:
            return words
        words = stripped


def read_date_phrase(text: str, reference: date | None, future: bool = False) -> DateReading | None:
    """The value of one date phrase (no clock time in it), or None when no rule reads it with confidence."""
    words = clean(text)
    context = Context(reference, future)
    for pattern, rule in RULES:
        match = pattern.fullmatch(words)
        if match:
            return rule(match, context)
    written = phrase_date(words)
    if written is not None and written.weekday is None:
        return _calendar(written, context)
    if NO_DAY.search(words):
        return None
    if words and all(CALENDAR_WORD.fullmatch(w) for w in words.replace(",", " ").split()):
        value = by_dateparser(words, reference, future)
        return None if value is None else DateReading(value, relative=not re.search(r"\d{4}", words))
    return None


def _calendar(written: DateValue, context: Context) -> DateReading | None:
    """A calendar date read by :func:`phrase_date`; a month or a day without its year takes it from the reference."""
    year, month, day = written.year, written.month, written.day
    if month is None:
        return None if year is None else DateReading(TimeValue(Point(year, precision="year")), relative=False)
    if year is not None:
        if day is None:
            return DateReading(TimeValue(Point(year, month, precision="month")), relative=False)
        return _day(year, month, day)
    if context.reference is None:
        return None
    if day is None:
        year = month_in_year(month, context.reference, None, context.future)
        return DateReading(TimeValue(Point(year, month, precision="month")), relative=True)
    return _day(_year_of_day(month, day, context.reference, context.future), month, day, relative=True)


def _year_of_day(month: int, day: int, ref: date, future: bool) -> int:
    """The year of a day of a month named without one: the most recent (or, in the future, the next)."""
    if future and (month, day) < (ref.month, ref.day):
        return ref.year + 1
    if not future and (month, day) > (ref.month, ref.day):
        return ref.year - 1
    return ref.year


def _day(year: int, month: int, day: int, relative: bool = False) -> DateReading | None:
    try:
        return DateReading(TimeValue(Point.of_day(date(year, month, day))), relative)
    except ValueError:
        return None


def shift_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + step
    return index // 12, index % 12 + 1


def month_in_year(month: int, reference: date, which: str | None, future: bool) -> int:
    """The year of a month named without one: 'this/last/next year' when said, else the most recent (or next) one."""
    if which is not None:
        return reference.year + {"last": -1, "this": 0, "next": 1}[which]
    if future:
        return reference.year if month >= reference.month else reference.year + 1
    return reference.year if month <= reference.month else reference.year - 1


def _year_range(match: re.Match[str], context: Context) -> DateReading | None:
    first, second = match.group(1), match.group(2)
    end = int(first[:2] + second) if len(second) == 2 else int(second)
    if end <= int(first):
        return None
    return DateReading(TimeValue(Point(int(first), precision="year"), Point(end, precision="year")), relative=False)


def _decade(match: re.Match[str], context: Context) -> DateReading | None:
    start = int(match.group(1))
    return DateReading(TimeValue(Point(start, precision="year"), Point(start + 9, precision="year")), relative=False)


def _quarter(match: re.Match[str], context: Context) -> DateReading | None:
    first = 3 * QUARTERS[match.group(1)] + 1
    year = int(match.group(2))
    return DateReading(TimeValue(Point(year, first, precision="month"), Point(year, first + 2, precision="month")),
                       relative=False)


def _month_which_year(match: re.Match[str], context: Context) -> DateReading | None:
    if context.reference is None:
        return None
    month = month_number(match.group(1))
    year = month_in_year(month, context.reference, match.group(2), context.future)
    return DateReading(TimeValue(Point(year, month, precision="month")), relative=True)


def _month_range(match: re.Match[str], context: Context) -> DateReading | None:
    first, second, year = month_number(match.group(1)), month_number(match.group(2)), match.group(3)
    if year is not None:
        start_year = end_year = int(year)
    elif context.reference is None:
        return None
    else:
        end_year = month_in_year(second, context.reference, None, context.future)
        start_year = end_year if first <= second else end_year - 1
    if (start_year, first) >= (end_year, second):
        return None
    return DateReading(TimeValue(Point(start_year, first, precision="month"),
                                 Point(end_year, second, precision="month")), relative=year is None)


def _weekday(match: re.Match[str], context: Context) -> DateReading | None:
    if context.reference is None:
        return None
    which, target, ref = match.group(1), WEEKDAYS[match.group(2)], context.reference
    back = (ref.weekday() - target) % 7
    ahead = (target - ref.weekday()) % 7
    if which == "last" or (which != "next" and not context.future):
        day = ref - timedelta(days=back or (7 if which == "last" else 0))
    else:
        day = ref + timedelta(days=ahead or (7 if which == "next" else 0))
    return DateReading(TimeValue(Point.of_day(day)), relative=True)


def _near_day(match: re.Match[str], context: Context) -> DateReading | None:
    if context.reference is None:
        return None
    shift = {"yesterday": -1, "tomorrow": 1}.get(match.group(1), 0)
    return DateReading(TimeValue(Point.of_day(context.reference + timedelta(days=shift))), relative=True)


def _relative_unit(match: re.Match[str], context: Context) -> DateReading | None:
    ref = context.reference
    if ref is None:
        return None
    earlier, which, unit = match.group(1), match.group(2), match.group(3)
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit in ("year", "month"):
        return DateReading(_months_away(ref, unit, step), relative=True)
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
    end = monday + timedelta(days=6)
    if earlier and which == "this":
        if ref == monday:
            return None
        end = ref - timedelta(days=1)
    return DateReading(TimeValue(Point.of_day(monday), Point.of_day(end)), relative=True)


def _months_away(ref: date, unit: str, step: int) -> TimeValue:
    """The year or month ``step`` years or months from the reference's."""
    if unit == "year":
        return TimeValue(Point(ref.year + step, precision="year"))
    year, month = shift_months(ref.year, ref.month, step)
    return TimeValue(Point(year, month, precision="month"))


def _ago(match: re.Match[str], context: Context) -> DateReading | None:
    ref = context.reference
    if ref is None:
        return None
    count, unit = 1 if match.group(1) in ("a", "an") else int(read_number(match.group(1)) or 0), match.group(2)
    if count == 0:
        return None
    if unit in ("year", "month"):
        return DateReading(_months_away(ref, unit, -count), relative=True)
    days = count * (7 if unit == "week" else 1)
    return DateReading(TimeValue(Point.of_day(ref - timedelta(days=days))), relative=True)


_MONTH_ANY = f"({MONTH_WORD})"
RULES: list[tuple[re.Pattern[str], Rule]] = [
    (re.compile(r"((?:1[6-9]|20)\d0)s"), _decade),
    (re.compile(rf"({'|'.join(QUARTERS)})\s+quarter\s+(?:of\s+)?{YEAR}"), _quarter),
    (re.compile(rf"(?:between\s+)?{YEAR}\s*(?:-|to|through|and)\s*(\d{{4}}|\d\d)"), _year_range),
    (re.compile(rf"{_MONTH_ANY}\s+(this|last|next)\s+year", re.I), _month_which_year),
    (re.compile(rf"{_MONTH_ANY}\s*(?:-|to|through|until|and)\s*{_MONTH_ANY}(?:,?\s+(\d{{4}}))?", re.I), _month_range),
    (re.compile(rf"(?:(last|next|this)\s+)?{WEEKDAY}{DAY_PART}"), _weekday),
    (re.compile(rf"(today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)){DAY_PART}"), _near_day),
    (re.compile(r"(earlier\s+|later\s+)?(last|this|next)\s+(week|month|year)"), _relative_unit),
    (re.compile(rf"(\d+|{COUNT})\s+(year|month|week|day)s?\s+ago"), _ago),
]
"""Relative and span phrases; a calendar date ('Sept. 13, 2023', 'April 2019', 'May', '1776') is read by
:func:`newsprism.values.dates.phrase_date` after them."""

_PERIODS: dict[str, Precision] = {"year": "year", "month": "month", "day": "day", "week": "day", "time": "time",
                                  "hour": "time", "minute": "time", "second": "time"}


def by_dateparser(words: str, reference: date | None, future: bool) -> TimeValue | None:
    """dateparser's reading of a phrase of calendar words that names a month (or is an ISO date)."""
    if not re.search(MONTH, words) and not re.search(r"\d{4}-\d\d-\d\d", words):
        return None
    if reference is None and not re.search(r"\d{4}", words):
        return None
    data = _parser(reference, future).get_date_data(words)
    if data.date_obj is None or data.period not in _PERIODS:
        return None
    moment: datetime = data.date_obj
    precision = _PERIODS[data.period]
    return TimeValue(Point(moment.year, moment.month, moment.day, moment.hour, moment.minute, "day")
                     .coarsen(precision) if precision != "time" else
                     Point(moment.year, moment.month, moment.day, moment.hour, moment.minute, "time"))


@lru_cache(maxsize=64)
def _parser(reference: date | None, future: bool) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first", "PREFER_DATES_FROM": "future" if future else "past"}
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    return DateDataParser(languages=["en"], settings=settings)
