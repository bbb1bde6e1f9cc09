"""Counts of things on one named day: two outlets' counts of one thing that each clause gives to the same weekday
('Thursday's 90,456 cases' / 'more than 91,000 infections on Thursday'), compared whatever their clauses' cosine.

:mod:`.amounts` pairs counts by the cosine of their masked clauses (the lead's first count of each noun) or by the
words next to them (:mod:`.body_counts`); a story of daily tallies (cases, tests, flights) gives several days'
counts of one noun in one article, each clause its own day, and those clauses score alike whatever day they count.
A count here is keyed by its thing and its weekday, and only when its own clause (:func:`~newsprism.figures.rivals.
clause_at`) says nothing else of when:

- it names exactly one weekday, not as the day something was said ('the department reported Thursday that ...'; a
  passive 'were reported Friday' is the count's own day);
- it names no other time: no week, month, year, season, time of day, clock time, running total or span of hours
  (:data:`OTHER_TIME`), so a count 'by Monday night' never meets one 'as of Monday afternoon', nor one day's count a
  week's ('last week's 5.2 million claims, the department said Thursday'); no weekday of another week ('last
  Thursday') and no written date (a month or year: the dated checks');
- no projection or estimate (:data:`ESTIMATE`): the expected count is another measure than the count;
- the same names next to it (:func:`~newsprism.conflicts.body_counts.names_near`, weekdays left out): one state's
  count never meets the country's.

The counts of one key then go through :func:`~newsprism.conflicts.amounts.contradict` like any other (bounds,
changes, ratio; an article that states both values takes no side). Issue #18 round 24 (C14), on the dev stories of
``eval disagreements`` (NeuS train 2046: a day's cases, 90,456 / 'more than 91,000'); over all NeuS train lines and
AllSides roundups the key groups 4 stories, 3 of them agreeing. The names guard keeps 'Biles and three fellow
gymnasts' from 'the four Olympic gymnasts' (AllSides 5699, a look-alike the key without names would join).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsprism.conflicts.body_counts import names_near, of_others, thing
from newsprism.figures.rivals import clause_at
from newsprism.lexicon import FORECAST, WEEKDAY_NAMES, alternation
from newsprism.model import Evidence
from newsprism.values import Quantity, clock_times, dates, quantities

OTHER_WEEK = re.compile(r"\b(?:last|previous|prior|next|following|coming)\s+(?:" + alternation(WEEKDAY_NAMES) + r")\b",
                        re.I)
"""A weekday of another week ('last Thursday', 'the previous Friday'): no key of a day of the story's week."""
SAID_ON = re.compile(r"\b(?<!were\s)(?<!was\s)(?<!been\s)(?<!are\s)(?<!is\s)(?:said|says|told|announced|reported|"
                     r"confirmed|released|published)\s+(?:on\s+|late\s+|early\s+)?$", re.I)
"""An active verb of saying right before the weekday: the day of the statement, not of the count ('the Labor
Department reported Thursday that ...'); 'were reported Friday' (passive) is the count's own day."""
OTHER_TIME = re.compile(r"\b(?:weeks?|weekend|weekly|months?|monthly|years?|annual|seasons?|quarters?|morning|"
                        r"afternoon|evening|night|overnight|noon|midnight|hours?|as\s+of|so\s+far|to\s+date|since|"
                        r"total|cumulative|until|through|yesterday|today|tomorrow)\b", re.I)
"""Words of another time or span in the count's clause: a week's, a month's, a running total's or a time of day's
count ('by Monday night', 'as of Monday afternoon'), never keyed by the weekday alone."""
ESTIMATE = re.compile(r"\b(?:" + FORECAST + r"|expect\w*|estimat\w*|economists|analysts|survey\w*|"
                      r"revis\w*|could|would|may|might|if|average\w*)\b", re.I)
"""A projection, an estimate, a revision, a condition or an average in the clause: another measure than the day's
count."""

Key = tuple[str, str, frozenset[str]]
"""(thing counted, weekday, names next to the count)."""


def day_key(text: str, q: Quantity) -> Key | None:
    """The key of the count ``q`` in the sentence ``text`` when its own clause gives it one day of the story's week
    and nothing else of when; None otherwise."""
    clause = clause_at(text, q.start)
    stated = dates(clause)
    weekdays = [d for d in stated if d.weekday is not None]
    days = {WEEKDAY_NAMES[d.weekday] for d in weekdays if d.weekday is not None}
    if len(days) != 1 or OTHER_WEEK.search(clause) or OTHER_TIME.search(clause) or ESTIMATE.search(clause):
        return None
    if clock_times(clause) or any(d.month or d.year for d in stated) or any(
            SAID_ON.search(clause[:d.start]) for d in weekdays):
        return None
    names = frozenset(n for n in names_near(text, q) if n.lower() not in WEEKDAY_NAMES)
    return thing(q, text), days.pop(), names


def day_groups(sentences: list[Evidence], counted: Callable[[str, Quantity], bool]) -> list[list[tuple[Evidence,
                                                                                                          Quantity]]]:
    """The counts of the ``sentences`` (``counted``: the counts of things compared) that share one :func:`day_key`,
    from two articles at least."""
    by_key: dict[Key, list[tuple[Evidence, Quantity]]] = {}
    for sentence in sentences:
        for q in quantities(sentence.text):
            if q.dimension.startswith("count:") and counted(sentence.text, q) and not of_others(sentence.text, q):
                key = day_key(sentence.text, q)
                if key is not None:
                    by_key.setdefault(key, []).append((sentence, q))
    return [group for group in by_key.values() if len({s.article for s, _ in group}) >= 2]
