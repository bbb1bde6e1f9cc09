"""The one place the figures stage reads numbers: :func:`read_numbers`, on the shared value reader
(:mod:`newsprism.values`: digits, number words, scales; :data:`newsprism.lexicon.QUALIFIERS`).

Beyond the figures the value reader finds, a count of people may be written 'a man' / 'an officer' / 'wounding
another' (one) or
'no one' / 'nobody' / 'none' (zero): the measures decide whether such a word counts anyone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from newsprism.lexicon import CALENDAR, QUALIFIERS
from newsprism.values import numbers

Qualifier = Literal["exact", "about", "at least", "at most"]

ARTICLE_OR_ZERO = re.compile(r"(?<![\w'’-])(?P<word>an?|another|his|her|their|the|no one|nobody|none)\b", re.I)
QUALIFIER = re.compile(r"\b(?:" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+$", re.I)
BOUNDS: dict[str, Qualifier] = {"about": "about", "above": "at least", "below": "at most"}
NOT_A_COUNT = re.compile(r"^(?:[\s-]*(?:years?[\s-]+old|year-old|yr|-year|-month|-week|-day|-foot|-inch|-hour|"
                         r"-minute|-mile|th\b|st\b|nd\b|rd\b|p\.?m\b|a\.?m\b|o'clock|%|percent|:\d)|\s*-\s*\d)",
                         re.I)
"""What after a number makes it no count of people or things: an age ('19-year-old'), a size, an ordinal, a
clock time, a percentage, a score ('3-2')."""
YEAR = re.compile(r"(?:1[89]|20)\d\d")
AFTER_MONTH = re.compile(r"\b(?:" + "|".join(sorted(CALENDAR, key=len, reverse=True)) + r")\.?\s+$", re.I)
"""A number right after a month or weekday is a day of the month ('the Sept. 11 attackers'), no count."""


AGES_BEFORE = re.compile(r"\b(?:ages?|aged)\s+(?:\d{1,3}\s*(?:,|and|to|-|&)\s*)*$", re.I)
"""A number after 'ages' / 'aged' is an age ('two women ages 23 and 31 were taken to a hospital'), no count."""


THRESHOLD = re.compile(r"\b(?:passed|crossed|topped|surpassed|exceeded|reached)\s+(?:the\s+)?(?:grim\s+)?"
                       r"(?:(?:threshold|mark|milestone)\s+of\s+)?$|\b(?:threshold|mark|milestone)\s+of\s+$", re.I)
"""'crossed the threshold of 500,000', 'topped 500,000': a bound, not the count itself."""


@dataclass(frozen=True)
class Number:
    """A number as written: its value (scales applied), its qualifier and where it is."""

    value: float
    qualifier: Qualifier
    written: str
    """the words, qualifier included ('at least 129')"""
    start: int
    """offset of the written words (qualifier included) in the text read"""
    end: int


def read_numbers(text: str) -> list[Number]:
    """Every number written in ``text`` that may count something (not ages, ordinals, clock times, years), and
    'a' / 'an' / 'another' (one) and 'no one' / 'nobody' / 'none' (zero)."""
    found = [(n.value, n.start, n.end) for n in numbers(text)
             if not YEAR.fullmatch(n.written) and not NOT_A_COUNT.match(text[n.end:n.end + 12])
             and not AFTER_MONTH.search(text[max(0, n.start - 12):n.start])
             and not AGES_BEFORE.search(text[max(0, n.start - 40):n.start])]
    for match in ARTICLE_OR_ZERO.finditer(text):
        zero = match.group("word").lower() in ("no one", "nobody", "none")
        overlapping = [f for f in found if f[1] < match.end() and match.start() < f[2]]
        if zero:
            found = [f for f in found if f not in overlapping]
        elif overlapping:
            continue
        found.append((0.0 if zero else 1.0, match.start(), match.end()))
    words = {(m.start(), m.end()) for m in ARTICLE_OR_ZERO.finditer(text)}
    return [Number(value, "exact", text[start:end], start, end) if (start, end) in words else
            _qualified(text, value, start, end) for value, start, end in sorted(found, key=lambda f: f[1])]


def _qualified(text: str, value: float, start: int, end: int) -> Number:
    before = text[max(0, start - 20):start]
    match = QUALIFIER.search(before)
    if not match and THRESHOLD.search(text[max(0, start - 40):start]):
        return Number(value, "at least", text[start:end], start, end)
    if not match:
        return Number(value, "exact", text[start:end], start, end)
    word = " ".join(match.group(0).lower().split())
    begin = start - len(before) + match.start()
    return Number(value, BOUNDS.get(QUALIFIERS.get(word, ""), "exact"), text[begin:end], begin, end)


PEOPLE_MEASURES = frozenset({"killed", "injured", "shot", "arrested", "missing", "evacuated"})
"""Measures that count people: their values are whole numbers."""
RATE = re.compile(r"^\s*(?:per|for\s+every|every|a)\s+(?:[\d,]+|one|ten|a\s+hundred|hundred|thousand|million|"
                  r"capita|head)\b", re.I)
"""'19.3 deaths per 100,000 people', '8 killed for every 10,000': a rate, no count of this event's people (sample4
incident read: a state's death rate became the story's toll)."""


def is_rate(measure: str, value: float, after: str) -> bool:
    """A count of people with a fraction ('19.3 deaths') or a 'per' after its words (``after``: 'per 100,000') is
    a rate."""
    return measure in PEOPLE_MEASURES and (value != int(value) or bool(RATE.match(after)))
