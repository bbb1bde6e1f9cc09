"""Dates at every precision ('2016', 'April 2019', 'Nov. 8', 'November 8, 2015', 'Tuesday', '2015-11-13') and
clock times with their zone ('11:43 a.m.', '2 p.m. ET', '0200 GMT': a four-digit time with a zone is no year)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from newsprism.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, TIME_ZONES, WEEKDAY_NAMES, WEEKDAYS

Grain = Literal["year", "month", "day", "weekday"]
GRAINS: tuple[Grain, ...] = ("year", "month", "day", "weekday")

_ZONE = r"(?P<zone>" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r"|local time)"
MONTH_WORD = (r"(?:" + "|".join([*(n.capitalize() for n in MONTH_NAMES), "Sept", *MONTH_ABBREVIATIONS])
              + r")\b\.?")
"""A month's name or abbreviation ('November', 'Nov.', 'Sept'), capitalised (:data:`PHRASE_DATE` reads any case)."""
_MONTH = "(?P<{0}>" + MONTH_WORD + ")"
_YEAR = r"(?P<{0}>(?:{1})\d\d)(?![\d%]|[^\W\d_]|,\d|\s*(?:GMT|UTC|hours|hrs|local time)\b|\s+block\b)"
"""A year: not a figure with a letter after it ('1990s': a decade), a time with a zone, or an address ('the 1800
block of ...')."""
_DAY = r"(?P<{0}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_WEEKDAY = r"(?P<weekday>" + "|".join(n.capitalize() for n in WEEKDAY_NAMES) + r")\b"
TEXT_CENTURIES = "1[89]|20"
"""The centuries of a year in running text (1800-2099): an older four-digit figure is more often a count."""
PHRASE_CENTURIES = "1[6-9]|20"
"""The centuries of a year in a phrase known to be a date (1600-2099: 'in 1776')."""


def _date_forms(centuries: str) -> str:
    """ISO, US numeric, month and day (and year), day and month (and year), month and year, a month, a year, or a
    weekday (full name, capitalised in running text: 'Sun' and 'Wed' are words too)."""
    year = _YEAR.replace("{1}", centuries)
    return (rf"(?P<iso>(?P<iy>(?:1[89]|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-2]\d|3[01]))\b"
            rf"|(?P<us>(?P<um>1[0-2]|0?[1-9])/(?P<ud>[12]\d|3[01]|0?[1-9])/(?P<uy>(?:1[89]|20)?\d\d))\b"
            rf"|{_MONTH.format('m1')}\s+{_DAY.format('d1')}(?:,?\s+{year.format('y1')})?"
            rf"|{_DAY.format('d2')}\s+(?:of\s+)?{_MONTH.format('m2')}(?:,?\s+{year.format('y2')})?"
            rf"|{_MONTH.format('m3')},?\s+(?:of\s+)?{year.format('y3')}"
            rf"|{_MONTH.format('m4')}"
            rf"|{year.format('y4')}"
            rf"|{_WEEKDAY}")


DATE = re.compile(rf"(?<![\w$£€])(?:{_date_forms(TEXT_CENTURIES)})")
"""A date in running text (see :func:`_date_forms`)."""
PHRASE_DATE = re.compile(
    r"(?:(?P<lead>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+)?"
    rf"(?:{_date_forms(PHRASE_CENTURIES)})", re.I)
"""A whole phrase that is one date, in any case, perhaps after its weekday ('Tuesday, Nov. 8, 2015', 'sept 13')."""
CLOCK = re.compile(
    r"(?<![\w:.])(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?!\d)"
    rf"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)\s*(?:hours?\s+|hrs\s+)?(?={_ZONE.replace('?P<zone>', '?:')}\b))"
    rf"(?:\s*\(?{_ZONE}\b\)?)?")
"""A clock time: '11:43 a.m.', '2 pm', '14:00', '0200 GMT' (four digits only with a zone after)."""
APPROX_CLOCK = re.compile(r"\b(?:about|around|roughly|approximately|shortly|just)\s+(?:after\s+|before\s+)?"
                          r"(?:at\s+)?$", re.I)
CLOCK_TOLERANCE = 15
"""'about 6:40' may be 6:25 to 6:55: news rounds clock times to the quarter hour."""


@dataclass(frozen=True)
class DateValue:
    """A date as written, with the fields it gives (the others None): ``text[start:end] == written``."""

    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    start: int
    end: int
    written: str

    @property
    def precision(self) -> Grain:
        """The finest field the date gives."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.year is not None else "weekday"

    def field(self, grain: Grain) -> int | None:
        return {"year": self.year, "month": self.month, "day": self.day, "weekday": self.weekday}[grain]


@dataclass(frozen=True)
class ClockTime:
    """A time of day in minutes after midnight, its zone ('' when none) and whether it is approximate."""

    minutes: int
    zone: str
    approximate: bool
    start: int
    end: int
    written: str
    meridian: str = ""
    """'a' or 'p' when written with 'a.m.' / 'p.m.', '' for a 24-hour time ('14:00', '9:17' before 'and 9:26 a.m.')"""


def dates(text: str) -> list[DateValue]:
    """Every date in ``text``; 'May' at a sentence's start or away from a figure or a date preposition is the
    modal verb."""
    return list(_dates(text))


@lru_cache(maxsize=1 << 14)
def _dates(text: str) -> tuple[DateValue, ...]:
    clocks = [(c.start, c.end) for c in clock_times(text)]
    found = []
    for match in DATE.finditer(text):
        if any(s <= match.start() < e for s, e in clocks):
            continue
        value = _date(match, text)
        if value is not None:
            found.append(value)
    return tuple(found)


def _date(match: re.Match[str], text: str) -> DateValue | None:
    groups = match.groupdict()
    if groups["m4"] and groups["m4"].rstrip(".") == "May" and not _may_is_month(text, match):
        return None
    return _value(match)


def phrase_date(phrase: str) -> DateValue | None:
    """The date a whole phrase names, in any case ('sept 13, 2023', 'Tuesday, Nov. 8', 'may', '1776'), or None;
    a weekday before a date without its day is not read ('tuesday 2015')."""
    match = PHRASE_DATE.fullmatch(phrase.strip())
    if match is None or (match.group("lead") and not (match.group("d1") or match.group("d2"))):
        return None
    return _value(match)


def _value(match: re.Match[str]) -> DateValue:
    groups = match.groupdict()
    if groups["iso"]:
        return DateValue(int(groups["iy"]), int(groups["im"]), int(groups["id"]), None, match.start(), match.end(),
                         match.group(0))
    if groups["us"]:
        short = int(groups["uy"])
        return DateValue(short + 2000 if short < 100 else short, int(groups["um"]), int(groups["ud"]), None,
                         match.start(), match.end(), match.group(0))
    if groups["weekday"]:
        return DateValue(None, None, None, WEEKDAYS[groups["weekday"].lower()], match.start(), match.end(),
                         match.group(0))
    month_word = next((groups[g] for g in ("m1", "m2", "m3", "m4") if groups[g]), None)
    year: int | None = next((int(groups[g]) for g in ("y1", "y2", "y3", "y4") if groups[g]), None)
    day: int | None = next((int(groups[g]) for g in ("d1", "d2") if groups[g]), None)
    month = month_number(month_word) if month_word else None
    written = match.group(0).rstrip(",. ")
    return DateValue(year, month, day, None, match.start(), match.start() + len(written), written)


def month_number(word: str) -> int:
    """The month a :data:`MONTH_WORD` names, in any case ('Sept.' is 9)."""
    return MONTHS[word.rstrip(".").lower()]


def _may_is_month(text: str, match: re.Match[str]) -> bool:
    if match.start() == 0 or re.search(r"[.!?\"“]\s*$", text[:match.start()]):
        return False
    return bool(re.search(r"\d", text[match.end():match.end() + 4])
                or re.search(r"\b(?:in|of|on|since|until|by|early|late|mid|last|next|this)\s+$", text[:match.start()]))


def clock_times(text: str) -> list[ClockTime]:
    """Every clock time in ``text`` with its zone."""
    return list(_clock_times(text))


@lru_cache(maxsize=1 << 14)
def _clock_times(text: str) -> tuple[ClockTime, ...]:
    times = []
    for match in CLOCK.finditer(text):
        hour = int(match.group("h") or match.group("h2") or match.group("h3"))
        minute = int(match.group("m") or match.group("m2") or match.group("m3") or 0)
        if match.group("ampm"):
            if hour > 12 or hour == 0:
                continue
            hour = hour % 12 + (12 if match.group("ampm").lower() == "p" else 0)
        approximate = bool(APPROX_CLOCK.search(text[max(0, match.start() - 25):match.start()]))
        times.append(ClockTime(hour * 60 + minute, match.group("zone") or "", approximate, match.start(),
                               match.end(), match.group(0).strip(), (match.group("ampm") or "").lower()))
    return tuple(times)


ROUNDED_SLACK = 5
"""Minutes two exact clock times may differ when one is on the quarter hour, the same call rounded: '3:30 a.m.'
beside '3:33 a.m.' (ECB+ 13/ecbplus, issue #18 round 13); two exact minutes off the quarter ('7:41' / '7:42') still
differ, and 'about 3:30' takes :data:`CLOCK_TOLERANCE`."""

ZONE_HOURS = 12
"""Most whole hours between a time given in a named zone and one given in none that may be one moment in two zones
('4:30 p.m. ET' / '3:30 p.m.' of a game in Seattle written from New Orleans, ECB+ 25/ecbplus, issue #18 round 14
tune story): any offset between two zones of the world."""


def clocks_agree(a: ClockTime, b: ClockTime) -> bool:
    """The same time of day: within :data:`CLOCK_TOLERANCE` when either is approximate, :data:`ROUNDED_SLACK` when
    either is on the quarter hour; two times in different named zones are not compared (they agree), nor a time in
    a named zone and one in none whole hours apart (:func:`_other_zone`)."""
    if _other_zone(a, b):
        return True
    zones_differ = bool(a.zone and b.zone and a.zone != b.zone)
    if zones_differ and "local time" not in (a.zone, b.zone):
        return True
    slack = CLOCK_TOLERANCE if a.approximate or b.approximate else 0
    if not zones_differ and (a.minutes % CLOCK_TOLERANCE == 0 or b.minutes % CLOCK_TOLERANCE == 0):
        slack = max(slack, ROUNDED_SLACK)
    return abs(a.minutes - b.minutes) <= slack


def _other_zone(a: ClockTime, b: ClockTime) -> bool:
    """One time names a zone and the other none, whole hours apart: the other may be local time elsewhere."""
    zoned = [c for c in (a, b) if c.zone and c.zone != "local time"]
    hours, rest = divmod(abs(a.minutes - b.minutes), 60)
    return len(zoned) == 1 and rest == 0 and 0 < hours <= ZONE_HOURS


def dates_agree(a: DateValue, b: DateValue) -> bool:
    """No field both dates give differs ('Nov. 8' and 'November 8, 2015' agree; 'Nov. 8' and 'Nov. 12' do not)."""
    return first_difference(a, b) is None


def shares_field(a: DateValue, b: DateValue) -> bool:
    """Both dates give at least one field in common ('Nov. 8' and '2015' do not: neither says the other)."""
    return any(a.field(g) is not None and b.field(g) is not None for g in GRAINS)


def first_difference(a: DateValue, b: DateValue) -> Grain | None:
    """The coarsest field both dates give and fill differently, or None."""
    for grain in GRAINS:
        x, y = a.field(grain), b.field(grain)
        if x is not None and y is not None and x != y:
            return grain
    return None
