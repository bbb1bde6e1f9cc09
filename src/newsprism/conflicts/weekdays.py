"""Weekdays of one past event that outlets give differently, in sentences the alignment need not link ('the singer
checked into the clinic late Wednesday' / 'early Thursday morning, the singer checked into the clinic'; issue #18,
round 15: the dev stories' weekday misses were all in sentences built differently).

A weekday is resolved against each article's own date (:mod:`.dated` leaves it out for that reason), but two
articles that name one event's weekday name one day, whatever day they were written, unless they were written
more than a week apart (:data:`WEEK_DAYS`). Two weekdays are compared only when, read by words alone (precision
first: on the first 500 NeuS/AllSides stories weekdays of two happenings share words far more often than one
happening's do, :data:`newsprism.conflicts.compare.CONTEXT_WORDS`):

- **one verb**: a verb of each weekday's clause (:func:`~newsprism.conflicts.dated.clause_verbs`) is one verb
  ('checked into' / 'checked in'), and no verb of reporting (:data:`~newsprism.conflicts.dated.REPORTING`:
  'confirmed on Friday' dates the statement, not the event);
- **one subject or object**: each clause names something (a capitalised word, not the sentence's first, not a
  weekday or month) and they share a name, and neither names a thing (:data:`NAME_WORDS` around the weekday) the
  other sentence does not ('signed Wynn on Tuesday' never meets 'signed Bell on Wednesday');
- **each article one weekday** for that verb and name: an article that dates the verb to two weekdays (two
  check-ins, an arrest and a release) is no side;
- no generic or projected sentence (:data:`~newsprism.conflicts.figured.GENERIC`, ``PROJECTION``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from newsprism.align import SentenceTable
from newsprism.conflicts.dated import REPORTING, clause_verbs
from newsprism.conflicts.explain import explain
from newsprism.conflicts.figured import GENERIC, PROJECTION
from newsprism.conflicts.sides import Claim, build_sides
from newsprism.conflicts.slots import CLAUSE_BREAK
from newsprism.figures.verdict import parse_time
from newsprism.grouping import DisjointSets
from newsprism.lexicon import CALENDAR_NAMES, STOP, WEEKDAY_NAMES
from newsprism.model import Conflict, Evidence
from newsprism.values import dates
from newsprism.values.polarity import same_verb

WEEK_DAYS = 6
"""Articles written more than this many days apart may name two weeks' same weekday: not compared."""
NAME_WORDS = 6
"""Words on each side of the weekday, within its clause, whose capitalised words name what the weekday dates: the
verb's subject and object ('Smith checked into the Lakeside clinic on Tuesday')."""
FRONTED = re.compile(r"^\W*(?:(?:on|early|late|by|last|this|until)\s+)*$", re.I)
"""What may come before a weekday that opens its sentence ('Early Friday morning, the actress checked in'): the
weekday dates the clause after its own."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True)
class Weekday:
    """One weekday as an article states it: the day (0 Monday), its words, its sentence, the verbs and names of
    its clause."""

    day: int
    written: str
    sentence: Evidence
    verbs: frozenset[str]
    names: frozenset[str]


def weekday_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per event whose weekday outlets give differently."""
    items = _items(table)
    published = {a.id: a.published for a in table.articles}
    by_article: dict[str, list[Weekday]] = {}
    for item in items:
        by_article.setdefault(item.sentence.article, []).append(item)
    groups: DisjointSets[int] = DisjointSets()
    for i, x in enumerate(items):
        for j in range(i + 1, len(items)):
            y = items[j]
            if _meet(x, y) and x.day != y.day and _near_in_time(published, x, y) \
                    and _one_day(by_article[x.sentence.article], x, y) \
                    and _one_day(by_article[y.sentence.article], y, x):
                groups.join(i, j)
    conflicts = [_conflict([items[i] for i in g], origin) for g in groups.groups()]
    return [c for c in conflicts if c is not None]


def _items(table: SentenceTable) -> list[Weekday]:
    found = []
    for index, sentence in enumerate(table.sentences):
        text = sentence.text
        if GENERIC.search(text) or PROJECTION.search(text):
            continue
        for d in dates(text):
            if d.weekday is None:
                continue
            start, end = _dated_span(text, d.start, d.end)
            verbs = frozenset(v for v in clause_verbs(text, start, end)[0] if v not in REPORTING)
            names = clause_names(text, start, end)
            if verbs and names:
                found.append(Weekday(d.weekday, d.written, table.evidence(index), verbs, names))
    return found


def _dated_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the weekday's clause is read: the weekday itself, or, for a weekday opening its sentence with its own
    phrase ('Early Friday morning, around 1:30 a.m., the actress checked in'), the first clause after that phrase
    that is no time phrase."""
    if not FRONTED.match(text[:start]):
        return start, end
    at = end
    for piece in CLAUSE_BREAK.split(text[end:])[:4]:
        at = text.find(piece, at) if piece else at
        words = _WORD.findall(piece)
        if len(words) >= 3 and not any(w.lower().rstrip(".") in {"a", "m", "p", "am", "pm"} for w in words[-2:]):
            return at, at
        at += len(piece)
    return start, end


def clause_names(text: str, start: int, end: int) -> frozenset[str]:
    """Capitalised words within :data:`NAME_WORDS` words of ``text[start:end]`` in its clause, not the sentence's
    first word, no weekday, month or function word."""
    left = CLAUSE_BREAK.split(text[:start])[-1]
    right = CLAUSE_BREAK.split(text[end:])[0]
    first = _WORD.search(text)
    opening = first.start() if first else -1
    left_at = start - len(left)
    words = [(m.group(0), left_at + m.start()) for m in _WORD.finditer(left)][-NAME_WORDS:]
    words += [(m.group(0), end + m.start()) for m in _WORD.finditer(right)][:NAME_WORDS]
    return frozenset(re.sub(r"['’]s$", "", w) for w, at in words if w[:1].isupper() and at != opening
                     and w.lower() not in CALENDAR_NAMES and w.lower() not in STOP and len(w) > 1)


def _meet(x: Weekday, y: Weekday) -> bool:
    """Different articles, one verb, a shared name, and no name of either clause missing from the other's
    sentence."""
    if x.sentence.article == y.sentence.article or not (x.names & y.names):
        return False
    if not any(same_verb(a, b) for a in x.verbs for b in y.verbs):
        return False
    return all(n in y.sentence.text for n in x.names) and all(n in x.sentence.text for n in y.names)


def _one_day(own: list[Weekday], x: Weekday, y: Weekday) -> bool:
    """Every weekday of ``x``'s article (``own``) that meets ``y`` is ``x``'s day."""
    return all(o.day == x.day for o in own if _meet(o, y))


def _near_in_time(published: dict[str, str | None], x: Weekday, y: Weekday) -> bool:
    """Either article's time is unknown, or they were written within :data:`WEEK_DAYS` of each other."""
    a, b = parse_time(published.get(x.sentence.article)), parse_time(published.get(y.sentence.article))
    return a is None or b is None or (b.start - a.end <= timedelta(days=WEEK_DAYS)
                                      and a.start - b.end <= timedelta(days=WEEK_DAYS))


def _conflict(group: list[Weekday], origin: Callable[[str], int]) -> Conflict | None:
    by_key = {str(n): w for n, w in enumerate(group)}
    claims = [Claim(w.written, key, w.sentence) for key, w in by_key.items()]
    sides = build_sides(claims, origin, lambda a, b: by_key[a].day == by_key[b].day)
    if len(sides) < 2:
        return None
    first = group[0]
    about = f"the day ({WEEKDAY_NAMES[first.day].title()} or another): {first.sentence.text}"
    return Conflict(kind="date", about=about, sides=sides, explanation=explain("date", about, sides))
