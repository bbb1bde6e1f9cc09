"""The timeline as SVG: a time axis with every dated event at the precision the articles give.

A year or a month is drawn as a bar over its whole length, a day as a short bar or a
dot, a time as a diamond; a range spans its start to its end. Stories mix years-old
background with the hours of the event, so the axis is compressed: each gap between
two dates takes room in proportion to the logarithm of its length in hours, which
keeps a week of events readable beside a date seven years earlier.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from datetime import date
from html import escape

from newsprism.lexicon import MONTH_ABBREVIATIONS
from newsprism.model import Evidence, TimelineEvent
from newsprism.render.html_text import Anchors, cite_link
from newsprism.values.moments import RANK, Point

WIDTH, MARGIN, AXIS_Y = 1000, 40, 0
LANE_H = 26
"""Height of one row of event labels; labels that would overlap go one row up."""
MAX_LANES = 6
"""Beyond this many rows the labels of a dense cluster stack in the last row (the list below has them all)."""


@dataclass(frozen=True)
class _Group:
    """Events with the same date string: one marker."""

    date: str
    precision: str
    start: float
    end: float
    numbers: list[int]


def _bounds(value: str) -> tuple[float, float] | None:
    """Start and end of one ISO date at its own precision, in days since year 1."""
    point = Point.parse(value)
    if point is None:
        return None
    try:
        if point.precision == "year":
            return date(point.year, 1, 1).toordinal(), date(point.year + 1, 1, 1).toordinal()
        if point.precision == "month":
            nxt = date(point.year + point.month // 12, point.month % 12 + 1, 1)
            return date(point.year, point.month, 1).toordinal(), nxt.toordinal()
    except ValueError:
        return None
    start = float(point.as_date().toordinal())
    if point.precision == "day":
        return start, start + 1
    moment = start + (point.hour + point.minute / 60) / 24
    return moment, moment


def interval(value: str) -> tuple[float, float] | None:
    """The span a timeline date covers (``START/END`` from the start of one to the end of the other)."""
    first, _, last = value.partition("/")
    a, b = _bounds(first), _bounds(last or first)
    return (a[0], max(b[1], a[0])) if a and b else None


def _scale(points: list[float]) -> tuple[list[float], list[float]]:
    """Key dates and their x positions on the compressed axis."""
    keys = sorted(set(points))
    xs = [0.0]
    for previous, current in itertools.pairwise(keys):
        xs.append(xs[-1] + math.log1p((current - previous) * 24))
    top = xs[-1] or 1.0
    return keys, [MARGIN + x / top * (WIDTH - 2 * MARGIN) for x in xs]


def _x(t: float, keys: list[float], xs: list[float]) -> float:
    if len(keys) == 1:
        return WIDTH / 2
    for i in range(1, len(keys)):
        if t <= keys[i]:
            share = (t - keys[i - 1]) / ((keys[i] - keys[i - 1]) or 1)
            return xs[i - 1] + share * (xs[i] - xs[i - 1])
    return xs[-1]


def _groups(events: list[tuple[int, TimelineEvent]]) -> list[_Group]:
    groups: dict[str, _Group] = {}
    for number, event in events:
        span = interval(event.date)
        if span is None:
            continue
        group = groups.setdefault(event.date, _Group(event.date, event.precision, span[0], span[1], []))
        group.numbers.append(number)
    return sorted(groups.values(), key=lambda g: (g.start, g.end))


def timeline_svg(events: list[tuple[int, TimelineEvent]]) -> str:
    """The axis with a marker per date and numbered labels that link to the list of events (numbered events)."""
    groups = _groups(events)
    if not groups:
        return ""
    keys, xs = _scale([p for g in groups for p in (g.start, g.end)])
    lanes: list[float] = []
    marks, labels, ticks = [], [], []
    tick_rows: list[float] = [-1e9, -1e9]
    for group in groups:
        x1, x2 = _x(group.start, keys, xs), _x(group.end, keys, xs)
        marks.append(_marker(group, x1, x2))
        text = _numbers(group.numbers)
        centre = (x1 + x2) / 2
        width = 10 + 8 * len(text)
        lane = next((i for i, right in enumerate(lanes) if right < centre - width / 2 - 4), len(lanes))
        lane = min(lane, MAX_LANES - 1)
        if lane == len(lanes):
            lanes.append(0.0)
        lanes[lane] = centre + width / 2
        labels.append((lane, centre, width, text, group))
        ticks.append(_tick(group, x1, tick_rows))
    top = 16 + len(lanes) * LANE_H
    axis = top + 18
    body = [f'<line class="axis" x1="{MARGIN - 20}" y1="{axis}" x2="{WIDTH - MARGIN + 20}" y2="{axis}"/>']
    body += [m.replace("AXIS", str(axis)) for m in marks]
    body += [_label(lane, centre, width, text, group, top, axis) for lane, centre, width, text, group in labels]
    body += [f'<text class="tick" x="{x:.1f}" y="{axis + 24 + row * 16}" text-anchor="middle">{escape(text)}</text>'
             for x, row, text in ticks if row >= 0]
    height = axis + 52
    return (f'<svg class="timeline-axis" viewBox="0 0 {WIDTH} {height}" role="img" '
            f'aria-label="Timeline of {len(events)} events from {escape(groups[0].date)} to '
            f'{escape(groups[-1].date)}; the list below gives each one">' + "".join(body) + "</svg>")


def _marker(group: _Group, x1: float, x2: float) -> str:
    title = f"<title>{escape(group.date)} ({group.precision})</title>"
    if group.precision == "time" and x2 - x1 < 6:
        cx = (x1 + x2) / 2
        return (f'<path class="mark mark-time" d="M{cx:.1f},AXIS m0,-7 l7,7 l-7,7 l-7,-7 z">{title}</path>')
    if x2 - x1 >= 8:
        return (f'<rect class="mark mark-{group.precision}" x="{x1:.1f}" y="AXIS" width="{x2 - x1:.1f}" '
                f'height="12" rx="6" transform="translate(0,-6)">{title}</rect>')
    return f'<circle class="mark mark-{group.precision}" cx="{(x1 + x2) / 2:.1f}" cy="AXIS" r="6">{title}</circle>'


def _label(lane: int, centre: float, width: float, text: str, group: _Group, top: float, axis: float) -> str:
    y = top - lane * LANE_H - 6
    return (f'<a href="#event-{group.numbers[0]}" class="event-label">'
            f'<line x1="{centre:.1f}" y1="{y + 9:.1f}" x2="{centre:.1f}" y2="{axis - 8}"/>'
            f'<rect x="{centre - width / 2:.1f}" y="{y - 9:.1f}" width="{width:.0f}" height="18" rx="9"/>'
            f'<text x="{centre:.1f}" y="{y + 4:.1f}" text-anchor="middle">{escape(text)}</text></a>')


def _tick(group: _Group, x: float, rows: list[float]) -> tuple[float, int, str]:
    """A date label under the axis: x, the first of the rows where it fits (-1 when none has room), text."""
    text = short_date(group.date.split("/")[0], group.precision)
    width = 6.5 * len(text)
    for row, right in enumerate(rows):
        if x - width / 2 > right + 8:
            rows[row] = x + width / 2
            return x, row, text
    return x, -1, text


def short_date(value: str, precision: str) -> str:
    """'2016', 'Feb 2025', '11 Mar 2025', '11 Mar 06:25'."""
    point = Point.parse(value)
    if point is None:
        return value
    if point.precision == "year":
        return f"{point.year:04d}"
    name = MONTH_ABBREVIATIONS[point.month - 1]
    if point.precision == "month":
        return f"{name} {point.year:04d}"
    if point.precision != "time" or precision != "time":
        return f"{point.day} {name} {point.year:04d}"
    return f"{point.day} {name} {point.hour:02d}:{point.minute:02d}"


def long_date(value: str, precision: str) -> str:
    """A date or range for people, with its weekday where the day is known: 'Tue 11 Mar 2025, 06:25'."""
    parts = [_long(p, precision) for p in value.split("/")]
    return " – ".join(parts)


def _long(value: str, precision: str) -> str:
    point = Point.parse(value)
    if point is None or RANK[point.precision] < RANK["day"]:
        return short_date(value, precision)
    text = f"{point.as_date():%a} {point.day} {MONTH_ABBREVIATIONS[point.month - 1]} {point.year}"
    return text + (f", {point.hour:02d}:{point.minute:02d}" if point.precision == "time" else "")


def _numbers(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return str(numbers[0])
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return ",".join(map(str, numbers))


def timeline_list(events: list[tuple[int, TimelineEvent]], anchors: Anchors) -> str:
    """Every event: number, date at its precision, what happened, the articles and their time expressions."""
    items = []
    for number, event in events:
        said = ", ".join(cite_link(anchors, e) + (f' <q>{escape(x.text)}</q>' if x else "")
                         for e, x in _with_expressions(event))
        reference = f'<p class="note">{escape(anchors.humanise(event.reference))}</p>' if event.reference else ""
        range_tag = ' <span class="tag">range</span>' if "/" in event.date else ""
        items.append(
            f'<li id="event-{number}" tabindex="-1"><span class="event-num">{number}</span>'
            f'<div><p class="event-date"><time datetime="{escape(event.date)}">'
            f'{escape(long_date(event.date, event.precision))}</time> '
            f'<span class="tag tag-{event.precision}">{event.precision}</span>{range_tag}</p>'
            f'<p class="event-what">{escape(event.what)}</p><p class="event-sources">{said}</p>{reference}</div></li>')
    return f'<ol class="events" start="{events[0][0] if events else 1}">{"".join(items)}</ol>'


def _with_expressions(event: TimelineEvent) -> list[tuple[Evidence, Evidence | None]]:
    """Each evidence sentence with the time expression its article uses (the first one in that article)."""
    by_article: dict[str, Evidence] = {}
    for expression in event.expressions:
        by_article.setdefault(expression.article, expression)
    return [(e, by_article.get(e.article)) for e in event.evidence]
