"""An act a weekday dates through its noun: 'the fatal shooting of Tomas Vane, 15, on Saturday' dates the act
:data:`~newsprism.lexicon.ACT_NOUNS` names ('kill'), done to the person the noun names, by no one it names (issue
#18: ECB+ 19/ecb's 'the fatal shooting of X on Saturday' / 'Y killed X on Sunday')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.lexicon import ACT_NOUNS

NOUN_ACTS = {act: re.compile(rf"\b(?i:the)\s+(?i:{nouns})\s+of\s+((?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*)"
                             r"(?:,\s+\d{1,3},)?\s+(?:(?i:on|early|late)\s+)*$")
             for act, nouns in ACT_NOUNS.items()}
"""The noun, 'of' and a name of one to three capitalised words, an age appositive (', 15,') and the weekday's own
words ('on', 'early') right before the weekday."""


@dataclass(frozen=True)
class NounAct:
    """The act a noun before a date names and the last word of the name of whom it was done to (a surname: 'Tomas
    Vane' is the 'Vane' another article names alone)."""

    act: str
    patient: str


def noun_act(text: str, start: int) -> NounAct | None:
    """The act whose noun phrase ends right before the date at ``start``, if any."""
    for act, pattern in NOUN_ACTS.items():
        found = pattern.search(text[:start])
        if found is not None:
            return NounAct(act, found.group(1).split()[-1])
    return None
