"""The HTML report: one self-contained page (CSS, script and data inlined; nothing is fetched to open it).

Sections: the cited summary (each citation is a link to the evidence, highlighted
in its article; citations are grouped by independent origin), the agreed facts, the
sources one by one, their headlines side by side, their wording, the conflicts, the
articles side by side, the provenance graph, the timeline (the story, then the
background), the quotes, the entities and the articles themselves with the
clutter cleaning removed. The page is server-rendered; report.js adds the
side-by-side view, the highlight on a followed citation and the print set-up.
"""

from __future__ import annotations

import json
from html import escape
from importlib.resources import files
from typing import Any

from newsprism.model import Report
from newsprism.render.html_compare import compare_data, compare_html
from newsprism.render.html_graph import provenance_list, provenance_svg
from newsprism.render.html_outlets import (
    facts_html,
    figures_html,
    headlines_html,
    outlets_html,
    plural,
    wording_html,
)
from newsprism.render.html_sections import (
    articles_html,
    conflicts_html,
    entities_html,
    problems_html,
    quotes_html,
    section,
    summary_html,
)
from newsprism.render.html_text import Anchors
from newsprism.render.html_timeline import timeline_list, timeline_svg


def to_html(report: Report, title: str | None = None) -> str:
    """The report as one HTML page; ``title`` defaults to the first article's headline."""
    anchors = Anchors(report.articles)
    heading = title or next((a.title for a in report.articles if a.title), None) or "News story"
    sections = [
        section("summary", "Summary", "Each sentence comes from the articles as written. The numbers cite every "
                "article that states it, one bracket per independent origin (a copy and its source share one): "
                "follow one to see the sentence highlighted in its article.",
                summary_html(report, anchors)),
        section("facts", "Agreed facts", "What two sources or more state, the most corroborated first. "
                "<em>Independent origins</em> count a reprint or rewrite and its source once.",
                facts_html(report, anchors)),
        section("sources", "Sources", "Each source: when it published, how it opens, where its text came from, "
                "whom it quotes, what it alone says and what it leaves out that most others say.",
                outlets_html(report, anchors)),
        section("headlines", "Headlines", "Every headline, the words no other headline uses marked.",
                headlines_html(report, anchors)),
        section("wording", "Wording", "The same statement in different words, where the words that differ judge "
                "or colour (marked). The texts speak: newsprism labels no one.", wording_html(report, anchors)),
        section("conflicts", "Conflicts", "Where the articles disagree, with each side's evidence. "
                "<em>Independent origins</em> count reprints and rewrites of one text once.",
                conflicts_html(report, anchors)),
        section("figures", "Figures", "Each count or amount the sources give (the dead, the injured, the cost), "
                "with every value and the sources behind it.", figures_html(report, anchors)),
        section("compare", "Side by side", "Pick any two articles. Passages that say the same thing are aligned "
                "and numbered; in a copy, reworded words and changed values are marked.", compare_html(report)),
        section("provenance", "Provenance", "Which article reuses which: arrows point from the source to the "
                "article that copies or rewrites it.",
                f'<div class="figure-wrap">{provenance_svg(report, anchors)}</div>{provenance_list(report, anchors)}'),
        section("timeline", "Timeline", "The story's own dated events in date order, each at the precision the text "
                "gives (bars cover a whole year, month or day; diamonds are times of day); then the background "
                "the articles recall.",
                _timeline(report, anchors)),
        section("quotes", "Quotes", "Who said what, with every article's wording.", quotes_html(report, anchors)),
        section("entities", "Entities", "People, places and organisations, merged across the articles, most "
                "mentioned first.", entities_html(report, anchors)),
        section("articles", "Articles", "The cleaned text of each article. What cleaning took away (menus, "
                "captions, share buttons, sign-offs) is listed under each one.", articles_html(report, anchors)),
    ]
    if report.problems:
        sections.append(section("problems", "Inputs not analysed", "", problems_html(report)))
    return _page(heading, report, anchors, "".join(sections), _data(report, anchors))


def _timeline(report: Report, anchors: Anchors) -> str:
    if not report.timeline:
        return '<p class="empty">No dated events found.</p>'
    numbered = list(enumerate(report.timeline, start=1))
    story = [(n, e) for n, e in numbered if not e.background]
    background = [(n, e) for n, e in numbered if e.background]
    parts = []
    if story:
        parts.append(f'<h3 class="sub">The story</h3><div class="figure-wrap">{timeline_svg(story)}</div>'
                     f"{timeline_list(story, anchors)}")
    if background:
        parts.append(f'<h3 class="sub">Background</h3><p class="note">Earlier events the articles recall '
                     f"({plural(len(background), 'event')}).</p>{timeline_list(background, anchors)}")
    return "".join(parts)


NAV = [("summary", "Summary"), ("facts", "Agreed facts"), ("sources", "Sources"), ("headlines", "Headlines"),
       ("wording", "Wording"), ("conflicts", "Conflicts"), ("figures", "Figures"), ("compare", "Side by side"),
       ("provenance", "Provenance"), ("timeline", "Timeline"), ("quotes", "Quotes"), ("entities", "Entities"),
       ("articles", "Articles")]


def _page(heading: str, report: Report, anchors: Anchors, body: str, data: dict[str, Any]) -> str:
    nav = "".join(f'<li><a href="#{key}">{label}</a></li>' for key, label in NAV)
    if report.problems:
        nav += '<li><a href="#problems">Problems</a></li>'
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="newsprism">'
        f"<title>{escape(heading)} · newsprism</title><style>{_asset('report.css')}</style></head><body>"
        '<a class="skip-link" href="#main">Skip to the report</a>'
        f'<header class="page-header"><div class="wrap"><p class="brand">newsprism · one story, all its sources</p>'
        f"<h1>{escape(heading)}</h1><p class=\"stats\">{_stats(report)}</p>{_sources(report, anchors)}</div></header>"
        f'<nav class="toc" aria-label="Sections"><div class="wrap"><ul>{nav}</ul>'
        '<button type="button" class="button print-button" id="print-button">Print</button></div></nav>'
        f'<main id="main" tabindex="-1"><div class="wrap">{body}</div></main>'
        '<footer class="page-footer"><div class="wrap">Made by newsprism from the articles alone; this page '
        f"needs no network. Report schema {escape(report.schema_version)}.</div></footer>"
        '<a id="back-link" class="back-link" href="#summary" hidden>↩ Back</a>'
        f'<script type="application/json" id="report-data">{_json(data)}</script>'
        f"<script>{_asset('report.js')}</script></body></html>\n"
    )


def _stats(report: Report) -> str:
    outlets = {a.outlet for a in report.articles if a.outlet}
    dates = sorted(a.published[:10] for a in report.articles if a.published)
    span = (f", published {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")) if dates else ""
    counts = [(len(report.articles), "article"), (len(outlets), "named outlet"), (len(report.facts), "agreed fact"),
              (len(report.conflicts), "conflict"), (len(report.quotes), "quote"), (len(report.timeline), "dated event")]
    return escape(", ".join(plural(n, word) for n, word in counts) + span)


def _sources(report: Report, anchors: Anchors) -> str:
    """The numbered list of articles: the key to every citation number on the page."""
    items = "".join(
        f'<li><a href="#{anchors.article(a.id)}"><span class="num">{anchors.number(a.id)}</span> '
        f'<span class="src-label">{escape(anchors.label(a.id))}</span></a>'
        f'<span class="src-meta">{escape((a.published or "")[:10] or "no date")}</span></li>'
        for a in report.articles)
    return f'<ol class="sources" aria-label="The articles, by number">{items}</ol>' if items else ""


def _data(report: Report, anchors: Anchors) -> dict[str, Any]:
    return compare_data(report, anchors)


def _json(data: dict[str, Any]) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' left to end the element or start a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _asset(name: str) -> str:
    return files("newsprism.render").joinpath("assets", name).read_text(encoding="utf-8")
