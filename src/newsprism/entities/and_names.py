"""A body's name spaCy cut at its "and" ("The Lumo Security and [Civic Affairs Committee]": only the words after
"and" tagged, D27's seed-104 reading, AllSides roundup 5973) is the whole name, from the capitalised words after
"the": the mention's start moves back over them when the span ends in a body's word and no other mention holds any
of them ("the White House and [State Department]", "the FBI and [Justice Department]": two bodies, kept apart)."""

from __future__ import annotations

import re

from newsprism.entities.kind_words import BODY_WORDS
from newsprism.entities.mentions import Mention, make_mention

_CUT_AND_BEFORE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){1,3})and\s+$")
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
            if before is not None and all(other.end <= first for other in mentions[:i]):
                m = make_mention(m.article, text, (first, m.end), m.label, m.paragraph)
        out.append(m)
    return out
