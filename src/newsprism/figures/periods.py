"""Counts of one day or one week ('3,100 deaths in a single day', 'a single-day record of 1,250', '61 new cases in
the past 24 hours', 'Friday alone', 'more than on any previous day', 'daily deaths of 1,900', 'last week's 5.1 million
claims'): another measure than the whole toll or total, so they never meet it (issue #18, round 17: the figures
stage keeps one value per article and measure, and a one-day count stood as that article's toll beside another
article's whole toll); one-day counts meet one-day counts of the other articles.

The words of a period belong to one number of the sentence: the nearest before them with no ';' between (the words
follow what they qualify: '3,100 deaths on Monday, the most recorded in a single day'), else the first after them ('a
single-day record of 1,250', 'In the past 24 hours, 61 people died'). So '412,000 deaths, including 2,900 in the
past 24 hours' leaves the whole toll a whole toll.
"""

from __future__ import annotations

import re

from newsprism.figures.numbers import ARTICLE_OR_ZERO, read_numbers
from newsprism.figures.sentence_counts import Claim
from newsprism.lexicon import WEEKDAY_NAMES, alternation

PERIODS = {
    "in one day": re.compile(
        r"\b(?:in\s+(?:a\s+single|one|a)\s+day|single[-\s]day|one-day|(?-i:daily)|per\s+day|"
        r"(?:in|over)\s+(?:the\s+)?(?:past|last|previous)\s+(?:24|twenty-four)\s+hours|in\s+24\s+hours|"
        r"(?:" + alternation(WEEKDAY_NAMES) + r")\s+alone|any\s+(?:previous|prior|other|single)\s+day)\b", re.I),
    "in one week": re.compile(
        r"\b(?:in\s+(?:a\s+single|one|a)\s+week|single[-\s]week|one-week|(?-i:weekly)|per\s+week|"
        r"(?:in|over)\s+(?:the\s+)?(?:past|last|previous)\s+(?:week|seven\s+days|7\s+days)|last\s+week['’]s|"
        r"the\s+week\s+(?:ending|ended|through))\b", re.I),
}
"""The words that bound a count to one day or one week (invented examples above; the NeuS train lines whose words
these are: 602, 654, 1136, 1228, 1651, 1992, 2181, 2226, read in round 17). Not a bare weekday ('killed on Tuesday'
is a shooting's whole toll) nor 'last week' alone ('a shooting last week killed three'), nor a name ('the Lumo
Daily News': 'daily' and 'weekly' in lower case only; a gunviolence dev page's photo credit read)."""
REACH_AFTER = 120
"""Characters after a count within which period words are its own ('3,100 deaths on Monday, the most recorded in a
single day since spring': 52 characters)."""
ADJECTIVE = re.compile(r"(?:daily|weekly|single|one-)", re.I)
"""Period words that stand before the noun they qualify ('daily deaths', 'a single-day record of 1,250')."""
REACH_BEFORE = 60
"""Characters before a count within which period words are its own ('a single-day record of 1,250 infections')."""


def periodic(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims of the sentence ``text``, each count that period words bound to one day or week measured as such
    ('killed in one day')."""
    spans = [(n.start, n.end) for n in read_numbers(text) if not ARTICLE_OR_ZERO.fullmatch(n.written)]
    owned: dict[int, str] = {}
    for period, pattern in PERIODS.items():
        for found in pattern.finditer(text):
            owner = _owner(text, spans, found.start(), found.end(), ADJECTIVE.match(found.group(0)) is not None)
            if owner is not None:
                owned.setdefault(owner, period)
    return [Claim(f"{c.measure} {owned[c.number.start]}", c.subject, c.number, c.end) if c.number.start in owned
            else c for c in claims]


def _owner(text: str, spans: list[tuple[int, int]], start: int, end: int, adjective: bool) -> int | None:
    """The start of the number the period words at ``start``-``end`` qualify, whether a figure or not ('including
    2,900 in the past 24 hours' qualifies 2,900, a part, not the toll before it): the nearest before them, else the
    first after them, within reach and with no ';' between; an adjective ('daily deaths hit 2,000') takes the first
    number after it in its clause (no ',' between) first."""
    after = [a for a, _ in spans if a >= end and a - end <= REACH_BEFORE and ";" not in text[end:a]]
    if adjective:
        clause = [a for a in after if "," not in text[end:a]]
        if clause:
            return clause[0]
    before = [b for a, b in spans if b <= start and start - b <= REACH_AFTER and ";" not in text[b:start]]
    if before:
        return next(a for a, b in spans if b == max(before))
    return after[0] if after else None
