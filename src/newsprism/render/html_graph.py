"""The provenance graph as SVG: articles as boxes, reuse as arrows from the source to the article that reuses it.

Articles are laid out in columns by depth (a source left of what copies it); a
pair whose direction is unknown is drawn without an arrowhead, dashed; articles
that reuse nothing and are reused by nobody sit in their own block on the right.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from newsprism.model import Report, Reuse
from newsprism.render.html_text import Anchors

NODE_W, NODE_H = 210, 50
"""Box size in SVG units: room for an outlet name of about 26 characters at 13px."""
COL_GAP, ROW_GAP = 160, 26
"""Gaps between columns (room for an edge label) and rows; chosen by eye on the example story."""
ISOLATED_ROWS = 8
"""Articles without reuse wrap into a new column after this many rows, so a big story stays compact."""


@dataclass(frozen=True)
class _Box:
    x: float
    y: float


def provenance_svg(report: Report, anchors: Anchors) -> str:
    """The graph as an inline <svg>, or a sentence when there are no articles."""
    if not report.articles:
        return '<p class="empty">No articles.</p>'
    edges = [r for r in report.reuse if r.relation != "independent"]
    boxes, width, height = _layout(report, edges)
    parts = [_edge(r, boxes, anchors) for r in edges if r.a in boxes and r.b in boxes]
    parts += [_node(article_id, box, anchors) for article_id, box in boxes.items()]
    linked = {r.a for r in edges} | {r.b for r in edges}
    headings = {"Reuse (source → copy)": [b for i, b in boxes.items() if i in linked],
                "No reuse found": [b for i, b in boxes.items() if i not in linked]}
    parts += [f'<text class="column-heading" x="{min(b.x for b in group):.0f}" y="18">{heading}</text>'
              for heading, group in headings.items() if group]
    label = (f"Provenance graph: {len(report.articles)} articles, {len(edges)} reuse relations; "
             "the list below states each one")
    return (f'<svg class="graph" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" role="img" '
            f'aria-label="{escape(label)}" preserveAspectRatio="xMinYMin meet">'
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" '
            'markerWidth="11" markerHeight="11" orient="auto-start-reverse">'
            '<path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>'
            + "".join(parts) + "</svg>")


def _depths(ids: list[str], edges: list[Reuse]) -> dict[str, int]:
    """Longest chain of known sources above each article (0 for an article that copies nothing known)."""
    depth = dict.fromkeys(ids, 0)
    directed = [(r.source, r.b if r.source == r.a else r.a) for r in edges if r.source in (r.a, r.b)]
    for _ in ids:
        changed = False
        for source, copy in directed:
            if source in depth and copy in depth and depth[copy] < depth[source] + 1 <= len(ids):
                depth[copy] = depth[source] + 1
                changed = True
        if not changed:
            break
    return depth


def _layout(report: Report, edges: list[Reuse]) -> tuple[dict[str, _Box], float, float]:
    ids = [a.id for a in report.articles]
    linked = {r.a for r in edges} | {r.b for r in edges}
    depth = _depths([i for i in ids if i in linked], edges)
    columns: dict[int, list[str]] = {}
    for article_id in ids:
        if article_id in linked:
            columns.setdefault(depth[article_id], []).append(article_id)
    isolated = [i for i in ids if i not in linked]
    base = max(columns) + 1 if columns else 0
    for n, article_id in enumerate(isolated):
        columns.setdefault(base + n // ISOLATED_ROWS, []).append(article_id)
    boxes: dict[str, _Box] = {}
    top = 34.0
    for column, members in sorted(columns.items()):
        for row, article_id in enumerate(members):
            boxes[article_id] = _Box(10 + column * (NODE_W + COL_GAP), top + row * (NODE_H + ROW_GAP))
    width = max(b.x for b in boxes.values()) + NODE_W + 70
    height = max(b.y for b in boxes.values()) + NODE_H + 16
    return boxes, width, height


def _edge(reuse: Reuse, boxes: dict[str, _Box], anchors: Anchors) -> str:
    directed = reuse.source in (reuse.a, reuse.b)
    source = reuse.source if directed and reuse.source else reuse.a
    copy = reuse.b if source == reuse.a else reuse.a
    s, c = boxes[source], boxes[copy]
    if abs(s.x - c.x) < 1:
        x = s.x + NODE_W
        sy, cy = s.y + NODE_H / 2, c.y + NODE_H / 2
        bend = x + 40 + abs(cy - sy) / 6
        path = f"M{x:.0f},{sy:.0f} C{bend:.0f},{sy:.0f} {bend:.0f},{cy:.0f} {x:.0f},{cy:.0f}"
        lx, ly = bend - 10, (sy + cy) / 2
    else:
        left, right = (s, c) if s.x < c.x else (c, s)
        x1, y1, x2, y2 = left.x + NODE_W, left.y + NODE_H / 2, right.x, right.y + NODE_H / 2
        mid = (x1 + x2) / 2
        path = f"M{x1:.0f},{y1:.0f} C{mid:.0f},{y1:.0f} {mid:.0f},{y2:.0f} {x2:.0f},{y2:.0f}"
        lx, ly = mid, (y1 + y2) / 2
    marker = ' marker-end="url(#arrow)"' if directed else ""
    if directed and s.x > c.x:
        marker = ' marker-start="url(#arrow)"'
    text = f"{reuse.relation} {reuse.coverage:.0%}"
    title = (f"{anchors.label(copy)} {'reuses' if directed else 'shares text with'} {anchors.label(source)}: "
             f"{reuse.relation}, coverage {reuse.coverage:.0%}, {len(reuse.passages)} passages, "
             f"{len(reuse.changes)} changes")
    return (f'<g class="edge {reuse.relation}{"" if directed else " undirected"}"><title>{escape(title)}</title>'
            f'<path d="{path}"{marker}/>'
            f'<rect class="edge-label" x="{lx - 44:.0f}" y="{ly - 10:.0f}" width="88" height="20" rx="10"/>'
            f'<text x="{lx:.0f}" y="{ly + 4:.0f}" text-anchor="middle">{escape(text)}</text></g>')


def _node(article_id: str, box: _Box, anchors: Anchors) -> str:
    label = anchors.label(article_id)
    full = f"{label}: {anchors.title(article_id)}" if anchors.title(article_id) else label
    sub = anchors.title(article_id) or "no headline"
    sub = sub if len(sub) <= 30 else sub[:29] + "…"
    label = label if len(label) <= 26 else label[:25] + "…"
    return (f'<a href="#{anchors.article(article_id)}" class="node"><title>{escape(full)}</title>'
            f'<rect x="{box.x:.0f}" y="{box.y:.0f}" width="{NODE_W}" height="{NODE_H}" rx="8"/>'
            f'<circle cx="{box.x + 20:.0f}" cy="{box.y + NODE_H / 2:.0f}" r="12" class="badge"/>'
            f'<text x="{box.x + 20:.0f}" y="{box.y + NODE_H / 2 + 4:.0f}" text-anchor="middle" class="badge-text">'
            f'{anchors.number(article_id)}</text>'
            f'<text x="{box.x + 40:.0f}" y="{box.y + 21:.0f}" class="node-title">{escape(label)}</text>'
            f'<text x="{box.x + 40:.0f}" y="{box.y + 38:.0f}" class="node-sub">{escape(sub)}</text></a>')


def provenance_list(report: Report, anchors: Anchors) -> str:
    """The same relations as text (for screen readers, print and small screens)."""
    items = []
    for r in report.reuse:
        if r.relation == "independent":
            continue
        directed = r.source in (r.a, r.b)
        copy = r.b if r.source == r.a else r.a
        who = (f"{_who(copy, anchors)} reuses {_who(r.source or r.a, anchors)}" if directed
               else f"{_who(r.a, anchors)} and {_who(r.b, anchors)} share text (direction unknown)")
        changes = f", {len(r.changes)} changed {'slot' if len(r.changes) == 1 else 'slots'}" if r.changes else ""
        items.append(f'<li><span class="tag tag-{r.relation}">{r.relation}</span> {who}: coverage '
                     f'{r.coverage:.0%}, {len(r.passages)} aligned passages{changes}. '
                     f'<button type="button" class="linkish" data-compare="{escape(r.a)}|{escape(r.b)}">'
                     'Compare side by side</button></li>')
    if not items:
        return '<p class="empty">No article copies or rewrites another: every article is independent.</p>'
    independent = [a.id for a in report.articles
                   if all(r.relation == "independent" for r in report.reuse if a.id in (r.a, r.b))]
    tail = (f"<li>Independent of all the others: {', '.join(_who(i, anchors) for i in independent)}.</li>"
            if independent else "")
    return f'<ul class="relations">{"".join(items)}{tail}</ul>'


def _who(article_id: str, anchors: Anchors) -> str:
    return (f'<a href="#{anchors.article(article_id)}"><span class="num">{anchors.number(article_id)}</span> '
            f'{escape(anchors.label(article_id))}</a>')
