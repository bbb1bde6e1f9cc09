"""Universal year-range claims that take a side in a date conflict.

"She has been abroad five times, all between 2014 and 2016" dates no single event, so the timeline holds
nothing to pair with "since her 2011 trip to Rome"; yet it says that no trip fell in 2011. When a date conflict
is found among other articles, an article making such a claim about the same kind of thing joins the one side
whose date the range holds (and only when exactly one side's date falls inside it): it is one more witness
for that side, counted in its origins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import StoryAlignment
from newsprism.model import ConflictSide, Evidence
from newsprism.nlp.encoder import Encoder
from newsprism.nlp.story_encoder import text_vectors
from newsprism.values import dates
from newsprism.values.moments import Point, TimeValue

RANGE_OPENING = re.compile(r"\ball\s+(?:of\s+(?:them|which|it)\s+)?(?:in|between|from|during)\s+", re.I)
RANGE_JOIN = re.compile(r"\s*(?:and|to|through|-|–)\s*", re.I)
"""A range claim: the opening, a year, the join, a year ('all in 2018 and 2019', 'all of them between 2014 and
2016', 'all from 2001 to 2003'); the years are read by :func:`newsprism.values.dates`."""
SAME_KIND = 0.18
"""Cosine between a range claim (its phrase taken out) and the closest clause a conflict dates, from which the
claim is about the same kind of event. The pattern and the one-side rule do most of the filtering; this only
keeps out claims about another kind of thing. Calibrated on the seeds and on sentences we wrote: claims about
trips abroad score 0.43-0.48 (seeds) and 0.21-0.31 (ours: 'has travelled abroad only four times', 'has made
just four foreign trips') against clauses about a previous visit; claims about other things ('opened four new
branches') 0.09-0.12."""


@dataclass(frozen=True)
class RangeClaim:
    """A sentence that places every event of a kind within a span of years."""

    span: TimeValue
    phrase: str
    sentence: Evidence
    rest: str


def range_claims(alignment: StoryAlignment) -> list[RangeClaim]:
    """Every sentence of the story that makes a universal year-range claim."""
    table = alignment.table
    claims = []
    for i, sentence in enumerate(table.sentences):
        found = year_range(sentence.text)
        if found is None or found[0] > found[1]:
            continue
        first, last, start, end = found
        span = TimeValue(Point(first, precision="year"), Point(last, precision="year"))
        rest = (sentence.text[:start] + sentence.text[end:]).strip(" ,.;")
        claims.append(RangeClaim(span, sentence.text[start:end], table.evidence(i), rest))
    return claims


def year_range(text: str) -> tuple[int, int, int, int] | None:
    """(first year, last year, start, end) of the first range claim in ``text``."""
    years = [d for d in dates(text) if d.year is not None and d.month is None and d.weekday is None]
    for opening in RANGE_OPENING.finditer(text):
        first = next((d for d in years if d.start == opening.end()), None)
        last = first and next((d for d in years if d.start > first.end
                               and RANGE_JOIN.fullmatch(text[first.end:d.start])), None)
        if first is not None and last is not None and first.year is not None and last.year is not None:
            return first.year, last.year, opening.start(), last.end
    return None


def join_sides(sides: list[ConflictSide], values: dict[str, TimeValue], clauses: list[str],
               claims: list[RangeClaim], encoder: Encoder, origin: Callable[[str], int]) -> list[ConflictSide]:
    """``sides`` with each fitting range claim of an article on no side added to the one side it supports."""
    taken = {e.article for s in sides for e in s.evidence}
    claims = [c for c in claims if c.sentence.article not in taken]
    if not claims or not clauses:
        return sides
    vectors = text_vectors(encoder, [c.rest for c in claims] + clauses)
    kinship = (vectors[:len(claims)] @ vectors[len(claims):].T).max(axis=1)
    out = list(sides)
    for claim, score in zip(claims, kinship.tolist(), strict=True):
        inside = [k for k, side in enumerate(out) if _within(values.get(side.claim), claim.span)]
        if score >= SAME_KIND and len(inside) == 1 and claim.sentence.article not in _articles(out[inside[0]]):
            out[inside[0]] = _with(out[inside[0]], claim.sentence, origin)
    return sorted(out, key=lambda s: (-s.origins, -s.articles, s.evidence[0].article))


def _within(value: TimeValue | None, span: TimeValue) -> bool:
    if value is None:
        return False
    first, last = span.start.year, (span.end or span.start).year
    return first <= value.start.year <= last and first <= (value.end or value.start).year <= last


def _articles(side: ConflictSide) -> set[str]:
    return {e.article for e in side.evidence}


def _with(side: ConflictSide, evidence: Evidence, origin: Callable[[str], int]) -> ConflictSide:
    articles = [*[e.article for e in side.evidence], evidence.article]
    return side.model_copy(update={"evidence": [*side.evidence, evidence], "articles": len(set(articles)),
                                   "origins": len({origin(a) for a in articles})})

