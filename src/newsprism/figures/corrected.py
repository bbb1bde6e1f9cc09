"""Counts a sentence gives as a first report it then corrects ('only one was hurt at first count, but the sheriff
later gave updated figures'): the figures before the correcting clause are the earlier report's, never the story's
count nor a rival of it (issue #18: the h18audit's superseded early report, AllSides 5748 = NeuS train 1310, where
a first report of one dead was followed by an officer's updated information in the same sentence)."""

from __future__ import annotations

import re

from newsprism.figures.another_event import EARLIER_REPORT, of_another_event
from newsprism.figures.sentence_counts import Claim

UPDATED_AFTER = re.compile(r",?\s+but\s+(?:[\w'’.-]+\s+){0,10}?(?:gave|released|issued|provided|offered|with)\s+"
                           r"(?:an?\s+|the\s+)?(?:updated|revised|corrected|new)\s+(?:information|figures?|numbers?|"
                           r"counts?|tolls?|tall(?:y|ies)|estimates?|details)\b|,?\s+but\s+(?:[\w'’.-]+\s+){0,6}?"
                           r"(?:later|since)\s+(?:updated|revised|corrected|raised|lowered)\b", re.I)
"""A clause saying the count before it was corrected: 'but' and, within a few words, updated (revised, corrected,
new) information or figures given, or a count later revised. Shapes taken from the h18audit item above (its only
superseded report in a sentence of its own); ten words let a titled name ('Lt. Col. Ama Forde') stand between."""


def superseded_before(text: str) -> int:
    """Where a clause correcting the count before it (:data:`UPDATED_AFTER`) starts; 0 when none."""
    found = UPDATED_AFTER.search(text)
    return found.start() if found else 0


def first_reports(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims before a correcting clause marked as the earlier report's (subject '… (earlier report)')."""
    corrected = superseded_before(text)
    return [Claim(c.measure, f"{c.subject or ''} {EARLIER_REPORT}".lstrip(), c.number, c.end)
            if c.number.start < corrected and not of_another_event(c.subject) else c for c in claims]
