"""Common words set in capitals inside a quotation: a post's or a slogan's style ("the Tally is Sure and Sound,
Quick and Fair", "call it Postal Voting"), which spaCy tags as names (NeuS train 2262, 0-based, session 29's
honest reading: a slogan and a term typed bodies). In a quotation that capitalises at least
:data:`STYLED_WORDS_MIN` words the story writes in lower case elsewhere, a name tagged a body or a work that holds
such a word is no entity, unless the story writes it outside such quotations too, it is an outlet's or it ends in a
body's or place's word ("White House", "Security Council"). A real name quoted alone ("“Black Lives Matter”") and a
quotation in ordinary case keep their names."""

from __future__ import annotations

import re
from collections import Counter

from newsprism.clean.outlet_table import known_name
from newsprism.entities.kind_words import BODY_WORDS, PLACE_WORDS
from newsprism.entities.mentions import Mention

STYLED_WORDS_MIN = 4
"""Fewest capitalised common words (not opening a sentence) that make a quotation's capitals a style. Read on the
flip set of issue #19's seventeenth round (100 gun-violence dev incidents, PolNeAR dev): quotations with fewer hold
names and titles in ordinary case; the slogan of NeuS train 2262 has eight."""

_QUOTATION = re.compile(r"“[^”\n]{1,1500}”|\"[^\"\n]{1,1500}\"")
_CAPITALISED = re.compile(r"(?<![.!?:;“\"(]\s)(?<![“\"(])\b[A-Z][a-z]+\b")
_WORD = re.compile(r"[A-Za-z]+")
_CONNECTORS = frozenset({"and", "or", "by", "of", "the", "for", "in", "to", "a", "an"})


def drop_styled(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """The mentions of each article without the names of common words a styled quotation capitalises."""
    lower = Counter(re.findall(r"\b[a-z]+\b", "\n".join(texts)))
    styled = [[q.span() for q in _QUOTATION.finditer(text) if _styled(q.group(), lower)] for text in texts]
    if not any(styled):
        return per_article
    inside = [[any(start < m.start and m.end < end for start, end in spans) for m in mentions]
              for mentions, spans in zip(per_article, styled, strict=True)]
    outside = {m.text for mentions, flags in zip(per_article, inside, strict=True)
               for m, flag in zip(mentions, flags, strict=True) if not flag}
    return [[m for m, flag in zip(mentions, flags, strict=True)
             if not (flag and m.text not in outside and _common_words(m, lower))]
            for mentions, flags in zip(per_article, inside, strict=True)]


def _styled(quotation: str, lower: Counter[str]) -> bool:
    words = [w.group().lower() for w in _CAPITALISED.finditer(quotation)]
    return sum(lower[w] > 0 for w in words) >= STYLED_WORDS_MIN


def _common_words(mention: Mention, lower: Counter[str]) -> bool:
    """A name tagged a body or a work, no outlet's, with a word the story writes in lower case ("Postal Voting"
    beside "voting"; "Sure and Sound, Quick and Fair" beside "sound"), its last word no body's or place's."""
    words = [w for w in _WORD.findall(mention.text) if w.lower() not in _CONNECTORS]
    return mention.label in ("organisation", "work") and bool(words) and not known_name(mention.text) and (
        words[-1].lower() not in BODY_WORDS | PLACE_WORDS) and any(lower[w.lower()] > 0 for w in words)
