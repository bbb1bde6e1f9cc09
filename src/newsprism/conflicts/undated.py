"""Dates written without a year that the timeline could not place (no article time to take the year from): a day of
the month ('On November 19, Tabar sank ...') or a month alone ('the rule, finalized in December'). They are given
the year :data:`UNDATED_YEAR` and compared only with dates of their own form (:func:`same_day`): two outlets that
date one event to different months meet whatever the year; an undated date never differs from a year.
"""

from __future__ import annotations

import re

from newsprism.lexicon import RELATIVE_DAYS, WEEKDAY_NAMES
from newsprism.values.dates import DateValue
from newsprism.values.moments import Point, TimeValue, same_time

UNDATED_YEAR = 1
"""The year given to a date written without one and not placed by the timeline: no story is dated to year 1, so such a
value is told apart and compared by month (and day) alone (:func:`same_day`)."""
MONTH_LEAD = re.compile(r"\b(?:in|since|by|until|through|during|before|after|last|of)\s*$", re.I)
"""The words a month alone must follow to be read as a date ('proposed in May', 'made last December', 'until last
December'): a bare month word is as often a name ('August Wilson') or, capitalised at a sentence's start, a verb
('March'). ECB+ 9/ecb and 9/ecbplus, issue #18 round 19: every undated month of their misses follows one."""
MONTH_EDGE = re.compile(r"^[-\s]*(?:end|start|beginning)\b", re.I)
"""A month's end or start ('in November-end'): like 'early December' (no :data:`MONTH_LEAD`), a time near a month's
edge that another outlet may place in the next or the last month (ECB+ 12/ecb: a frigate relieved 'in November-end' /
'early December', round 19)."""

ANOTHER_TIME = re.compile(r"\b(?:(?:last|this|next|past)\s+(?:week|month|year)|ago|"
                          + "|".join(sorted({*RELATIVE_DAYS, *WEEKDAY_NAMES})) + r")\b", re.I)
"""A time relative to the article's own in a month's clause ('hiring rebounded last month after a weak market in
February'): that time dates the clause's event, the month another one's (NeuS train 249, round 19 audit: set
against 'rebounded strongly in March'). Only words of the lexicon's calendar, no value is read here."""


def undated_month_item(value: TimeValue, clause: str) -> bool:
    """An undated value may stand for its clause: a day always, a month when no time of the article's own is in
    the clause (:data:`ANOTHER_TIME`)."""
    return value.precision == "day" or not ANOTHER_TIME.search(clause)


def undated_value(date: DateValue, before: str, after: str) -> TimeValue | None:
    """The value of a date with a month and no year (``before`` and ``after``: the sentence around it), or None: a
    day of the month at day precision, a month alone at month precision when a time word leads it
    (:data:`MONTH_LEAD`) and it names no edge of the month (:data:`MONTH_EDGE`)."""
    if date.month is None or date.year is not None:
        return None
    if date.day is not None:
        return TimeValue(Point(UNDATED_YEAR, date.month, date.day, 0, 0, "day"))
    if not MONTH_LEAD.search(before) or MONTH_EDGE.match(after):
        return None
    return TimeValue(Point(UNDATED_YEAR, date.month, 1, 0, 0, "month"))


def same_day(a: TimeValue, b: TimeValue) -> bool:
    """:func:`~newsprism.values.moments.same_time`, by month and day where a day has no year; a month without a year
    meets only another such month (an undated month may be any year's: 'in October' is no other month than the
    'Aug. 9, 1974' of another clause, ECB+ 28/ecb, round 19); any other pair with an undated date never differs."""
    undated = [v for v in (a, b) if v.start.year == UNDATED_YEAR]
    if not undated:
        return same_time(a, b)
    if a.precision == b.precision == "day" and a.end is None and b.end is None:
        return (a.start.month, a.start.day) == (b.start.month, b.start.day)
    if len(undated) == 2 and a.precision == b.precision == "month":
        return a.start.month == b.start.month
    return True
