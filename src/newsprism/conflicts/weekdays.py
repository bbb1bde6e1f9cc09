"""Weekdays of one past event that outlets give differently, in sentences the alignment need not link ('the singer
checked into the clinic late Wednesday' / 'early Thursday morning, the singer checked into the clinic'; issue #18,
round 15: the dev stories' weekday misses were all in sentences built differently).

A weekday is resolved against each article's own date (:mod:`.dated` leaves it out for that reason), but two
articles that name one event's weekday name one day, whatever day they were written, unless they were written
more than a week apart (:data:`WEEK_DAYS`). Two weekdays are compared only when, read by words alone (precision
first: on the first 500 NeuS/AllSides stories weekdays of two happenings share words far more often than one
happening's do, :data:`newsprism.conflicts.compare.CONTEXT_WORDS`):

- **one verb**: a verb of each weekday's clause (:func:`~newsprism.conflicts.act_verbs.clause_verbs`) is one verb
  ('checked into' / 'checked in') or two verbs of one step (:data:`STEP_VERBS`: 'checked into' / 'entered'), and no
  verb of reporting (:data:`~newsprism.conflicts.act_verbs.REPORTING`: 'confirmed on Friday' dates the statement,
  not the event);
- **one subject or object**: each clause names something (a capitalised word, not the sentence's first, not a
  weekday or month) and they share a name, and neither names a thing (:data:`NAME_WORDS` around the weekday) the
  other sentence does not ('signed Wynn on Tuesday' never meets 'signed Bell on Wednesday'), unless it opens or
  ends a name the other writes shorter (:func:`_named_longer`), or it names the act's doer and the other writes the
  act as its noun (:mod:`.act_nouns`: 'the fatal shooting of Vane') or names the doer by another part of one name the
  story writes (:mod:`.doers`: 'Kade' / 'the Rovers' of 'Kade Rovers');
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
from newsprism.conflicts.act_nouns import noun_act
from newsprism.conflicts.act_verbs import REPORTING, clause_verbs
from newsprism.conflicts.contents import content_numbers
from newsprism.conflicts.doers import doer, holding, story_names
from newsprism.conflicts.figured import GENERIC, PROJECTION
from newsprism.conflicts.sides import grouped_conflict
from newsprism.conflicts.slots import CLAUSE_BREAK
from newsprism.figures.verdict import Window, parse_time
from newsprism.grouping import DisjointSets
from newsprism.lexicon import CALENDAR_NAMES, STOP, WEEKDAY_NAMES
from newsprism.model import Conflict, Evidence
from newsprism.values import dates
from newsprism.values.polarity import base_form, same_verb

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
    doers: frozenset[str] = frozenset()
    """The names of the clause that name who did the act (:func:`.doers.doer`: 'Mr Vane killed Ortega on Sunday').
    """
    held: frozenset[tuple[str, ...]] = frozenset()
    """The story's names that hold the doer's name (:func:`.doers.holding`)."""
    nominal: bool = False
    """The act is written as its noun (:mod:`.act_nouns`), which names no doer."""


def weekday_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per event whose weekday outlets give differently."""
    items = _items(table)
    published = {a.id: a.published for a in table.articles}
    conflicts = [_conflict([items[i] for i in g], origin) for g in _joined(items, published).groups()]
    return [c for c in conflicts if c is not None]


def _joined(items: list[Weekday], published: dict[str, str | None]) -> DisjointSets[int]:
    """The items grouped as joining every two of different articles that meet (:func:`_meet`) on different days,
    written near in time, each article dating the event to its own item's day alone; read once per pair of
    contents (:class:`_Contents`; issue #20: a one-event story reprints its weekday sentences in most of its
    articles, and the item-by-item scan was quadratic in the story's weekdays)."""
    contents = _Contents(items)
    near_all = _all_near([parse_time(published.get(article)) for article in contents.own])
    groups: DisjointSets[int] = DisjointSets()
    for c in range(len(contents.first)):
        for d in range(c + 1, len(contents.first)):
            if contents.first[c].day == contents.first[d].day or not contents.meet(c, d):
                continue
            xs, ys = contents.sided(c, d), contents.sided(d, c)
            # no article is on both sides (its own item of content d would meet d on another day than c's)
            if near_all and xs and ys:  # every item of one side joined with every item of the other: one group
                _join_nodes(groups, [i for x in xs.values() for i in x], [i for y in ys.values() for i in y])
                continue
            for x in xs.values():
                for y in ys.values():
                    if _near_in_time(published, items[x[0]], items[y[0]]):
                        _join_nodes(groups, x, y)
    return groups


class _Contents:
    """The items' distinct contents (all but the article: the day, the words, the sentence, its verbs and names),
    each content's items by article, and whether two contents meet (:func:`_meet_content`), read once."""

    def __init__(self, items: list[Weekday]) -> None:
        self.items = items
        self.content, firsts = content_numbers([(x.day, x.written, x.sentence.text, x.verbs, x.names) for x in items])
        self.first: list[Weekday] = [items[i] for i in firsts]
        self.at: list[dict[str, list[int]]] = [{} for _ in firsts]
        self.own: dict[str, list[int]] = {}
        for i, (x, k) in enumerate(zip(items, self.content, strict=True)):
            self.at[k].setdefault(x.sentence.article, []).append(i)
            self.own.setdefault(x.sentence.article, []).append(i)
        self._met: dict[tuple[int, int], bool] = {}

    def meet(self, c: int, d: int) -> bool:
        key = (c, d) if c < d else (d, c)
        found = self._met.get(key)
        if found is None:
            found = self._met[key] = _meet_content(self.first[key[0]], self.first[key[1]])
        return found

    def sided(self, c: int, d: int) -> dict[str, list[int]]:
        """The items of content ``c`` by article, in the articles whose every weekday that meets content ``d`` is
        on ``c``'s day (an article that dates the event to two days is no side)."""
        day = self.first[c].day
        return {article: found for article, found in self.at[c].items()
                if all(self.items[o].day == day for o in self.own[article] if self.meet(self.content[o], d))}


def _all_near(times: list[Window | None]) -> bool:
    """Every two articles are near in time (:func:`_near_in_time`): the latest start within :data:`WEEK_DAYS` of
    the earliest end of the dated ones."""
    known = [t for t in times if t is not None]
    return not known or max(t.start for t in known) - min(t.end for t in known) <= timedelta(days=WEEK_DAYS)


def _join_nodes(groups: DisjointSets[int], x: list[int], y: list[int]) -> None:
    for i in (*x, *y):
        groups.join(x[0], i)


def _items(table: SentenceTable) -> list[Weekday]:
    found = []
    names_written = story_names(s.text for s in table.sentences)
    for index, sentence in enumerate(table.sentences):
        text = sentence.text
        if GENERIC.search(text) or PROJECTION.search(text):
            continue
        for d in dates(text):
            if d.weekday is None:
                continue
            noun = noun_act(text, d.start)
            if noun is not None:
                found.append(Weekday(d.weekday, d.written, table.evidence(index), frozenset({noun.act}),
                                     frozenset({noun.patient}), nominal=True))
                continue
            start, end = _dated_span(text, d.start, d.end)
            verbs = frozenset(v for v in clause_verbs(text, start, end)[0] if v not in REPORTING)
            names = clause_names(text, start, end)
            if verbs and names:
                who = doer(text, start, end)
                found.append(Weekday(d.weekday, d.written, table.evidence(index), verbs, names,
                                     frozenset(who) & names, holding(who, names_written)))
    return found


def _dated_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the weekday's clause is read: the weekday itself, or, for a weekday opening its sentence with its own
    phrase (e.g. 'Late Sunday night, at about 11:40 p.m., the singer landed'), the first clause after that phrase
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
    return x.sentence.article != y.sentence.article and _meet_content(x, y)


def _meet_content(x: Weekday, y: Weekday) -> bool:
    """:func:`_meet` but for the articles: a function of the two items' contents, symmetric."""
    if not (x.names & y.names) or not any(_one_step(a, b) for a in x.verbs for b in y.verbs):
        return False
    return _names_written(x, y) and _names_written(y, x)


def _one_step(a: str, b: str) -> bool:
    """One verb, or two verbs of one step (:data:`STEP_VERBS`)."""
    return same_verb(a, b) or any(a in family and b in family for family in STEP_VERBS)


STEP_VERBS = (frozenset(base_form(w) for w in ("checked", "entered", "admitted")),)
"""Verbs (base forms) that name one step of a story told with different words: going into a clinic, a hospital or
a hotel ('checked into the Promises clinic on Friday' / 'entered the Promises clinic on Tuesday'; ECB+ 1/ecb,
round 18). Each clause must still name what it went into with a shared name."""


def _names_written(x: Weekday, y: Weekday) -> bool:
    """Every name of ``x``'s clause is written in ``y``'s sentence, or opens or ends a name whose other words, two or
    more, the other sentence writes as they stand ('Malibu Promises Treatment Center' / 'Promises Treatment Center':
    one place, named longer; not 'Osterby Clinic' / 'Halvard Clinic'); but for ``x``'s doers where ``y`` writes the
    act as its noun, which names no doer to differ from ('Mr Vane killed Ortega' / 'the fatal shooting of Ortega'),
    or where one name the story writes holds both doers ('New Orleans' / 'the Saints' of 'New Orleans Saints')."""
    other = y.sentence.text
    names = x.names - x.doers if y.nominal or x.held & y.held else x.names
    return all(n in other or _named_longer(n, x.sentence.text, other) for n in names)


def _named_longer(name: str, text: str, other: str) -> bool:
    for run in NAME_RUN.finditer(text):
        words = run.group(0).split()
        core = words[1:] if words[0] == name else words[:-1] if words[-1] == name else []
        if len(core) >= 2 and " ".join(core) in other:
            return True
    return False


NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")
"""Capitalised words in a row: one name as written."""


def _near_in_time(published: dict[str, str | None], x: Weekday, y: Weekday) -> bool:
    """Either article's time is unknown, or they were written within :data:`WEEK_DAYS` of each other."""
    a, b = parse_time(published.get(x.sentence.article)), parse_time(published.get(y.sentence.article))
    return a is None or b is None or (b.start - a.end <= timedelta(days=WEEK_DAYS)
                                      and a.start - b.end <= timedelta(days=WEEK_DAYS))


def _conflict(group: list[Weekday], origin: Callable[[str], int]) -> Conflict | None:
    about = f"the day ({WEEKDAY_NAMES[group[0].day].title()} or another): {group[0].sentence.text}"
    return grouped_conflict("date", about, group, lambda w: (w.written, w.sentence), lambda x, y: x.day == y.day,
                            origin)
