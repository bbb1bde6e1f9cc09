"""How many times something happened, as a sentence states it: 'married twice', 'was arrested three times', 'won it
4 times' (issue #18, round 21). Not read: a multiplier ('three times as many', 'four times higher', 'twice the
size'), a rate ('three times a day'), a bound ('at least four times') or a vague count ('many times')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsprism.lexicon import AUXILIARIES, MULTIPLES, STOP
from newsprism.values.numbers import numbers

TIMES_AFTER = re.compile(r"\s+(?P<more>more\s+|other\s+)?times\b(?!\s+(?:as|more|less|the|that|a|an|per|each|every|"
                         r"over|[a-z]+er|what)\b|-)", re.I)
"""'times' after a count, not a multiplier ('three times as many', 'four times higher') or a rate ('twice a day');
'two more times' is counted as more ('more' / 'other')."""
MULTIPLE = re.compile(r"(?<![\w-])(?P<word>" + "|".join(w for w in MULTIPLES if w != "once") + r")\b(?!\s+(?:as|"
                      r"the|that|a|an|per|each|every|over|[a-z]+er|what)\b|-)", re.I)
"""'twice', 'thrice' ('once' is also 'formerly': not read), not 'twice as many', 'twice the size', 'twice a day'."""
BOUND_BEFORE = re.compile(r"\b(?:at\s+least|more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|some|"
                          r"over|up\s+to|as\s+many\s+as|only|just)\s+$", re.I)
"""A qualifier before the count: a bound or approximation, no count of its own."""
VERB_WORDS = 4
"""Words before the count read for what happened ('was married three times', 'hosted the show twice')."""


@dataclass(frozen=True)
class Occurrence:
    """A count of times (``text[start:end] == written``) and the word of what happened."""

    count: int
    verb: str
    """the nearest lower-case content word before the count, lower case ('married'); '' when none"""
    more: bool
    """'two more times': times on top of others, no total"""
    start: int
    end: int
    written: str


def occurrences(text: str) -> list[Occurrence]:
    """Every count of times in ``text`` (:class:`Occurrence`)."""
    return list(_occurrences(text))


@lru_cache(maxsize=1 << 14)
def _occurrences(text: str) -> tuple[Occurrence, ...]:
    found = []
    for n in numbers(text):
        after = TIMES_AFTER.match(text, n.end)
        if after and n.value == int(n.value) and n.value >= 2 and not BOUND_BEFORE.search(text[:n.start]):
            found.append(_occurrence(text, int(n.value), bool(after.group("more")), n.start, after.end()))
    for m in MULTIPLE.finditer(text):
        if not BOUND_BEFORE.search(text[:m.start()]):
            found.append(_occurrence(text, MULTIPLES[m.group("word").lower()], False, m.start(), m.end()))
    return tuple(sorted(found, key=lambda o: o.start))


def _occurrence(text: str, count: int, more: bool, start: int, end: int) -> Occurrence:
    words = re.findall(r"[A-Za-z][\w'’-]*", text[:start])[-VERB_WORDS:]
    verb = next((w.lower() for w in reversed(words) if w[:1].islower() and len(w) >= 3
                 and w.lower() not in STOP and w.lower() not in AUXILIARIES), "")
    return Occurrence(count, verb, more, start, end, text[start:end])
