"""How long ago one act was, as outlets give it differently (married 'two weeks ago' / married 'three weeks before'
the killing, ECB+ 16/ecbplus, round 26), in sentences the alignment need not link and with
no person named next to the span (the measures of one person, :mod:`.measured`, need one and two shared words).

A span is a duration (:func:`newsprism.values.quantities`, dimension 'time') right before 'ago', 'before' or
'earlier' (:data:`SPAN_END`). Its act is the past verbs of its own clause before it (:func:`.act_verbs.clause_verbs`,
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
from dataclasses import dataclass, replace

from newsprism.align import SentenceTable
from newsprism.conflicts.act_verbs import REPORTING, clause_verbs
from newsprism.conflicts.ages import story_people
from newsprism.conflicts.figured import GENERIC, PROJECTION, apart
from newsprism.conflicts.measured import RATIO, of_two_people, people_named
from newsprism.conflicts.sides import grouped_conflict, joined
from newsprism.conflicts.slots import CLAUSE_BREAK, rounded_restatement
from newsprism.figures.verdict import DAY, Window, parse_time
from newsprism.model import Conflict, Evidence
from newsprism.values import Quantity, agree, consistent, quantities
from newsprism.values.polarity import base_form

SPAN_END = re.compile(r"\s+(?:ago|before|earlier)\b", re.I)
"""What makes a duration the time since an act ('two weeks ago', 'three weeks before the trial')."""
CAME_BACK = re.compile(r"\b(came|went|moved|headed|flew|drove|walked|got)\s+back\b", re.I)
"""A verb of going with 'back' is a return: 'had moved back to the village about five weeks ago' states the act that
'returned to the village ten weeks ago' does (the shape of ECB+ 32/ecbplus, issue #18), so its span's act is
:data:`RETURN`, not the verb of going ('moved to the coast three years ago' is another act)."""
RETURN = base_form("returned")
HOW_LONG_AGO = "how long ago"
"""What an act's spans are about; the spans are compared as of one time (:func:`_at_one_time`), so a later article's
other span is no update (:func:`newsprism.conflicts.updates.is_update`)."""


@dataclass(frozen=True)
class Span:
    """One span of an act: its verbs (base forms), its duration, its sentence and the people named before it."""

    verbs: frozenset[str]
    quantity: Quantity
    sentence: Evidence
    people: list[tuple[int, str]]
    published: Window | None = None


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
    return grouped_conflict("number", f"{HOW_LONG_AGO} ({verb})", kept, lambda s: (s.quantity.written, s.sentence),
                            lambda x, y: agree(x.quantity, y.quantity), origin)


def _spans(table: SentenceTable) -> list[Span]:
    surnames = {last for _, last in story_people(table)}
    published = {a.id: parse_time(a.published) for a in table.articles}
    found = []
    for index, sentence in enumerate(table.sentences):
        text = sentence.text
        if GENERIC.search(text) or PROJECTION.search(text):
            continue
        for q in quantities(text):
            if q.dimension != "time" or not SPAN_END.match(text, q.end):
                continue
            verbs = _acts(text[:q.start], clause_verbs(text[:q.start], q.start, q.start)[0] - REPORTING)
            if verbs:
                evidence = table.evidence(index)
                people = people_named(sentence, surnames)
                found.append(Span(verbs, q, evidence, people, published.get(evidence.article)))
    return found


def _acts(before: str, verbs: set[str]) -> frozenset[str]:
    """The acts of a span's clause (``verbs``, read from ``before``, the text before the span): a verb of going
    with 'back' in its clause (:data:`CAME_BACK`) is a return."""
    back = {base_form(m.group(1)) for m in CAME_BACK.finditer(CLAUSE_BREAK.split(before)[-1])}
    return frozenset(verbs - back | {RETURN}) if back & verbs else frozenset(verbs)


def _meet(x: Span, y: Span) -> bool:
    return bool(x.verbs & y.verbs) and not of_two_people(
        x.sentence.text, x.people, x.quantity.start, y.sentence.text, y.people, y.quantity.start)


def _differ(x: Span, y: Span) -> bool:
    a, b = _at_one_time(x, y), y.quantity
    if consistent(a, b) or rounded_restatement(a, b) or max(a.low, b.low) > RATIO * min(a.high, b.high):
        return False
    return not apart(x.sentence.text, y.sentence.text)


def _at_one_time(x: Span, y: Span) -> Quantity:
    """``x``'s span as of ``y``'s publication: a span since an act grows as time passes ('three weeks ago' on the 1st
    is 'four weeks ago' on the 8th), by the days between the two publications' windows (a date is a day's window);
    as written where either publication is unknown."""
    q = x.quantity
    if x.published is None or y.published is None:
        return q
    least = (y.published.start - x.published.end) / DAY
    most = (y.published.end - x.published.start) / DAY
    return replace(q, low=q.low + least, high=q.high + most, stated=(q.stated[0] + least, q.stated[1] + most))
