"""Updates are no conflicts: two numbers that one article gives and a later one revises (a count that moves over
hours) are shown by the figures stage as an update ('127 by 02:00, 129 by 14:00'), not as a disagreement.

The figures stage judges its own figures by publication time (:mod:`newsprism.figures.verdict`); this applies the
same windows to the number conflicts found elsewhere (aligned sentences, ranks): when every side's articles were
all published before the next side's, an hour apart at least, the sides follow one another in time.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from newsprism.figures.verdict import SAME_WINDOW, Window, parse_time
from newsprism.model import Conflict


def is_update(conflict: Conflict, published: Mapping[str, str | None]) -> bool:
    """A number conflict whose sides, ordered by time, each come after the one before (times known for all)."""
    if conflict.kind != "number":
        return False
    windows = [_window([published.get(e.article) for e in side.evidence]) for side in conflict.sides]
    if any(w is None for w in windows):
        return False
    ordered = sorted((w for w in windows if w is not None), key=lambda w: w.start)
    return all(_after(a, b) for a, b in itertools.pairwise(ordered))


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
