"""A work's title set off by commas after a work's word ("a short film, Two Lumo Strangers, about a man who ..."),
which spaCy tags a person: the title is a work's (AllSides roundup 6101, D27's seed-104 honest reading: "Distant
Strangers" typed a person). :data:`.evidence.WORK_WORDS` before a name refuses a comma, since "the movie, Ana Lee
said" names a speaker; here the name must also be closed by a comma before a word that opens no speaker's or
person's apposition ("who", "said", "the", an age)."""

from __future__ import annotations

import re

from newsprism.entities.evidence import CUE_WEIGHT, WORK_WORDS, Cue

_APPOSED_BEFORE = re.compile(r"\b(?:" + "|".join(WORK_WORDS) + r"),\s+(?:[A-Z0-9][\w'’-]*\s+)*$")
"""A work's word and a comma right before the name, perhaps with capitalised words spaCy left out ("film, Two")."""
_APPOSED_AFTER = re.compile(r",\s+(?!(?:who|whose|said|says|told|added|the|an?|his|her|their|its|and)\b)[A-Za-z]")
"""The comma closing the title before a word that opens no person's apposition or speech."""


def apposed_work(text: str, start: int, end: int) -> Cue | None:
    """A strong work's cue for ``text[start:end]`` set off by commas after a work's word, else None."""
    if _APPOSED_BEFORE.search(text[max(0, start - 40):start]) and _APPOSED_AFTER.match(text, end):
        return Cue("work", CUE_WEIGHT)
    return None
