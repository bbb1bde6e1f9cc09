"""Calendar words and small date arithmetic shared by the expression rules."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from newsprism.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS
from newsprism.timeline.values import Point, Precision, TimeValue
from newsprism.typography import DASHES

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
"""The only words an expression left to dateparser may have: a phrase with any other word is skipped."""

_LEADING = re.compile(r"^(?:on|in|at|by|since|until|till|during|from|between|of|the|his|her|its|their|around|about"
                      r"|early|late|mid-?|(?:earlier|later)(?!\s+(?:this|last|next)\b))\s*")


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
