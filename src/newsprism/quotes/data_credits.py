"""Data cited 'according to' say nothing in quotation marks. A direct quotation that names no speaker is carried to
the nearest credit before it (extract._carry), and where that credit is data no named body issued ('… than a
month before, according to new state data. ¶ “The shipyards …'), the quotation's own credit was cut by the
crawl: the speaker is unknown, so none is carried (issue #19, E25's flip set, AllSides 5629r 'data from a phase
three clinical trial' (Merck's statement), 5731l (an economist's, cut), 6073r 'federal data' (Biden's words))."""

from __future__ import annotations

import re

from newsprism.quotes.attribution import Attribution
from newsprism.quotes.cue_subjects import DATA_NOUNS

SHOWN_NOUNS = frozenset({"footage", "video", "videos", "draft", "drafts", "images", "photos"})
"""What shows rather than says, cited like data ('according to footage shared on Twitter', 'according to drafts of
an audit': AllSides 5688c, 5673r in E25's flip set)."""
_CITES = re.compile(r"(?:according\s+to|per)$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


def cites_data(text: str, attribution: Attribution) -> bool:
    """The credit is 'according to' (or 'per') data (:data:`DATA_NOUNS`, :data:`SHOWN_NOUNS`) whose source names
    no one: no capitalised word in the source phrase ('revised government data', 'a phase' of 'data from a phase
    three trial'); 'figures from Torvik Machines' names its issuer and keeps its speaker."""
    if attribution.cue is None or attribution.source is None:
        return False
    if not _CITES.search(text[attribution.cue[0]:attribution.cue[1]].strip()):
        return False
    cited = _WORD.findall(text[attribution.cue[1]:attribution.source[1]])
    source = _WORD.findall(text[attribution.source[0]:attribution.source[1]])
    return any(word.lower() in DATA_NOUNS | SHOWN_NOUNS for word in cited) and not any(
        word[0].isupper() for word in source)
