"""Updates are no conflicts: two numbers that one article gives and a later one revises (a count that moves over
hours) are shown by the figures stage as an update ('127 by 02:00, 129 by 14:00'), not as a disagreement.

The figures stage judges its own figures by publication time (:mod:`newsprism.figures.verdict`); this applies the
same windows to the number conflicts found elsewhere (aligned sentences, ranks): when every side's articles were
all published before the next side's, an hour apart at least, the sides follow one another in time.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import timedelta

from newsprism.conflicts.act_spans import HOW_LONG_AGO
from newsprism.figures.verdict import SAME_WINDOW, Window, parse_time
from newsprism.model import Conflict, ConflictSide
from newsprism.values import dates


def is_update(conflict: Conflict, published: Mapping[str, str | None],
              leads: Mapping[str, str] | None = None) -> bool:
    """A number conflict whose sides, ordered by time, each come after the one before (times known for all). With
    the articles' ``leads``, a later side whose articles all date their account to the earlier side's days
    (:func:`_dates_back`) does not come after it."""
    if conflict.kind != "number" or conflict.about.startswith(HOW_LONG_AGO):  # compared as of one time already
        return False
    windows = [_window([published.get(e.article) for e in side.evidence]) for side in conflict.sides]
    if any(w is None for w in windows):
        return False
    ordered = sorted(((w, side) for w, side in zip(windows, conflict.sides, strict=True) if w is not None),
                     key=lambda x: x[0].start)
    return all(_after(a, b) and not (leads is not None and _side_dates_back(a, side, leads, published))
               for (a, _), (b, side) in itertools.pairwise(ordered))


def _side_dates_back(earlier: Window, side: ConflictSide, leads: Mapping[str, str],
                     published: Mapping[str, str | None]) -> bool:
    """Every article of the later ``side`` dates its account back to the ``earlier`` side's days."""
    return all(_dates_back(earlier, leads.get(e.article, ""), published.get(e.article)) for e in side.evidence)


LEAD = 400
"""Characters of an article's start (title, dateline, first paragraph) read for the day it dates its account to."""


def _dates_back(earlier: Window, lead: str, own: str | None) -> bool:
    """The lead writes a day of the month within the earlier side's days, and no other day but the article's own
    ('caught fire yesterday (July 21st)' under a 22 July dateline, against a 21 July article: the count of what the
    crews did that morning is a statement of that moment, not a revised toll; ECB+ 14/ecbplus)."""
    first = earlier.start.date()
    span = max((earlier.end - earlier.start).days, 0)
    inside = {(x.month, x.day) for x in (first + timedelta(days=n) for n in range(span + 1))
              if x < earlier.end.date() or span == 0}
    window = _window([own])
    mine = {(window.start.month, window.start.day)} if window is not None else set()
    found = {(d.month, d.day) for d in dates(lead[:LEAD]) if d.month is not None and d.day is not None}
    return bool(found & inside) and not (found - inside - mine)


def _window(times: list[str | None]) -> Window | None:
    parsed = [parse_time(t) for t in times]
    if not parsed or any(p is None for p in parsed):
        return None
    known = [p for p in parsed if p is not None]
    return Window(min(p.start for p in known), max(p.end for p in known))


def _after(a: Window, b: Window) -> bool:
    """``b`` begins after ``a`` ends: a day later, or (two moments) an hour later at least."""
    if a.start == a.end and b.start == b.end:
        return b.start >= a.end + SAME_WINDOW
    return b.start >= a.end
