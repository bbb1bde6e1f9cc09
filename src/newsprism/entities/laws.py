"""Laws and aid packages spaCy tags a body: "the Lumo Rescue Plan that was passed in March", "under the Kade Voters
Act". A name ending in "Plan" or "Act" after "the" is a work where the words around it say a law's or package's
("passed", "signed", "under", "funds from", "called"): D22's seed-95 reading, AllSides 5863, where an aid package
"called the <Name> Plan" and passed that spring was a body. Without such words it is left to spaCy's label: a "Plan"
also ends bodies' names ("Lumo Health Plan", an insurer), which the cue words leave out."""

from __future__ import annotations

import re

LAW_HEADS = frozenset({"plan", "act"})
"""Last words of a law's or package's name that spaCy tags ORG (AllSides 5863 "American Rescue Plan"; "CARES Act",
"PATRIOT Act" in AllSides 5801 and 5637)."""

_CUE_BEFORE = re.compile(
    r"\b(?:[Uu]nder|from|called|signed|passed|through)\s+(?:the\s+(?:new\s+)?|[A-Z][a-z]+['’]s\s+)$")
"""A law's verb or preposition before "the" or a name's possessive and the name ("passed the", "funds from the",
"under the new", "under Kade's": D25's seed-99 reading, AllSides 5655, where a plan "under <owner>'s ... Plan" was a
body)."""
_CUE_AFTER = re.compile(r",?\s+(?:that|which)\s+(?:was|is|has\s+been)\s+(?:passed\b|signed\b|enacted\b|the\s+\$\d)")
"""A law's passive verb after the name ("..., which was signed", "that was passed"), or the package's cost ("...,
which was the $1.9 trillion ...": D26's seed-101 reading, AllSides 6094, a plan the text "builds on" and prices)."""
_OPENING = re.compile(r"(?:the|[A-Z][a-z]+['’]s)\s+")
""""the" or a name's possessive opening spaCy's span, read with the words before it."""
_NOT_BODY_BEFORE = re.compile(r"\b(?:Health|Insurance|Dental)\s+$")
"""A health or insurance plan before "Plan": an insurer, a body ("Lumo Health Plan")."""


def law_cue(text: str, start: int, end: int, last_word: str) -> bool:
    """Whether the span ``text[start:end]``, ending in ``last_word``, names a law or aid package (spaCy's span may
    hold the "the" before the name)."""
    if last_word.lower() not in LAW_HEADS or _NOT_BODY_BEFORE.search(text, start, end - len(last_word)):
        return False
    opening = _OPENING.match(text, start, end)
    before = text[max(0, start - 40):start if opening is None else opening.end()]
    return bool(_CUE_BEFORE.search(before) or _CUE_AFTER.match(text, end))
