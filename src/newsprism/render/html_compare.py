"""The side-by-side view: its controls, and the data report.js aligns the two articles from.

The page embeds, for every article, its text, and for every pair that shares
passages, the passages' offsets and each change's value located inside its
sentence; the script lays two articles out in rows, aligning the passages both
articles keep in the same order, and re-renders when the reader picks another pair.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape
from typing import Any

from newsprism.model import Article, Change, Evidence, Report, Reuse
from newsprism.outlets.names import source_names
from newsprism.render.html_text import Anchors
from newsprism.reuse import passage_sentences


def default_pair(report: Report) -> tuple[str, str] | None:
    """The pair with the strongest reuse (copies before independent pairs, then coverage); None under 2 articles."""
    if len(report.articles) < 2:
        return None
    if report.reuse:
        best = max(report.reuse, key=lambda r: (r.relation != "independent", r.coverage, len(r.passages)))
        return best.a, best.b
    return report.articles[0].id, report.articles[1].id


def compare_data(report: Report, anchors: Anchors) -> dict[str, Any]:
    """JSON-ready: the articles (number, label, text) and the reuse of every pair, keyed 'a|b'."""
    articles = [{"id": a.id, "n": anchors.number(a.id), "label": anchors.label(a.id), "title": a.title or "",
                 "anchor": anchors.article(a.id), "text": a.text} for a in report.articles]
    by_id = {a.id: a for a in report.articles}
    pairs = {f"{r.a}|{r.b}": _pair(r, by_id) for r in report.reuse}
    pair = default_pair(report)
    return {"articles": articles, "pairs": pairs, "initial": list(pair) if pair else []}


def _pair(reuse: Reuse, articles: Mapping[str, Article]) -> dict[str, Any]:
    return {
        "relation": reuse.relation,
        "source": reuse.source,
        "coverage": reuse.coverage,
        "passages": [[a.start, a.end, b.start, b.end, round(similarity, 3)]
                     for a, b, similarity in passage_sentences(reuse, articles)],
        "changes": [_change(reuse, c) for c in reuse.changes],
    }


def _change(reuse: Reuse, change: Change) -> dict[str, Any]:
    """A change with the spans of its two values (located in their sentences), oriented as the pair is."""
    a, b = (change.a, change.b) if change.a.article == reuse.a else (change.b, change.a)
    a_value, b_value = (change.a_value, change.b_value) if change.a.article == reuse.a else (
        change.b_value, change.a_value)
    return {"kind": change.kind, "a_value": a_value, "b_value": b_value,
            "a": _locate(a, a_value), "b": _locate(b, b_value)}


def _locate(sentence: Evidence, value: str) -> list[int]:
    """Offsets of ``value`` in the article (first whole-word match in the sentence), else the whole sentence."""
    for flags in (0, re.IGNORECASE):
        match = re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", sentence.text, flags) if value else None
        if match:
            return [sentence.start + match.start(), sentence.start + match.end()]
    return [sentence.start, sentence.end]


def compare_html(report: Report) -> str:
    """Two selects (article A, article B), the pair's description, and the rows the script fills."""
    pair = default_pair(report)
    if pair is None:
        return '<p class="empty">Side by side needs two articles.</p>'
    names = source_names(report.articles)
    selects = "".join(
        f'<div class="field"><label for="compare-{side}">Article {side.upper()}</label>'
        f'<select id="compare-{side}" data-side="{side}">'
        + "".join(f'<option value="{escape(a.id)}"{" selected" if a.id == chosen else ""}>{n}. '
                  f'{escape(names[a.id])}</option>'
                  for n, a in enumerate(report.articles, start=1))
        + "</select></div>"
        for side, chosen in (("a", pair[0]), ("b", pair[1])))
    return (f'<div class="compare-controls">{selects}'
            '<button type="button" id="compare-swap" class="button" aria-label="Swap A and B">⇄ Swap</button>'
            '<label class="check"><input type="checkbox" id="compare-words" checked> Mark reworded words</label>'
            '</div><p id="compare-summary" class="compare-summary" aria-live="polite"></p>'
            '<div class="legend" aria-hidden="true"><span class="k k-passage">1</span> aligned passage '
            '<span class="k k-word">word</span> reworded <del class="k">14</del> <ins class="k">41</ins> '
            'value changed (source → copy)</div>'
            '<div id="compare-view" class="compare"><noscript><p class="empty">The side-by-side view needs '
            'JavaScript; every article is in full under Articles.</p></noscript></div>')
