"""Normalised slot values: quantities with units, ranges and approximations; clock times; dates by grain.

Numbers are read as written in a sentence ("14 people", "about 1,500 troops", "18 months", "a year and a
half", "between 11:43 and 11:53") and turned into an interval of what the words allow, in a base unit
("18 months" and "a year and a half" are both 547.9 days). Two quantities agree when their intervals meet
(:func:`agree`). The digits and number words come from :mod:`newsprism.reuse.changes`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from newsprism.reuse.changes import NUMBER_WORDS

UNITS: dict[str, tuple[str, float]] = {
    "second": ("time", 1 / 86400), "minute": ("time", 1 / 1440), "hour": ("time", 1 / 24), "day": ("time", 1.0),
    "week": ("time", 7.0), "fortnight": ("time", 14.0), "month": ("time", 30.44), "year": ("time", 365.25),
    "decade": ("time", 3652.5),
    "metre": ("length", 1.0), "meter": ("length", 1.0), "m": ("length", 1.0), "kilometre": ("length", 1000.0),
    "kilometer": ("length", 1000.0), "km": ("length", 1000.0), "mile": ("length", 1609.34), "foot": ("length", 0.3048),
    "feet": ("length", 0.3048), "ft": ("length", 0.3048), "yard": ("length", 0.9144), "centimetre": ("length", 0.01),
    "centimeter": ("length", 0.01), "cm": ("length", 0.01), "inch": ("length", 0.0254),
    "kilogram": ("mass", 1.0), "kg": ("mass", 1.0), "gram": ("mass", 0.001), "tonne": ("mass", 1000.0),
    "ton": ("mass", 907.2), "pound": ("mass", 0.4536), "lb": ("mass", 0.4536),
    "percent": ("percent", 1.0), "%": ("percent", 1.0),
    "person": ("people", 1.0), "people": ("people", 1.0),
}
"""Unit word (singular) → (dimension, size in the dimension's base unit: days, metres, kilograms)."""
UNIT_DIMENSIONS = frozenset(d for d, _ in UNITS.values())
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 100.0, "dozen": 12.0}
APPROX = re.compile(r"\b(?:about|around|roughly|some|approximately|an estimated|almost|nearly|close to|"
                    r"more than|over|at least|less than|under|fewer than|up to|just over|just under|"
                    r"upwards of|no fewer than)\s+$", re.I)
APPROX_TOLERANCE = 0.15
"""'about 1,500' allows ±15 %: the widest rounding a consistent restatement in the benchmark makes
('1,523' → 'about 1,500' is 1.5 %; '212' → 'about 200' is 6 %), narrower than any changed number it holds (×2)."""
ROUNDING_TOLERANCE = 0.05
"""An exact figure that is round ('1,500', '2 million') or converted ('10 miles' → '16 km') may stand for
a value within 5 %: unit conversions in the benchmark round to at most 3 %."""
COUNTS = {w: n for w, n in NUMBER_WORDS.items() if w not in ("once", "twice", "thrice")}
NUMBER_TEXT = (r"(?:\d+(?:[.,]\d+)*|(?:" + "|".join(sorted(COUNTS, key=len, reverse=True))
               + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|an?)")
QUANTITY = re.compile(
    rf"(?<![\w.:$/])(?P<first>{NUMBER_TEXT})(?P<frac>\s+1/2|½)?(?:\s+(?P<scale>thousand|million|billion|trillion))?"
    rf"(?:\s*(?:-|to|and|–)\s*(?P<second>\d+(?:[.,]\d+)*)(?=\s|$|[,.;]))?"
    r"(?P<half>\s+and\s+a\s+half)?[\s-]*(?:(?P<unit>%|[A-Za-z]+)(?P<noun>\s+[a-z]+s\b)?)?"
    r"(?P<half2>\s+and\s+a\s+half)?", re.I)
CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?|\b(\d{1,2}):(\d{2})\b", re.I)
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


@dataclass(frozen=True)
class Quantity:
    """A number as a sentence states it: the interval its words allow, in the base unit of its dimension."""

    low: float
    high: float
    value: float
    """the figure as written, before its unit and approximation ('about 1.5 million km' → 1.5e6)"""
    bound: str
    """'exact', 'about', 'above' ('more than 75,000') or 'below' ('less than 24 hours')"""
    dimension: str
    """'time', 'length', 'mass', 'percent', 'people', or 'count:' and the counted noun ('count:missile')"""
    written: str
    start: int


def quantities(text: str) -> list[Quantity]:
    """Every quantity with a unit or counted noun in ``text``; bare numbers and years are left out; a compound
    duration is one quantity ('three years and four months' is 40 months)."""
    found: list[Quantity] = []
    for match in QUANTITY.finditer(text):
        item = _quantity(match, text)
        if item is None:
            continue
        last = found[-1] if found else None
        gap = text[last.start + len(last.written):item.start] if last else ""
        if last and last.dimension == item.dimension == "time" and re.fullmatch(r",?\s*(?:and\s+)?", gap):
            found[-1] = Quantity(last.low + item.low, last.high + item.high, last.value, "exact", "time",
                                 text[last.start:item.start + len(item.written)], last.start)
        else:
            found.append(item)
    return found


def _quantity(match: re.Match[str], text: str) -> Quantity | None:
    first, unit = match.group("first"), (match.group("unit") or "")
    half = bool(match.group("half") or match.group("half2"))
    if first.lower() in ("a", "an") and not half:
        return None
    value = _value(first)
    if value is None or (YEAR.match(first) and not match.group("second")) or not unit:
        return None
    value *= SCALES.get((match.group("scale") or "").lower(), 1.0)
    value += 0.5 if half or match.group("frac") else 0.0
    dimension, size = _unit(unit, value)
    if match.group("noun") and size == 1.0 and not dimension.startswith("count:") and dimension not in UNIT_DIMENSIONS:
        dimension, size = _unit(match.group("noun").strip(), value)  # '77,640 new cases': the noun after an adjective
    if not dimension:
        return None
    second = _value(match.group("second") or "")
    low, high = (value, second) if second is not None and second > value else (value, value)
    low, high, bound = _approximate(text[:match.start()], low * size, high * size)
    if _round(value) or size != 1.0:
        low, high = low * (1 - ROUNDING_TOLERANCE), high * (1 + ROUNDING_TOLERANCE)
    return Quantity(low, high, value, bound, dimension, match.group(0).strip(" -"), match.start())


def _value(token: str) -> float | None:
    token = token.lower().replace("-", " ")
    if not token:
        return None
    if token in ("a", "an"):
        return 1.0
    parts = token.split()
    if all(p in COUNTS for p in parts):
        return float(sum(COUNTS[p] for p in parts))
    plain = token.replace(",", "")
    try:
        return float(plain)
    except ValueError:
        return None


def _unit(word: str, value: float) -> tuple[str, float]:
    """(dimension, size) of the word after a number; a counted noun (plural after a number other than one) is its
    own dimension; anything else ''."""
    lower = word.lower()
    for form in (lower, lower[:-1] if lower.endswith("s") else lower, lower[:-2] if lower.endswith("es") else lower):
        if form in UNITS:
            return UNITS[form]
    if lower in STOP_AFTER or len(lower) < 3 or not lower.isalpha() or (value != 1 and not lower.endswith("s")):
        return "", 1.0
    return "count:" + (lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower), 1.0


STOP_AFTER = frozenset("of and or to in on at by for from with the a an than times as per percent each more less "
                       "other others were was are is be been had has have who which that".split())
"""Words after a number that are not what it counts ('three of them', 'two and a half')."""


def _approximate(before: str, low: float, high: float) -> tuple[float, float, str]:
    match = APPROX.search(before[-20:])
    if not match:
        return low, high, "exact"
    word = match.group(0).strip().lower()
    if word in ("more than", "over", "at least", "just over", "upwards of", "no fewer than"):
        return low, math.inf, "above"
    if word in ("less than", "under", "fewer than", "up to", "just under"):
        return 0.0, high, "below"
    if word in ("almost", "nearly", "close to"):
        return low * (1 - APPROX_TOLERANCE), high, "about"
    return low * (1 - APPROX_TOLERANCE), high * (1 + APPROX_TOLERANCE), "about"


def _round(value: float) -> bool:
    """A figure with at most two significant digits and a trailing zero (1,500; 40; 2 million)."""
    if value < 10 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) <= 2 and digits != str(int(value))


def figures(text: str) -> set[float]:
    """Every figure written in ``text``, digits or words, with or without a unit."""
    found = set()
    for match in re.finditer(rf"(?<![\w.:$]){NUMBER_TEXT}(?:\s+(thousand|million|billion|trillion))?", text, re.I):
        value = _value(match.group(0).split()[0]) if match.group(1) else _value(match.group(0))
        if value is not None and match.group(0).lower() not in ("a", "an"):
            found.add(value * SCALES.get((match.group(1) or "").lower(), 1.0))
    return found


BOUND_RATIO = 1.5
"""Two bounds the same way agree within this ratio: 'more than 180 people killed' / 'at least 150 people killed'
(1.2, counts taken at different times, on NeuS/AllSides) do; the benchmark's changed bounds ('more than 14
million' / 'more than 7 million') differ by 2 or more."""


def agree(a: Quantity, b: Quantity) -> bool:
    """The two intervals meet (same dimension assumed); two bounds the same way ('more than 14 million' / 'more
    than 7 million') must be the same bound."""
    if a.bound == b.bound and a.bound in ("above", "below"):
        x, y = sorted((a.low, b.low) if a.bound == "above" else (a.high, b.high))
        return x > 0 and y <= BOUND_RATIO * x
    return a.low <= b.high and b.low <= a.high


@dataclass(frozen=True)
class ClockTime:
    """A time of day in minutes after midnight, as written."""

    minutes: int
    written: str
    approximate: bool


CLOCK_TOLERANCE = 15
"""'about 6:40' may be 6:25 to 6:55: news rounds clock times to the quarter hour."""


def clock_times(text: str) -> list[ClockTime]:
    times: list[ClockTime] = []
    for match in CLOCK.finditer(text):
        hour = int(match.group(1) or match.group(4))
        minute = int(match.group(2) or match.group(5) or 0)
        if match.group(3) and match.group(3).lower() == "p" and hour < 12:
            hour += 12
        if hour > 24 or minute > 59:
            continue
        approx = bool(re.search(r"\b(?:about|around|roughly|approximately|shortly|just)\s+(?:after\s+|before\s+)?"
                                r"(?:at\s+)?$", text[:match.start()][-25:], re.I))
        times.append(ClockTime(hour * 60 + minute, match.group(0).strip(), approx))
    return times


def clocks_agree(a: ClockTime, b: ClockTime) -> bool:
    slack = CLOCK_TOLERANCE if a.approximate or b.approximate else 0
    return abs(a.minutes - b.minutes) <= slack
