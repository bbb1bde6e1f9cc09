"""Quantities: a figure with what it measures — a unit ('10 miles'), a currency ('$50 million'), a percentage, a
magnitude, or the noun it counts ('14 people') — as the interval of values its words allow in a base unit.

"18 months" and "a year and a half" are both 547.9 days; "about 1,500" allows ±15 %; "more than 75,000" is
75,000 to infinity; "$3-5 million" is 3 to 5 million US dollars. Two quantities of one dimension agree when their
intervals meet (:func:`agree`): "10 miles" and "16 km" are one distance.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from newsprism.lexicon import PERSON_NOUNS, QUALIFIERS
from newsprism.values.dates import dates
from newsprism.values.numbers import Number, numbers, precision, scaled_digits
from newsprism.values.units import (
    CURRENCY_SIGNS,
    DIMENSIONS,
    MAGNITUDE_WORDS,
    UNIT_WORDS,
    UNITS,
    currency_of_word,
    unit_of,
)

Bound = Literal["exact", "about", "above", "below"]

APPROX_TOLERANCE = 0.15
"""'about 1,500' allows ±15 % at most: the widest rounding a consistent restatement in the conflicts benchmark makes
('1,523' → 'about 1,500' is 1.5 %; '212' → 'about 200' is 6 %), narrower than any changed number it holds (×2).
A round figure in digits after 'about' allows what its digits round (half the unit of its last significant digit:
'about 600' 550-650, 'about 150' ±5 %), at least :data:`ROUNDING_TOLERANCE`, at most this, with no rounding
on top: outlets that give a fall as 'about 600m' / '700 metres' or 'about 150 metres' / 'about 200 metres' disagree
(ECB+ 23/ecbplus), and the benchmark's roundings ('about 1,500' for 1,523: two significant digits) stay within it."""
ROUNDING_TOLERANCE = 0.05
"""An exact figure that is round ('1,500', '2 million') or converted ('10 miles' → '16 km') may stand for
a value within 5 %: unit conversions in the benchmark round to at most 3 %. A figure in digits allows no more than
its written precision (:func:`newsprism.values.numbers.precision`): '$6.1 billion' stands for $6.05-6.15 billion,
so it never meets '$5.6 billion' (5 % would have joined them); '1,500' for 1,450-1,550."""
NEARLY_WHOLE_MAX = 12
"""'nearly N' / 'almost N' for a whole N up to twelve (a number a writer spells as one word) stands for less than N
and more than N − 1: 'nearly seven minutes' is 6-7, so it never meets 'almost eight minutes' (ECB+ 31/ecbplus, a
labelled disagreement that the ±15 % of :data:`APPROX_TOLERANCE` let agree). Above twelve the spread alone reads
it ('nearly 20' may be 18). Its intervals keep the spread (it still meets an exact 'six'); only two such figures
under different numbers are kept apart (:func:`_short_of_other_wholes`)."""
_SHORT_OF = frozenset({"nearly", "almost"})
BOUND_RATIO = 1.5
"""Two bounds the same way agree within this ratio: 'more than 180 people killed' / 'at least 150 people killed'
(1.2, counts taken at different times, on NeuS/AllSides) do; the benchmark's changed bounds ('more than 14
million' / 'more than 7 million') differ by 2 or more."""
STOP_AFTER = frozenset("of and or to in on at by for from with the a an than times as per percent each more less "
                       "other others were was are is be been had has have who which that".split())
"""Words after a number that are not what it counts ('three of them', 'two and a half')."""
NOT_MODIFIERS = STOP_AFTER | frozenset("after before during into over under since while when where near across among "
                                       "amid against about around through including their his her its our my your "
                                       "he she they we it will would can could may might should must did do does "
                                       "not".split())
"""Words that end a figure's noun phrase: a plural after them is no noun the figure counts ('3 dead after protesters
torch a bank', NeuS/AllSides and spec scan of the two-modifier reading, /work/notes/scratch/C23/scan_new.txt)."""
NOT_PLURALS = frozenset("this thus thanks its his hers ours yours has was does always perhaps besides whereas "
                        "unless themselves ourselves yourselves".split())
"""Words in '-s' that are no plural noun."""
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_SIGN = re.compile(r"(?:(?<![\w$])(?-i:US|USD|AU|A|C|CA|NZ|HK|Rs\.?|INR|EUR|GBP|JPY|CHF|CNY|RMB)\s?)?[$£€¥₹₽]?\s?$"
                   r"|(?<![\w])(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|Rs\.?|INR)\s?$|(?<![\w.:/,])(?-i:e)$", re.I)
"""A currency sign or code right before a figure; a lone 'e' is a euro sign the text's encoding lost ('e85 million':
:data:`newsprism.values.numbers.EURO_AS_E`)."""
_QUALIFIER = re.compile(r"\b(?:" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+$", re.I)
_UNIT = re.compile(r"[\s-]*(?P<unit>%|(?:" + "|".join(re.escape(u) for u in UNIT_WORDS) + r")(?:e?s)?)(?![\w/])",
                   re.I)
_CURRENCY_WORD = re.compile(r"\s+(?P<word>(?:us |australian |canadian )?(?:dollar|euro|yen|yuan|renminbi|rupee|"
                            r"rouble|ruble|franc|peso|lira|shekel|pounds sterling|sterling)s?)\b", re.I)
_NOUN = re.compile(r"[\s-]+(?P<first>[A-Za-z]+)(?P<noun>\s+[a-z]+s\b|\s+(?P<middle>[A-Za-z]+)\s+[a-z]+s\b)?")
"""The noun a figure counts: its first word ('14 people'), or a plural after one or two modifiers ('77,640 new
cases', 'three straight right hands', 'four earlier DWI arrests'); a stop word is no modifier ('two of the
suspects' counts no suspects: :data:`STOP_AFTER`)."""
_MODEL = re.compile(r"\s+(?P<model>[A-Z][A-Za-z]{0,3}(?:-|\s)?\d{1,4}[A-Z]?)(?:s|\s+(?:[a-z]+\s+)?[a-z]+s)?(?![\w-])")
"""A model designation after a count ('seven AK-47 assault rifles', 'six AK 47 rifles', '12 AK 47 guns', 'three
F-16s'): the model is what is counted, whatever noun follows it (ECB+ 12/ecb wrote one seizure's rifles as
'AK-47s', 'AK-47 rifles' and 'AK 47 guns'), and its digits are no count (:data:`newsprism.values.numbers.NUMBER`)."""
_NAMED_BEFORE = re.compile(r"(?-i:[A-Z])[\w-]*\s+$")
"""A name right before a figure ('Boeing 737 MAX 8 jets'): the figure is part of a model's name, and a count
before a model is small ('737 Max 8 planes' counts no 737 planes; NeuS train 567)."""
_RANGE = re.compile(r"\s*(?:-|–|—|to|and)\s*(?:[$£€¥]\s?)?$")
_HALF = re.compile(r"\s+and\s+a\s+half\b|\s*½|\s+1/2\b", re.I)
_GALLERY = re.compile(r"\d\s+of\s+$")
"""'Image 4 of' before a figure: a photo's place in a gallery, whose caption follows ('Image 4 of 33 Ann Lee waves'),
no count of what the caption names (gunviolence dev pages, /work/notes/scratch/C25/gv_changed.txt)."""
_PART_CENTURY = re.compile(r"\ban?\s+(?P<part>quarter|half)[\s-]century\b", re.I)
"""'a quarter-century' (25 years) and 'a half-century' (50), read as 'three decades' is (ECB+ 26/ecbplus wrote one
span as 'a quarter-century' and 'more than three decades')."""
_PAIR = re.compile(r"\ba\s+pair\s+of(?=\s)", re.I)
"""'a pair of' before a plural is a count of two ('a pair of left hooks', 'a pair of goals')."""
_WHOLE_UNITS = "|".join(sorted((u for u, (d, _) in UNITS.items() if d in ("time", "length", "mass") and len(u) > 3
                                and u.isalpha() and u not in ("inche", "centurie")), key=len, reverse=True))
_A_HALF = re.compile(rf"\b(?:an?\s+(?P<unit>{_WHOLE_UNITS})\s+and\s+a\s+half|half\s+an?\s+(?P<half>{_WHOLE_UNITS}))\b",
                     re.I)
"""A unit and a half, or half a unit, written with no figure ('a year and a half', 'a mile and a half', 'half a mile',
'half an hour'): 1.5 and 0.5 of the unit (ECB+ 21/ecbplus wrote a home's distance 'half a mile' and 'a mile and a
half away'). Units of time, length and weight written out ('a kilometre', not 'a km')."""


@dataclass(frozen=True)
class Quantity:
    """A figure with what it measures, as a sentence states it (``text[start:end] == written``)."""

    value: float
    """the figure as written, before its unit and qualifier ('about 1.5 million km' → 1.5e6)"""
    low: float
    high: float
    """the interval its words allow, in the base unit of its dimension (days, metres, kilograms ...)"""
    bound: Bound
    """'exact', 'about' ('nearly 200'), 'above' ('more than 75,000') or 'below' ('up to 24 hours')"""
    qualifier: str
    """the qualifying words as written ('at least'), '' when none"""
    dimension: str
    """'time', 'length', 'mass', 'area', 'volume', 'speed', 'percent', 'percentage points', 'people',
    'magnitude', 'money:USD' (a currency code), or 'count:' and the counted noun ('count:missile')"""
    unit: str
    """the unit, currency code or counted noun as written ('miles', 'USD', 'missiles')"""
    start: int
    end: int
    written: str
    size: float = 1.0
    """base units in one unit as written (a pound is 0.4536 kg); 0 for a compound ('two years and a month')"""
    scale: float = 1.0
    """the factor of the figure's scale word or suffix ('$80 million' 1e6, '$3bn' 1e9), 1 for none"""
    stated: tuple[float, float] = (0.0, math.inf)
    """``low`` / ``high`` before a round or converted figure's widening (:data:`ROUNDING_TOLERANCE`): the interval
    its digits and qualifier state"""
    rounding: float = 0.0
    """the share a round figure may stand for in its own unit ('240' 235-245: half its last digit's unit, at most
    :data:`ROUNDING_TOLERANCE`), 0 for a figure that is not round"""

    @property
    def money(self) -> bool:
        return self.dimension.startswith("money:")


def quantities(text: str) -> list[Quantity]:
    """Every figure with a unit, currency, percentage or counted noun in ``text``; bare figures and years are left
    out; a compound duration is one quantity ('three years and four months' is 40 months)."""
    return list(_quantities(text))


@lru_cache(maxsize=1 << 14)
def _quantities(text: str) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    figures = numbers(text)
    skip = -1
    in_dates = [(d.start, d.end) for d in dates(text)]
    for index, number in enumerate(figures):
        if number.start < skip or any(s <= number.start < e for s, e in in_dates):
            continue  # 'Nov. 3 elections' counts no elections
        second = _range_end(text, number, figures[index + 1] if index + 1 < len(figures) else None)
        item = _quantity(text, number, second)
        if item is None:
            continue
        skip = item.end
        _add(found, item, text)
    for match in _A_HALF.finditer(text):
        unit = match.group("unit") or match.group("half")
        dimension, size = unit_of(unit) or ("time", 1.0)
        value = 1.5 if match.group("unit") else 0.5
        _add(found, _exact(text, value, match.start(), match.end(), unit, dimension, size), text)
    found += _word_counts(text)
    return tuple(sorted(found, key=lambda q: q.start))


def _word_counts(text: str) -> list[Quantity]:
    """Quantities written with no figure: 'a quarter-century' (:data:`_PART_CENTURY`), 'a pair of' and the plural
    it counts (:data:`_PAIR`)."""
    found = []
    for match in _PART_CENTURY.finditer(text):
        years = 25.0 if match.group("part").lower() == "quarter" else 50.0
        size = (unit_of("years") or ("time", 1.0))[1]
        found.append(_exact(text, years, match.start(), match.end(), "years", "time", size))
    for match in _PAIR.finditer(text):
        what = _what(text, match.end(), 2.0, None, match.start())
        if what and what[0].startswith("count:"):
            found.append(_exact(text, 2.0, match.start(), what[3], what[2], what[0], what[1]))
    return found


def _add(found: list[Quantity], item: Quantity, text: str) -> None:
    last = found[-1] if found else None
    if last and last.dimension == item.dimension == "time" and re.fullmatch(r",?\s*(?:and\s+)?",
                                                                            text[last.end:item.start]):
        found[-1] = Quantity(last.value, last.low + item.low, last.high + item.high, "exact", last.qualifier, "time",
                             last.unit, last.start, item.end, text[last.start:item.end], size=0.0)
    else:
        found.append(item)


def _range_end(text: str, first: Number, nxt: Number | None) -> Number | None:
    """The second figure of a range ('3 to 5', '3-5', 'between 3 and 5')."""
    if nxt is None or not _RANGE.fullmatch(text[first.end:nxt.start]):
        return None
    if " and " in f" {text[first.end:nxt.start]} " and not re.search(r"\bbetween\s+\S*$", text[:first.end]):
        return None
    if re.search(r"\b(?:by|from)\s+\S*$", text[:first.end]):
        return None  # 'rose by $154 to $2,754', 'from 3 to 5': a change and its result, no range
    return nxt


def _quantity(text: str, first: Number, second: Number | None) -> Quantity | None:
    last = second or first
    sign = _SIGN.search(text[max(0, first.start - 6):first.start])
    currency = CURRENCY_SIGNS.get(re.sub(r"\s", "", sign.group(0)).lower()) if sign and sign.group(0).strip() else None
    value, high = first.value, (second.value if second else first.value)
    if second and second.value > 1000 * first.value and not first.in_words:  # '$3-5 million': one scale for both
        value *= second.value / float(re.sub(r"[^\d.]", "", second.written.split()[0]) or 1)
    half = _HALF.match(text, last.end)
    end = half.end() if half else last.end
    value, high = (value + 0.5, high + 0.5) if half else (value, high)
    if YEAR.match(first.written) and second is None and currency is None:
        return None
    start = first.start - (len(sign.group(0)) if currency and sign else 0)
    what = _what(text, end, value, currency, start)
    if what is None:
        return None
    dimension, size, unit, end = what
    if dimension.startswith("count:") and first.written.lower() in ("one",) and not half:
        return None  # 'one of', 'one person': a determiner more than a count
    digits = scaled_digits(first.written)
    return _bounded(text, value, min(value, high), max(value, high), start, end, unit, dimension, size,
                    None if second or half else precision(first),
                    first.value / float(digits.replace(",", "")) if digits and float(digits.replace(",", "")) else 1.0)


def _what(text: str, end: int, value: float, currency: str | None,
          start: int) -> tuple[str, float, str, int] | None:
    """(dimension, size, unit as written, end) of what the figure ending at ``end`` measures."""
    if currency:
        return f"money:{currency}", 1.0, currency, end
    word = _CURRENCY_WORD.match(text, end)
    if word and (code := currency_of_word(word.group("word"))):
        return f"money:{code}", 1.0, word.group("word"), word.end()
    model = _MODEL.match(text, end)
    if model and not _NAMED_BEFORE.search(text[max(0, start - 30):start]) and value < 100:
        return "count:" + re.sub(r"[\s-]", "", model.group("model")).lower(), 1.0, model.group("model"), model.end()
    if re.search(r"\b(?:magnitude|magnitude-)\s*(?:of\s+)?$", text[max(0, start - 14):start], re.I):
        return "magnitude", 1.0, "magnitude", end
    after = re.match(r"[\s-]*(?:" + "|".join(MAGNITUDE_WORDS) + r")\b|\s+on the richter scale\b", text[end:], re.I)
    if after:
        return "magnitude", 1.0, "magnitude", end + after.end()
    unit = _UNIT.match(text, end)
    if unit and (known := unit_of(unit.group("unit"))):
        return known[0], known[1], unit.group("unit"), unit.end()
    noun = _NOUN.match(text, end)
    if noun is None:
        return None
    counted = _counted(noun.group("first"), value)
    # '77,640 new cases', 'three straight road games': the plural after an adjective or two
    plural = noun.group("noun").split()[-1] if noun.group("noun") else ""
    if counted is None and noun.group("noun") and not (noun.group("middle") and (
            _clause_between(noun) or not value.is_integer() or _GALLERY.search(text[max(0, start - 12):start]))):
        counted = _counted(plural, value)
        return None if counted is None else (counted, 1.0, plural, noun.end())
    return None if counted is None else (counted, 1.0, noun.group("first"), noun.end("first"))


def _clause_between(noun: re.Match[str]) -> bool:
    """Two words between a figure and a plural (:data:`_NOUN`) that are no modifiers of it: a stop word, pronoun or
    modal ('two of the suspects', '3 dead after protesters', '12 fired their guns', '13 will post updates'), a
    present participle first ('3.2 million requesting jobless benefits'), a noun of people ('two men fired shots':
    the figure counts them) or a number ('six feet two inches'), an adverb before a past form ('two reportedly
    swapped blows'), or words that a hyphen ('a .38-caliber shell': another measure), a line break (a caption) or
    an ordinal ending ('5 th grade') join to the figure: the plural is another clause's; so is a word in '-s' that
    is no plural after them ('a 10-4 halftime lead thanks to', 'a late comeback this season', 'the 40-member
    caucus'). Read off every new reading of the NeuS train, AllSides and gunviolence dev pages
    (/work/notes/scratch/C23/scan_new.txt, /work/notes/scratch/C25/gv_changed.txt)."""
    first, middle, plural = noun.group("first").lower(), noun.group("middle").lower(), noun.group("noun").split()[-1]
    joined = "\n" in noun.group(0) or noun.group(0)[:1] == "-" or len(first) < 3
    return (joined or bool({first, middle} & (NOT_MODIFIERS | PERSON_NOUNS)) or first.endswith("ing")
            or bool(numbers(f"{first} {middle}")) or (first.endswith("ly") and middle.endswith("ed"))
            or plural.lower() in NOT_PLURALS or plural.lower().endswith(("us", "is")))


def _counted(word: str, value: float) -> str | None:
    """'count:noun' for a plural noun after a figure other than one (a singular after one); None otherwise. A noun in
    '-ss' is singular ('loss', 'class'): after a score or a label ('a 27-24 loss', 'the Week 15 loss', ECB+ 25/ecb)
    it counts nothing."""
    lower = word.lower()
    if lower in STOP_AFTER or len(lower) < 3 or not lower.isalpha() or (value != 1 and (
            not lower.endswith("s") or lower.endswith("ss"))):  # 'a 27-24 loss', 'the Week 15 loss': no plural
        return None
    if lower in DIMENSIONS:
        return lower
    return "count:" + (lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower)


def _bounded(text: str, value: float, low: float, high: float, start: int, end: int, unit: str, dimension: str,
             size: float, written_to: float | None = None, scale: float = 1.0) -> Quantity:
    """The quantity's interval from its qualifier, its roundness and (``written_to``: its figure's
    :func:`~newsprism.values.numbers.precision`) the precision it is written at; ``scale``: its scale word's
    factor."""
    qualifier = _QUALIFIER.search(text[max(0, start - 20):start])
    word = " ".join(qualifier.group(0).lower().split()) if qualifier else ""
    bound: Bound = QUALIFIERS.get(word, "exact")  # type: ignore[assignment]
    low, high = low * size, high * size
    if bound == "above":
        high = math.inf
    elif bound == "below":
        low = 0.0
    rounded = _rounded_spread(value, written_to) if bound == "about" else None
    if bound == "about":
        spread = rounded or APPROX_TOLERANCE
        low, high = low * (1 - spread), high * (1 + spread if word not in ("almost", "nearly", "close to") else 1)
    stated, rounding = (low, high), 0.0
    if _round(value) and rounded is None:
        rounding = min(ROUNDING_TOLERANCE, written_to / value) if written_to and value else ROUNDING_TOLERANCE
    share = ROUNDING_TOLERANCE if size != 1.0 else rounding
    low, high = low * (1 - share), high * (1 + share)
    return Quantity(value, low, high, bound, word, dimension, unit, start, end, text[start:end], size, scale, stated,
                    rounding)


def _rounded_spread(value: float, written_to: float | None) -> float | None:
    """The share 'about' allows a round figure in digits: what its digits round, within the bounds
    :data:`APPROX_TOLERANCE` names; None for a figure in words or not round (then 'about' allows the most)."""
    if not written_to or not _round(value):
        return None
    return min(APPROX_TOLERANCE, max(ROUNDING_TOLERANCE, written_to / value))


def _exact(text: str, value: float, start: int, end: int, unit: str, dimension: str, size: float) -> Quantity:
    return _bounded(text, value, value, value, start, end, unit, dimension, size)


def _round(value: float) -> bool:
    """A figure with at most two significant digits and a trailing zero (1,500; 40; 2 million)."""
    if value < 10 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) <= 2 and digits != str(int(value))


def agree(a: Quantity, b: Quantity) -> bool:
    """The two intervals meet (same dimension assumed); two bounds the same way ('more than 14 million' / 'more
    than 7 million') must be the same bound within :data:`BOUND_RATIO`."""
    if a.bound == b.bound and a.bound in ("above", "below"):
        x, y = sorted((a.value, b.value) if a.unit == b.unit else (a.low, b.low) if a.bound == "above" else (
            a.high, b.high))  # the figures as written where they can be (no rounding's widening between them)
        return x > 0 and y <= BOUND_RATIO * x
    return _meet(a, b)


def _meet(a: Quantity, b: Quantity) -> bool:
    """The intervals meet. Two figures written in one unit at one scale ('240 pounds' / '248 pounds') meet as
    written: no conversion widening, which only bridges a conversion between units or scales; a round figure
    keeps what its last digit rounds ('240' 235-245), a qualifier its spread ('about 240 pounds'). The edges are
    closed: a headline's '$3 billion' for '$3.2 billion' (NeuS train 2148) is a rounding, not a rival figure."""
    if _short_of_other_wholes(a, b):
        return False
    if a.size == b.size != 0.0 and a.scale == b.scale:
        return _edge(b, -1) <= _edge(a, 1) and _edge(a, -1) <= _edge(b, 1)
    return a.low <= b.high and b.low <= a.high


def _short_of_other_wholes(a: Quantity, b: Quantity) -> bool:
    """Two figures in one unit, each 'nearly' / 'almost' a different whole number up to :data:`NEARLY_WHOLE_MAX`
    ('nearly seven minutes' / 'almost eight minutes'): they cannot both hold."""
    return (a.unit == b.unit and a.value != b.value and {a.qualifier, b.qualifier} <= _SHORT_OF
            and all(q.value == int(q.value) and 1 < q.value <= NEARLY_WHOLE_MAX for q in (a, b)))


def _edge(q: Quantity, side: int) -> float:
    """``q``'s low (side -1) or high (side 1) edge in its own unit: its stated interval and its rounding."""
    return q.stated[0] * (1 - q.rounding) if side < 0 else q.stated[1] * (1 + q.rounding)


def bounds_both_hold(a: Bound, b: Bound) -> bool:
    """Two bounds the same way ('more than 1,000' / 'at least 1,800' flights, 'at least eight' / 'at least nine'
    dead, 'up to 5' / 'at most 9') can both be true however far apart: the larger lower bound meets the smaller.
    The one rule of issue #18 for the figures' verdict (:func:`newsprism.figures.rivals.consistent`) and the
    conflicts (:func:`consistent`); NeuS train 500 / AllSides 5628 set 'more than 1,000' against 'at least 1,800'
    cancelled flights, a look-alike."""
    return a == b and a in ("above", "below")


def consistent(a: Quantity, b: Quantity) -> bool:
    """The two quantities (same dimension assumed) can both be true at once: their intervals meet, or they are
    bounds the same way (:func:`bounds_both_hold`). Not :func:`agree`, which asks whether they are one value
    restated (a copy that turns 'more than 14 million' into 'more than 7 million' changed its figure)."""
    return bounds_both_hold(a.bound, b.bound) or _meet(a, b)


def comparable(a: Quantity, b: Quantity) -> bool:
    """Same dimension: a distance with a distance, US dollars with US dollars (never dollars with euros)."""
    return a.dimension == b.dimension
