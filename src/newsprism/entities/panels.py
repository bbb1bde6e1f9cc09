"""A legislature's chamber that spaCy cut from its committee's name: "the House | Ways and Means Committee" is one
body, not the House and a committee (AllSides 5819, D22's seed-93 reading of issue #19: "House" a record of its own
beside "Ways and Means Committee", read by :func:`.mentions.article_mentions` through its ``_and_end``)."""

from __future__ import annotations

from typing import Any

from newsprism.entities.names import fold

CHAMBERS = frozenset({"house", "senate", "assembly"})
"""A chamber's name written alone before its committee's ("House", "Senate", a state's "Assembly")."""

PANEL_WORDS = frozenset({"committee", "subcommittee", "caucus", "panel"})
"""Last words of a chamber's committee's name ("Ways and Means Committee", "Armed Services Subcommittee")."""


def chamber_of(ent: Any, after: Any) -> bool:
    """spaCy's ORG span ``ent`` is a chamber's name written one space before ``after``, an ORG span ending in a
    committee's word: the two are one committee's name."""
    gap = ent.doc.text[ent.end_char:after.start_char]
    return (ent.label_ == after.label_ == "ORG" and gap == " " and fold(ent.text) in CHAMBERS
            and fold(after[-1].text) in PANEL_WORDS)
