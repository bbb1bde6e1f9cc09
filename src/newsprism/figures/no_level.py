"""Numbers beside a measure word that are no level of the measure: a multiple of another toll, a ratio's
denominator, an increase over a span of time (issue #18's audit of NeuS and AllSides conflicts)."""

from __future__ import annotations

import re

MULTIPLE_BEFORE = re.compile(r"\b(?:equivalent\s+(?:to|of)|the\s+equivalent\s+of|as\s+many\s+deaths\s+as)\s+"
                             r"(?:(?:about|roughly|some|nearly|almost|more\s+than|over|around)\s+)?$", re.I)
"""A multiple of another event's toll ('a death toll equivalent to roughly 65 of the attacks'): no count of the
dead (NeuS train 654, issue #18's audit: read as 65 killed against 200,000)."""
RATIO_BEFORE = re.compile(r"\b(?:one|1)\s+(?:in\s+(?:every\s+)?|(?:out\s+)?of\s+every\s+)$", re.I)
"""The denominator of a ratio ('one of every five deaths', 'one in 10 cases'): no count (NeuS train 1131, issue
#18's audit: 'five deaths' against 'more than 417,000'); not 'one of three men shot', one of a count."""
INCREMENT_AFTER = re.compile(r"^\s+(?:more|additional|further|new)\s+(?:[\w-]+\s+){0,3}?(?:in|over|during|within|"
                             r"since)\s+(?:(?:just|only)\s+)?(?:the\s+)?(?:(?:past|last|previous|first)\s+)?"
                             r"(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|hours?)\b", re.I)
"""An increase over a span of time ('some 4,000 more deaths in only the past two weeks'): no level of the toll
(NeuS train 903, issue #18's audit: set against the global toll). Only with the span: in a shooting's sentences
'three more people were hurt' is a part of the count (:mod:`.together`, tests/figures/test_together)."""


def no_level(before: str, after: str) -> bool:
    """A multiple of another toll, a ratio's denominator or an increase over time: no value of a measure."""
    return bool(MULTIPLE_BEFORE.search(before) or RATIO_BEFORE.search(before) or INCREMENT_AFTER.match(after))
