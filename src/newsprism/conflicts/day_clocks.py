"""Times of day of one past event on one named day that outlets give differently, in sentences the alignment need not
link ('was stopped for speeding at approximately 1:30 a.m. Sunday' / 'was driving at about 1:00 am Sunday when the
officers stopped him'; ECB+ 35/ecbplus, issue #18 round 25).

Two times are compared only when:

- each is written with 'a.m.' or 'p.m.' and no zone (a game clock or a time in another zone is no time of this kind),
  after a word that makes it a time of the act (:data:`TIME_LEAD`: 'at', 'about'; a posting time on a line glued to
  the first sentence, 'September 16, 2013 9:36 am A man died on Friday', is none: ECB+ 23/ecbplus in the scan below),
  and its sentence names exactly one weekday, the same in both, and no other clock time;
- **one act**: a past verb of one time's own clause (:func:`~newsprism.conflicts.act_verbs.clause_verbs`, no verb of
  reporting) is a past verb of the other's sentence;
- the two times differ (:func:`~newsprism.values.clocks_agree`: 'about' takes a quarter hour);
- **each article one time** for that day and verb, and no article of one side writes the other side's time
  anywhere (an article that tells two times of one evening, polls closing in two states, is no side);
- the articles were written within :data:`~.weekdays.WEEK_DAYS` days of each other (else one weekday may name two
  days);
- no generic or projected sentence (:data:`~newsprism.conflicts.figured.GENERIC`, ``PROJECTION``).

Scanned when made (round 25, every ECB+ topic, the 2,452 NeuS train lines and the AllSides roundups; sentences naming
one weekday and a time sharing a past verb in '-ed' anywhere): one pair of differing times in all, 35/ecbplus's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from newsprism.align import SentenceTable
from newsprism.conflicts.act_verbs import REPORTING, clause_verbs
from newsprism.conflicts.figured import GENERIC, PROJECTION
from newsprism.conflicts.sides import OneValueEach, one_value_conflicts
from newsprism.conflicts.slots import CLAUSE_BREAK
from newsprism.conflicts.weekdays import WEEK_DAYS
from newsprism.figures.verdict import Window, parse_time
from newsprism.lexicon import WEEKDAY_NAMES
from newsprism.model import Conflict, Evidence
from newsprism.values import ClockTime, clock_times, clocks_agree, dates

TIME_LEAD = re.compile(r"\b(?:at|by|around|about|approximately|roughly|shortly|just|before|after|until|till)\s+"
                       r"(?:(?:after|before|at)\s+)?$", re.I)
"""What comes right before a time of an act ('stopped at approximately 1:30 a.m.', 'died about 11am')."""


@dataclass(frozen=True)
class DayClock:
    """One time of day as an article states it: the time, the weekday (0 Monday), the past verbs of the time's own
    clause and of its whole sentence, the sentence."""

    clock: ClockTime
    day: int
    own: frozenset[str]
    verbs: frozenset[str]
    sentence: Evidence


def day_clock_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per act whose time of day on one named day outlets give differently: the pairs of differing
    times that meet (:func:`_meet`) in articles written near in time (:func:`_near`), each article telling one time
    of the act and neither writing the other's, joined into one group per act."""
    items = [item for index, s in enumerate(table.sentences) for item in day_clocks(s.text, table.evidence(index))]
    written = {a.id: parse_time(a.published) for a in table.articles}
    rule = OneValueEach[DayClock](
        kind="date", about=lambda x: f"the time of day ({WEEKDAY_NAMES[x.day].title()}): {x.sentence.text}",
        claim=lambda x: (x.clock.written, x.sentence), meet=_meet, same=lambda x, y: clocks_agree(x.clock, y.clock),
        writes=_writes, close=lambda x, y: _near(written.get(x.sentence.article), written.get(y.sentence.article)))
    return one_value_conflicts(table, items, rule, origin)


def _near(a: Window | None, b: Window | None) -> bool:
    """Either article's time is unknown, or they were written within :data:`~.weekdays.WEEK_DAYS` days: one weekday
    names one day."""
    return a is None or b is None or (b.start - a.end <= timedelta(days=WEEK_DAYS)
                                      and a.start - b.end <= timedelta(days=WEEK_DAYS))


def day_clocks(text: str, evidence: Evidence) -> list[DayClock]:
    """The sentence's time of day, when it gives one with 'a.m.' / 'p.m.', no zone, and one weekday."""
    clocks = clock_times(text)
    days = {d.weekday for d in dates(text) if d.weekday is not None}
    if len(clocks) != 1 or not clocks[0].meridian or clocks[0].zone or len(days) != 1:
        return []
    if not TIME_LEAD.search(text[max(0, clocks[0].start - 30):clocks[0].start]):
        return []
    if GENERIC.search(text) or PROJECTION.search(text):
        return []
    clock = clocks[0]
    own = frozenset(clause_verbs(text, clock.start, clock.end)[0]) - REPORTING
    breaks = [0, *(m.end() for m in CLAUSE_BREAK.finditer(text))]
    verbs = frozenset(v for at in breaks for v in clause_verbs(text, at, at)[0]) - REPORTING
    return [DayClock(clock, days.pop(), own, verbs | own, evidence)] if verbs | own else []


def _meet(x: DayClock, y: DayClock) -> bool:
    """Different articles, one weekday, and a verb of one time's own clause in the other's sentence."""
    return (x.sentence.article != y.sentence.article and x.day == y.day
            and bool(x.own & y.verbs or y.own & x.verbs))


def _writes(text: str, item: DayClock) -> bool:
    """The article writes, somewhere, a time of day that agrees with ``item``'s."""
    return any(clocks_agree(c, item.clock) for c in clock_times(text) if c.meridian and not c.zone)
