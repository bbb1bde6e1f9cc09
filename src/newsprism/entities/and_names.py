"""A body's name spaCy cut at its "and" ("The Lumo Security and [Civic Affairs Committee]": only the words after
"and" tagged, D27's seed-104 reading, AllSides roundup 5973) is the whole name, from the capitalised words after
"the": the mention's start moves back over them when the span ends in a body's word and no other mention holds any
of them ("the White House and [State Department]", "the FBI and [Justice Department]": two bodies, kept apart)."""

from __future__ import annotations

import re

from newsprism.entities.kind_words import BODY_WORDS
from newsprism.entities.mentions import Mention, make_mention

_CUT_AND_BEFORE = re.compile(r"\b[Tt]he\s+((?:(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*)\s+){1,3})and\s+$")
""""the", one to three capitalised words and "and" right before the span: the first half of the body's name."""
_REACH = 60
"""Characters before the span searched for :data:`_CUT_AND_BEFORE` (three long words and "the ... and")."""


def join_cut_and_names(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Each article's mentions, a body's name cut at its "and" joined to its first half (see the module's
    docstring)."""
    return [_joined(mentions, text) for mentions, text in zip(per_article, texts, strict=True)]


def _joined(mentions: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.label == "organisation" and len(m.tokens) > 1 and m.tokens[-1] in BODY_WORDS:
            before = _CUT_AND_BEFORE.search(text, max(0, m.start - _REACH), m.start)
            first = before.start(1) if before is not None else m.start
            spelt = before is not None and _spelt_out(text, first, m.end)
            if before is not None and (spelt or all(other.end <= first for other in mentions[:i])):
                out = [other for other in out if not (spelt and first <= other.start < m.start)]
                m = make_mention(m.article, text, (first, m.end), m.label, m.paragraph)
        out.append(m)
    return out


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{3,})\)")
"""The body's acronym in brackets right after its name ("(USOPC)")."""


def _spelt_out(text: str, start: int, end: int) -> bool:
    """Whether the acronym in brackets after ``text[start:end]`` spells the initials of the whole name, both halves
    ("The U.K. Rowing and Canoe Federation (UKRCF)"; a national sports committee so written in AllSides roundup 5838,
    D28's seed-105 reading, its first half tagged apart): then the first half is no body of its own, whatever
    mention holds it."""
    acronym = _ACRONYM_AFTER.match(text, end)
    initials = "".join(word.replace(".", "") if "." in word else word[0]
                       for word in text[start:end].split() if word[0].isupper())
    return acronym is not None and acronym.group(1) == initials
