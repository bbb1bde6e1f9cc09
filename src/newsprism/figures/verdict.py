"""Sides and verdicts of one figure: which articles give which value, and whether the values agree, were updated
(a later report gives a new value) or are disputed (different values in the same time window)."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from newsprism.figures.hospital import via_hospital
from newsprism.figures.rivals import consistent, rivals, same_value
from newsprism.model import FigureSide, FigureValue, FigureVerdict
from newsprism.values.ages import ages as read_ages

__all__ = ["article_values", "consistent", "history", "same_value", "sides", "verdict"]

SAME_WINDOW = timedelta(hours=1)
"""Two reports less than an hour apart are one time window: a different value between them is a dispute, not an
update (wires and outlets republish within minutes; tolls move over hours)."""
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Window:
    """When the articles of one side were published: [start, end) (a date alone covers its whole day)."""

    start: datetime
    end: datetime


def article_values(values: list[FigureValue]) -> dict[str, FigureValue]:
    """Each article's value: the one it states most often, ties to the first in its text. A count in figures
    outranks a count of the people taken to a hospital (:func:`.hospital.via_hospital`), which outranks one person
    named by a determiner ('four people were shot' over 'a 24-year-old man was shot': one of
    them); one person each of several ages ('a 33-year-old man', 'a 29-year-old man') are added up."""
    chosen: dict[str, FigureValue] = {}
    for article in dict.fromkeys(v.article for v in values):
        own = [v for v in values if v.article == article]
        counted = [v for v in own if v.written.lower() not in ONE_PERSON]
        counted = [v for v in counted if not via_hospital(v.mention.text)] or counted
        if not counted:
            total = _distinct_people(own)
            own = [total] if total is not None else own
        else:
            own = _without_lower_bounds(counted)
        counts = Counter((v.value, v.qualifier) for v in own)
        chosen[article] = max(own, key=lambda v: (counts[(v.value, v.qualifier)], -own.index(v)))
    return chosen


def _without_lower_bounds(own: list[FigureValue]) -> list[FigureValue]:
    """An article's values less its lower bounds that a larger value of its own meets ('at least one person
    injured' and 'injured four others': four)."""
    top = max(v.value for v in own)
    kept = [v for v in own if not (v.qualifier == "at least" and v.value < top)]
    return kept or own


ONE_PERSON = frozenset({"a", "an", "another", "the", "his", "her", "their"})
"""Words the measures read as one person ('a man was shot', 'wounding another'): several of them may be several
people."""


def _distinct_people(own: list[FigureValue]) -> FigureValue | None:
    """One person each, of two ages or more: their number (as written by the first, with the count)."""
    ages = {years[0] for v in own if (years := [a.years for a in read_ages(v.mention.text) if a.form == "year-old"])}
    if len(ages) < 2 or len(ages) != len({v.mention.text for v in own}):
        return None
    first = own[0]
    return first.model_copy(update={"value": float(len(ages)), "written": f"{len(ages)} ({first.written} ...)"})


def sides(chosen: dict[str, FigureValue], origins: Callable[[list[str]], int]) -> list[tuple[FigureSide, FigureValue]]:
    """One side per distinct value (articles in order), earliest first; each with its first value."""
    groups: list[list[FigureValue]] = []
    for value in chosen.values():
        group = next((g for g in groups if same_value(g[0], value)), None)
        if group is None:
            groups.append([value])
        else:
            group.append(value)
    built = [(_side(g, origins), g[0]) for g in groups]
    return sorted(built, key=lambda s: (_sort_time(s[0].first_published), -s[0].origins))


def _side(group: list[FigureValue], origins: Callable[[list[str]], int]) -> FigureSide:
    articles = [v.article for v in group]
    times = sorted(t for v in group if (t := v.published))
    return FigureSide(claim=group[0].written, value=group[0].value, articles=articles, origins=origins(articles),
                      first_published=times[0] if times else None, last_published=times[-1] if times else None)


def verdict(built: list[tuple[FigureSide, FigureValue]], measure: str = "") -> FigureVerdict:
    """agreed (one value, or values that can all be true: bounds that both hold, counts of another scope or time,
    a forecast beside the count), updated (each value later than the one before it), disputed (two values that
    are rivals, :func:`~newsprism.figures.rivals.rivals`, in the same time window or at unknown times)."""
    if len(built) < 2:
        return "agreed"
    windows = [w for s, _ in built if (w := window(s)) is not None]
    if len(windows) == len(built) and all(_later(a, b) for a, b in itertools.pairwise(windows)):
        return "updated"
    values = [v for _, v in built]
    return "disputed" if any(rivals(x, y, measure) for x, y in itertools.combinations(values, 2)) else "agreed"


def _later(a: Window, b: Window) -> bool:
    """``b`` was published after ``a``'s window: a day later, or (two moments) an hour later at least."""
    if a.start == a.end and b.start == b.end:
        return b.start >= a.end + SAME_WINDOW
    return b.start >= a.end


def window(side: FigureSide) -> Window | None:
    first, last = parse_time(side.first_published), parse_time(side.last_published)
    if first is None or last is None:
        return None
    return Window(first.start, last.end)


def parse_time(text: str | None) -> Window | None:
    """A publication time as a window: a date covers its day, a date-time is one moment."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    moment = moment.replace(tzinfo=None) - (moment.utcoffset() or timedelta(0))
    if len(text) <= 10:
        return Window(moment, moment + DAY)
    return Window(moment, moment)


def history(built: list[tuple[FigureSide, FigureValue]]) -> str:
    """'127 by 2015-11-14T02:00, 129 by 2015-11-14T14:00' (each value with its first report's time); the value
    alone when there is one."""
    if len(built) == 1:
        return built[0][0].claim
    return ", ".join(f"{s.claim} by {s.first_published}" if s.first_published else f"{s.claim} (time unknown)"
                     for s, _ in built)


def _sort_time(text: str | None) -> datetime:
    found = parse_time(text)
    return found.start if found else datetime.max
