"""Percentages with their holder: a share is compared across the story only with a share of the same place and the
same measure (issue #18, round 21: one country's share of its traffic cut, 80 % in one outlet and 'up to 70' in
another, another country's 65 % / 60 %, each stated in a list of countries; ECB+ 30/ecb).

A percentage alone says nothing of whose it is: 'India's growth of 7%' and 'Egypt's 7.5%' never meet, nor the same
country's growth and its inflation. So a percentage is compared (:mod:`.amounts`) only when its own segment of the
sentence names a place (:func:`holder`: a country, a US state or a region of :data:`newsprism.lexicon.CONTAINERS`),
and it becomes a dimension of its own, 'percent:egypt'; two such shares meet only when their measure words share a
stem (:func:`same_measure`), besides the amounts' cosine of their masked clauses.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from newsprism.conflicts.body_counts import measure_stems
from newsprism.lexicon import CONTAINERS
from newsprism.values import Quantity, agree, consistent, quantities

PERCENT = "percent"
HELD = "percent:"
"""The prefix of a held share's dimension ('percent:india')."""
BOUNDARY = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\bwhile\b|\bwhereas\b|\bbut\b", re.I)
"""What ends a share's own segment of the sentence: a comma, a dash, a bracket, or a clause of contrast ('40% of
fuel in Peru, and 25% in Chile'; '30% of flights to Kenya were cancelled, while trains ran')."""
PLACE_WORDS = 2
"""Words of the longest place names of :data:`~newsprism.lexicon.CONTAINERS` ('saudi arabia', 'middle east')."""
UPPER_ONLY = frozenset({"us", "uk"})
"""Place names that are also lower-case words: read only in capitals ('US', not the pronoun 'us')."""
SEGMENT_WORDS = 12
"""Words of a segment read for the holder and measure: a share's own phrase ('of the grid in Norway'), not a
long clause that runs on to other places ('... cut after the cables were damaged south of Italy')."""


def held(text: str, q: Quantity) -> Quantity:
    """The percentage as a share of its place ('percent:india'), or unchanged (no percentage, or no place named)."""
    if q.dimension != PERCENT:
        return q
    places = holder(text, q)
    return replace(q, dimension=HELD + "+".join(sorted(places))) if places else q


def held_quantities(text: str) -> list[Quantity]:
    """The sentence's quantities (:func:`newsprism.values.quantities`), each percentage with its place
    (:func:`held`)."""
    return [held(text, q) for q in quantities(text)]


def holder(text: str, q: Quantity) -> frozenset[str]:
    """The places named in the share's own segment (:func:`segment`), lower case: after the figure ('65% of traffic
    to Kenya'), else before it ('power in Norway was down by 80 percent', 'India's growth of 7%')."""
    after, before = segment(text, q)
    return _places(after) or _places(before)


def segment(text: str, q: Quantity) -> tuple[str, str]:
    """The text after the figure up to the next boundary or other figure, and before it back to the previous one
    (:data:`BOUNDARY`, another percentage), :data:`SEGMENT_WORDS` words each at most."""
    others = [x for x in quantities(text) if x.dimension == PERCENT and x.start != q.start]
    end = min([m.start() for m in BOUNDARY.finditer(text, q.end)] + [x.start for x in others if x.start >= q.end]
              + [len(text)])
    start = max([m.end() for m in BOUNDARY.finditer(text, 0, q.start)] + [x.end for x in others if x.end <= q.start]
                + [0])
    after = " ".join(text[q.end:end].split()[:SEGMENT_WORDS])
    before = " ".join(text[start:q.start].split()[-SEGMENT_WORDS:])
    return after, before


def _places(words: str) -> frozenset[str]:
    """Place names of :data:`~newsprism.lexicon.CONTAINERS` written capitalised in ``words`` ('Saudi Arabia',
    "India's"), not as the start of a longer name ('France Telecom')."""
    tokens = [re.sub(r"['’]s$", "", t) for t in re.findall(r"[A-Za-z][\w'’.-]*", words)]
    found: set[str] = set()
    for size in range(PLACE_WORDS, 0, -1):
        for i in range(len(tokens) - size + 1):
            name = tokens[i:i + size]
            key = " ".join(name).lower().replace(".", "")
            longer = i + size < len(tokens) and tokens[i + size][:1].isupper()  # 'France Telecom', 'India Today'
            if key in CONTAINERS and all(t[:1].isupper() for t in name) and not longer and (
                    key not in UPPER_ONLY or name[0].replace(".", "").isupper()):
                found.add(key)
    return frozenset(found)


def share_measure(text: str, q: Quantity) -> frozenset[str]:
    """The stems of the share's measure words (:func:`~newsprism.conflicts.body_counts.measure_stems`) in its own
    segment; where it has none (a list's later item: 'in Chile by 25 percent'), those of the whole sentence."""
    after, before = segment(text, q)
    words = len(before.split()), len(after.split())
    own = measure_stems(text, q, *words) if any(words) else set()
    return frozenset(own or measure_stems(text, q, len(text.split()), len(text.split())))


def same_measure(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """Two held shares measure one thing: their measure stems (:func:`share_measure`) meet."""
    return bool(share_measure(a_text, a) & share_measure(b_text, b))


def masked_share(text: str, q: Quantity) -> str | None:
    """The sentence without the share, for a share whose clause is too short to embed (a list's item: ', in Chile by
    25 percent.'); None for a percentage of no place."""
    return " ".join((text[:q.start] + " " + text[q.end:]).split()) if q.dimension.startswith(HELD) else None


def takes_no_side(q: Quantity, group: list[Quantity]) -> bool:
    """A held share written as a bound ('up to 80 percent') that two values of the group which cannot both be true
    both satisfy ('80 percent' / 'up to 70 per cent', ECB+ 30/ecb): it supports neither side."""
    if not q.dimension.startswith(HELD) or q.bound not in ("above", "below"):
        return False
    met = [x for x in group if x is not q and agree(q, x)]
    return any(not consistent(a, b) for a, b in itertools.combinations(met, 2))
