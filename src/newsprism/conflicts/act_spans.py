"""How long ago one act was, as outlets give it differently (married 'two weeks ago' / married 'three weeks before'
the killing, ECB+ 16/ecbplus, round 26), in sentences the alignment need not link and with
no person named next to the span (the measures of one person, :mod:`.measured`, need one and two shared words).

A span is a duration (:func:`newsprism.values.quantities`, dimension 'time') right before 'ago', 'before' or
'earlier' (:data:`SPAN_END`). Its act is the past verbs of its own clause before it (:func:`.dated.clause_verbs`,
reporting verbs out): 'married' in 'He had married again roughly two weeks ago' (invented). Two spans of two
articles are of one act when they share such a verb, and no two people stand before them
(:func:`.measured.of_two_people`). They disagree when both cannot hold (:func:`newsprism.values.consistent`), one is
no rounding of the other, they are within :data:`.measured.RATIO` of each other, and their sentences are not dated
or scoped apart (:func:`.figured.apart`). An article that gives one act two spans that do not agree stands on no side.
A generic or projected sentence gives no span.

Reach, scanned before the rule was written (/work/notes/scratch/C16/scan_ago*.py: one verb, a span, 'ago' /
'before' / 'earlier', in two articles of one story): every NeuS train line and AllSides roundup, none; the spec's ECB+
stories, 6 verbs, of which two give two values (16/ecbplus 'married', real; 4/ecb 'suffered', real and already
found by :mod:`.measured`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.ages import story_people
from newsprism.conflicts.dated import REPORTING, clause_verbs
from newsprism.conflicts.figured import GENERIC, PROJECTION, apart
from newsprism.conflicts.measured import RATIO, of_two_people, people_named
from newsprism.conflicts.sides import grouped_conflict, joined
from newsprism.conflicts.slots import rounded_restatement
from newsprism.model import Conflict, Evidence
from newsprism.values import Quantity, agree, consistent, quantities

SPAN_END = re.compile(r"\s+(?:ago|before|earlier)\b", re.I)
"""What makes a duration the time since an act ('two weeks ago', 'three weeks before the trial')."""


@dataclass(frozen=True)
class Span:
    """One span of an act: its verbs (base forms), its duration, its sentence and the people named before it."""

    verbs: frozenset[str]
    quantity: Quantity
    sentence: Evidence
    people: list[tuple[int, str]]


def act_span_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per act whose span outlets give differently."""
    spans = _spans(table)
    groups = joined(spans, lambda x, y: x.sentence.article != y.sentence.article and _meet(x, y) and _differ(x, y))
    conflicts = [_conflict(members, spans, origin) for members in groups]
    return [c for c in conflicts if c is not None]


def _conflict(members: list[Span], spans: list[Span], origin: Callable[[str], int]) -> Conflict | None:
    """The conflict of one act's joined spans, less those of articles that give the act two spans that do not
    agree."""
    acts = frozenset.union(*(s.verbs for s in members))
    torn = {s.sentence.article for s in spans for o in spans if s.verbs & acts and o.verbs & acts
            and o.sentence.article == s.sentence.article and not agree(s.quantity, o.quantity)}
    kept = [s for s in members if s.sentence.article not in torn]
    verb = sorted(frozenset.intersection(*(s.verbs for s in members)) or members[0].verbs)[0]
    return grouped_conflict("number", f"how long ago ({verb})", kept, lambda s: (s.quantity.written, s.sentence),
                            lambda x, y: agree(x.quantity, y.quantity), origin)


def _spans(table: SentenceTable) -> list[Span]:
    surnames = {last for _, last in story_people(table)}
    found = []
    for index, sentence in enumerate(table.sentences):
        text = sentence.text
        if GENERIC.search(text) or PROJECTION.search(text):
            continue
        for q in quantities(text):
            if q.dimension != "time" or not SPAN_END.match(text, q.end):
                continue
            verbs = frozenset(clause_verbs(text[:q.start], q.start, q.start)[0]) - REPORTING
            if verbs:
                found.append(Span(verbs, q, table.evidence(index), people_named(sentence, surnames)))
    return found


def _meet(x: Span, y: Span) -> bool:
    return bool(x.verbs & y.verbs) and not of_two_people(
        x.sentence.text, x.people, x.quantity.start, y.sentence.text, y.people, y.quantity.start)


def _differ(x: Span, y: Span) -> bool:
    a, b = x.quantity, y.quantity
    if consistent(a, b) or rounded_restatement(a, b) or max(a.low, b.low) > RATIO * min(a.high, b.high):
        return False
    return not apart(x.sentence.text, y.sentence.text)
