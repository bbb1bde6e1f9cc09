"""The scope a sentence gives a number beyond its measure: a hedge, a generic case, a count up to a return.

Two statements of one count disagree only when both state it as the story's fact of the same window. A number
said under a hedge of possibility ('there may have been three people hurt'), in a generic case ('when one is hurt,
the whole crew suffers'), or counted up to a return ('sat out six matches before returning', against a season's
'missed seven matches') is no such statement: compared only with a number of the same scope (:func:`number_scope`),
and no sentence of that scope joins a side of a plain count (issue #18 round 19, ECB+ 16/ecbplus and 25/ecbplus: the
last wrong conflict and the one look-alike flagged on the dev spec).
"""

from __future__ import annotations

import re

HEDGED = re.compile(r"\b(?:might|may|could)\s+(?:well\s+)?(?:not\s+)?(?:have\s+)?(?:been|be)\s+(?:\S+\s+){0,2}$",
                    re.I)
"""A possibility right before the number, at most two words between ('there may have been three people hurt', 'might
have been as many as 40'): a guess, not a count. 'Could kill' and forecasts are read by
:data:`newsprism.figures.rivals.GENERIC` and ``PROJECTION``; this is the hedge on a count of the story's event."""
GENERIC_CASE = re.compile(r"^\W*(?:when|whenever|if)\s[^,;.]*?\b(?:is|are)\b[^,;.]*", re.I)
"""A sentence opening with a case in the present tense, the number inside it ('When one is hurt, the whole crew
suffers'): any case of its kind, no count of the story's (a past 'when two were killed' is a count: not matched)."""
UNTIL_RETURN = re.compile(r"^(?:\s+[a-z-]+){0,2}\s+before\s+(?:coming\s+back|returning|(?:his|her|their)\s+return|"
                          r"being\s+(?:activated|reinstated))\b", re.I)
"""A count up to a return ('sat out six matches before returning in March'): a part of the window, another scope
than the whole ('missed seven matches this season'; ECB+ 25/ecbplus, where it was a look-alike)."""


def number_scope(text: str, start: int, end: int) -> str:
    """The scope of the number ``text[start:end]``: 'hedged', 'generic', 'until a return', or '' for a plain
    statement of the story's count."""
    before = text[:start]
    if HEDGED.search(before):
        return "hedged"
    case = GENERIC_CASE.match(text)
    if case is not None and end <= case.end():
        return "generic"
    if UNTIL_RETURN.match(text[end:]):
        return "until a return"
    return ""
