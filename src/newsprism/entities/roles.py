"""A span that is a role, no name: "Brooklyn Councilman", "Lumo County Executive" before "Ana Lee", a title's first
words before "of" ("Lumo Chief | of Department Ana Lee"), a role written alone ("Trooper")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsprism.entities.kind_words import ROLE_ENDINGS, ROLES_BEFORE_NAMES
from newsprism.entities.names import TRAILING_RANKS

if TYPE_CHECKING:
    from newsprism.entities.mentions import Mention


def role_only(text: str, mention: Mention) -> bool:
    """A role, no name: a person-tagged span ending in a role or rank ("Brooklyn Councilman", "Lumo Lt"), a span of
    any type ending in one with a name after it ("Lumo County Executive Ana Lee", "Lumo Chief of Department Ana
    Lee"), a role written alone ("Trooper", "Paramedics")."""
    last = mention.tokens[-1]
    if mention.label == "person" and (last in ROLE_ENDINGS or (len(mention.tokens) > 1 and last in _RANK_SHORT)):
        return True  # "Brooklyn Councilman", "Lumo Lt" (. Ana Lee)
    if mention.short:
        return last in ROLES_BEFORE_NAMES or (last.endswith("s") and last[:-1] in ROLES_BEFORE_NAMES)
    if len(mention.tokens) > 1 and mention.tokens[0] in TITLE_MODIFIERS and _ROLE_AFTER.match(text, mention.end):
        return True  # "Interim Lumo Police" (Chief Ana Lee)
    personal = mention.label == "person" or (mention.cue is not None and mention.cue.type == "person")
    if personal and len(mention.tokens) > 1 and _RANKS_AFTER.match(text, mention.end):
        return True  # "her cousin, Army Command" (Sgt. Maj. Ana Lee)
    if (last in ROLES_BEFORE_NAMES or last == "chief") and _TITLE_OF_AFTER.match(text, mention.end):
        return True  # "Lumo Chief" (of Department Ana Lee)
    return last in ROLES_BEFORE_NAMES and _NAME_AFTER.match(text, mention.end) is not None


_RANK_SHORT = frozenset(rank for rank in TRAILING_RANKS if len(rank) <= 4)
"""Short forms of ranks ("Lt", "Sgt", "Capt"): no surname ends in one, unlike "Trooper" or "Deputy"."""
_NAME_AFTER = re.compile(r"\s+(?:[A-Z]\.\s+)*[A-Z][a-z]")
"""A capitalised word (perhaps after initials) right after a span: the name a role before it describes."""
_TITLE_OF_AFTER = re.compile(r"\s+of\s+(?:[A-Z][a-z]+\s+){1,2}(?:[A-Z]\.\s+)*[A-Z][a-z]+\s+[A-Z][a-z]")
"""The rest of a title written '<role> of <words>' and a full name after a span ending in the role ("Lumo Chief | of
Department Ana Lee", gun-violence incident 653539, issue #19's eighth round): the span is the title's first words."""
TITLE_MODIFIERS = frozenset({"interim", "acting", "former", "outgoing", "incoming", "retired", "deputy", "assistant"})
"""Words opening a title, not a name ("Interim Lumo Police Chief Ana Lee"): a span of two words or more opening
with one and followed by a capitalised role word and a name is the title's first words, no entity (the body in it is
written without them elsewhere). Read on the fifth fresh-stories round of issue #19."""
_ROLE_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s+)*[A-Z][a-z]")
"""A capitalised word (the role) then a capitalised name right after a span ("... Chief Ana Lee")."""
_RANKS_AFTER = re.compile(r"\s+(?:(?:Sgt|Lt|Capt|Maj|Col|Cpl|Gen|Pvt|Pfc|Spc|Det|Cmdr|Adm|Insp|Supt|Dep)\.?\s+)+"
                          r"(?:[A-Z]\.\s+)*[A-Z][a-z]")
"""Ranks' short forms then a name right after a span tagged or cued a person ("her cousin, Army Command Sgt. Maj.
Ana Lee"): the span is the title's first words, no one's name (read on gun-violence incident 525464, issue #19's
sixth round)."""
