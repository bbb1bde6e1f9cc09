"""The Markdown report: the same report as the JSON, for people.

Every value that comes from the articles (text, titles, names, ids, inputs) goes through :func:`inline`: a
Markdown viewer shows it as the words it is, never as HTML, a link or an image, whatever the article holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsprism.model import Article, Evidence, Report


def to_markdown(report: Report, explain: bool = False) -> str:
    """Markdown for ``report``; ``explain`` adds the lines cleaning removed from each article."""
    parts = [
        "# newsprism report",
        _overview(report),
        *_articles(report.articles, explain),
        *_analyses(report),
        *_problems(report),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def _overview(report: Report) -> str:
    words = sum(len(a.text.split()) for a in report.articles)
    sentences = sum(len(a.sentences) for a in report.articles)
    return (f"{len(report.articles)} articles, {sentences} sentences, {words} words; "
            f"{len(report.problems)} inputs could not be read.")


def _articles(articles: list[Article], explain: bool) -> Iterator[str]:
    yield "## Articles"
    yield "\n".join([
        "| id | title | outlet | published | byline | credit | dateline | sentences | removed |",
        "|---|---|---|---|---|---|---|---|---|",
        *(f"| {_cell(a.id)} | {_cell(a.title)} | {_cell(a.outlet)} | {_cell(a.published)} "
          f"| {_cell(', '.join(a.byline))} | {_cell(a.credit)} | {_cell(a.dateline)} | {len(a.sentences)} "
          f"| {len(a.removed)} |" for a in articles),
    ])
    if explain:
        for article in articles:
            yield f"### Removed from {inline(article.id)}\n\n" + "\n".join(
                f"- *{inline(line.reason)}*" + (f" (line {line.line})" if line.line else "") + f": {_quote(line.text)}"
                for line in article.removed
            )


def _analyses(report: Report) -> Iterator[str]:
    sections = [
        ("Facts", [f"- {inline(f.text)} ({f.articles} articles, {f.origins} independent) {_cite(f.evidence)}"
                   for f in report.facts]),
        ("Provenance", list(_provenance(report))),
        ("Quotes", list(_quotes(report))),
        ("Entities", [f"- **{inline(e.name)}** ({e.type}): {len(e.mentions)} mentions in {e.articles} articles"
                      + (f"; also {inline(', '.join(e.aliases))}" if e.aliases else "") for e in report.entities]),
        ("Conflicts", list(_conflicts(report))),
        ("Timeline", [f"- {inline(t.date)}: {inline(t.what)} {_cite(t.evidence)}" for t in report.timeline]),
        ("Summary", [f"{inline(s.text)} [{inline(', '.join(s.citations))}]" for s in report.summary]),
    ]
    for title, lines in sections:
        yield f"## {title}\n\n" + ("\n".join(lines) if lines else "_None found._")


def _conflicts(report: Report) -> Iterator[str]:
    """Each conflict: its kind and what it is about, then every side's claim with its support and evidence."""
    for c in report.conflicts:
        yield f"- **{c.kind}** — {inline(c.about)}"
        for side in c.sides:
            origins = f"{side.origins} independent origin{'s' if side.origins != 1 else ''}"
            yield f"  - {_quote(side.claim)}: {side.articles} articles, {origins} {_cite(side.evidence)}"


def _quotes(report: Report) -> Iterator[str]:
    """Each quote cluster: its speaker, then every wording with the article that carries it."""
    for q in report.quotes:
        flag = " (the articles name different speakers)" if q.speakers_differ else ""
        yield f"- **{inline(q.speaker or 'unknown speaker')}**{flag}, {q.kind}, {q.articles} articles:"
        for v in q.variants:
            said = f", {inline(v.speaker or '')}" if v.speaker != q.speaker else ""
            yield f"  - {_quote(v.content.text)}{said} {_cite([v.content])}"


def _provenance(report: Report) -> Iterator[str]:
    """Reusing pairs with what the copy changed; independent pairs in one line."""
    independent = [inline(f"{r.a} / {r.b}") for r in report.reuse if r.relation == "independent"]
    for r in report.reuse:
        if r.relation == "independent":
            continue
        copy = r.b if r.source == r.a else r.a if r.source == r.b else None
        direction = inline(f"{copy} reuses {r.source}" if copy else f"{r.a} / {r.b} (direction unknown)")
        yield f"- **{r.relation}**: {direction}, coverage {r.coverage:.0%}, {len(r.passages)} shared passages"
        for c in r.changes:
            yield (f"  - {c.kind} changed: {_quote(c.a_value)} ({inline(c.a.article)}) → {_quote(c.b_value)} "
                   f"({inline(c.b.article)})")
    if independent:
        yield "- independent: " + "; ".join(independent)


def _problems(report: Report) -> Iterator[str]:
    if report.problems:
        yield "## Inputs not analysed\n\n" + "\n".join(
            f"- {inline(p.input)}: {inline(p.message)} ({p.code})" for p in report.problems)


def _cite(evidence: list[Evidence]) -> str:
    return "[" + inline(", ".join(dict.fromkeys(e.article for e in evidence))) + "]"


def _cell(value: str | None) -> str:
    return inline(value or "–").replace("|", "\\|")


def _quote(text: str) -> str:
    return "“" + inline(text) + "”"


MARKUP = re.compile(r"[\\`<>&\[\]]")
"""What makes Markdown read text as markup that can act: HTML tags and entities (``<``, ``>``, ``&``), links and
images (``[``, ``]``; a bare ``javascript:`` is never a link without them), code spans that could swallow the
escapes, and the backslash that would undo an escape."""
HTML_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def inline(text: str) -> str:
    """``text`` on one line, shown as written: HTML characters as entities, the other markup characters
    backslash-escaped (CommonMark), so no tag, link, image or autolink can form."""
    return MARKUP.sub(lambda m: HTML_ENTITIES.get(m.group(), "\\" + m.group()), " ".join(text.split()))
