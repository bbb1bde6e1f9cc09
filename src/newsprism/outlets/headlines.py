"""Headlines side by side: the words of each headline that no other headline of the story uses.

Headlines carry the framing ("over election fraud claims" against "over 'disinformation campaign'"); the words
one outlet alone chose are marked, the shared ones are not. Function words are never marked: they differ for
grammar, not for framing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from newsprism.lexicon import FRAMING_FUNCTION_WORDS

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


SUFFIXES = ("ing", "ed", "es", "s", "e")
"""Endings dropped before comparing, so that a headline's 'approves' is the other's 'approved' (a light stem: the
forms of one word are not a difference of framing)."""


def _key(word: str) -> str:
    """A word's comparison form: lower case, without possessive and without one inflectional ending."""
    key = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in SUFFIXES:
        if len(key) - len(suffix) >= 4 and key.endswith(suffix) and not key.endswith("ss"):
            return key[:-len(suffix)]
    return key


def headline_marks(headlines: Mapping[str, str]) -> dict[str, list[tuple[int, int]]]:
    """Article id → character ranges of its headline's words that no other headline uses (two headlines or more)."""
    words = {article: {_key(m.group()) for m in _WORD.finditer(text)} for article, text in headlines.items()}
    marks: dict[str, list[tuple[int, int]]] = {}
    for article, text in headlines.items():
        others = set().union(*(w for other, w in words.items() if other != article))
        marks[article] = [(m.start(), m.end()) for m in _WORD.finditer(text)
                          if len(headlines) > 1 and _key(m.group()) not in others
                          and m.group().lower() not in FRAMING_FUNCTION_WORDS]
    return marks
