"""Ordinals and ranks: 'fourth largest', 'fifth-largest', 'the 3rd round', 'No. 2', 'ranked 10th'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsprism.lexicon import ORDINAL_WORDS, STOP

_ORDINAL = r"(?P<ordinal>" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|\d+(?:st|nd|rd|th))"
ORDINAL = re.compile(
    rf"(?<![\w-]){_ORDINAL}(?:[\s-]+(?P<scale>most\s+[a-z]+|least\s+[a-z]+|[a-z]+est|best|worst|largest)\b"
    r"|\s+(?P<noun>[a-z]+))?"
    r"|\b(?:No\.|number)\s+(?P<number>\d{1,3})\b", re.I)
"""An ordinal with what it ranks: a superlative ('fourth largest') or the noun after it ('third round')."""
NOT_SUPERLATIVE = frozenset({"interest", "honest", "modest", "forest", "protest", "request", "contest", "harvest",
                             "latest", "west", "test", "rest", "arrest", "guest", "quest", "suggest", "invest"})
"""Words ending in -est that are no superlative."""


@dataclass(frozen=True)
class Rank:
    """An ordinal position and what it ranks (``text[start:end] == written``)."""

    position: int
    scale: str
    """the superlative ('largest', 'most populous'), lower case, '' when none"""
    noun: str
    """the word after the ordinal when no superlative follows ('round', 'time'), lower case, else ''"""
    start: int
    end: int
    written: str

    @property
    def superlative(self) -> bool:
        return bool(self.scale)


def ranks(text: str) -> list[Rank]:
    """Every ordinal in ``text`` (dates such as 'November 8th' included: :func:`newsprism.values.read` drops those
    inside a date)."""
    return list(_ranks(text))


@lru_cache(maxsize=1 << 14)
def _ranks(text: str) -> tuple[Rank, ...]:
    found = []
    for match in ORDINAL.finditer(text):
        if match.group("number"):
            found.append(Rank(int(match.group("number")), "", "", match.start(), match.end(), match.group(0)))
            continue
        word = match.group("ordinal").lower()
        position = ORDINAL_WORDS.get(word) or int(word[:-2])
        scale = " ".join((match.group("scale") or "").lower().split())
        if scale in NOT_SUPERLATIVE:
            scale = ""
        noun = (match.group("noun") or "").lower()
        if noun in STOP:
            noun = ""
        end = match.end() if (scale or noun) else match.end("ordinal")
        if not scale and not noun and match.group("scale"):
            noun = match.group("scale").lower()
        found.append(Rank(position, scale, noun if not scale else "", match.start(), end, text[match.start():end]))
    return tuple(found)


def same_scale(a: Rank, b: Rank) -> bool:
    """The two ranks place something on one scale: the same superlative, or the same noun after the ordinal."""
    if a.scale or b.scale:
        return a.scale == b.scale
    return bool(a.noun) and a.noun == b.noun
