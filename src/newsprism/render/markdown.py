"""The Markdown report: the same report as the JSON, for people. It opens with the summary; sources are named by
their outlet or "unnamed source N", never by an article id, and support is counted in independent origins.

Every value that comes from the articles (text, titles, names, ids, inputs) goes through :func:`inline`: a
Markdown viewer shows it as the words it is, never as HTML, a link or an image, whatever the article holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsprism.model import Article, Evidence, RemovedLine, Report
from newsprism.outlets import origin_groups, source_names
from newsprism.outlets.names import reader_label
from newsprism.reuse.direction import oriented
from newsprism.summary.notes import conflict_point


def to_markdown(report: Report, explain: bool = False) -> str:
    """Markdown for ``report``; ``explain`` adds the lines cleaning removed from each article."""
    names = _Names(report)
    parts = [
        "# newsprism report",
        _overview(report),
        *_summary(report, names),
        *_analyses(report, names),
        *_articles(report.articles, explain, names),
        *_problems(report, explain),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


class _Names:
    """Each article's name (outlet or 'unnamed source N') and independent origin, for citations."""

    def __init__(self, report: Report) -> None:
        self.names = source_names(report.articles)
        self.origin = origin_groups(report.articles, report.reuse)

    def of(self, article: str) -> str:
        return self.names.get(article, "unknown source")

    def humanise(self, text: str) -> str:
        """``text`` with every article id replaced by its name."""
        for article, name in sorted(self.names.items(), key=lambda item: -len(item[0])):
            text = re.sub(r"(?<![\w-])" + re.escape(article) + r"(?![\w-])", name.replace("\\", "\\\\"), text)
        return text

    def cite(self, evidence: list[Evidence]) -> str:
        """'[A + B; C]': the articles of one independent origin joined by '+', origins by ';'."""
        groups: dict[int, list[str]] = {}
        for i, article in enumerate(dict.fromkeys(e.article for e in evidence)):
            groups.setdefault(self.origin.get(article, -1 - i), []).append(self.of(article))
        return "[" + inline("; ".join(" + ".join(names) for names in groups.values())) + "]"


def plural(n: int, word: str) -> str:
    """'1 article', '2 articles'."""
    return f"{n} {word if n == 1 else word + 's'}"


def _overview(report: Report) -> str:
    words = sum(len(a.text.split()) for a in report.articles)
    sentences = sum(len(a.sentences) for a in report.articles)
    return (f"{plural(len(report.articles), 'article')}, {plural(sentences, 'sentence')}, {plural(words, 'word')}; "
            f"{plural(len(report.problems), 'input')} could not be read.")


def _summary(report: Report, names: _Names) -> Iterator[str]:
    lines = [f"{inline(s.text)} ({plural(s.origins, 'independent origin')}) {names.cite(s.evidence)}"
             for s in report.summary]
    yield "## Summary\n\n" + ("\n\n".join(lines) if lines else "_None found._")


def _articles(articles: list[Article], explain: bool, names: _Names) -> Iterator[str]:
    yield "## Articles"
    yield "\n".join([
        "| source | title | your label | published | byline | credit | dateline | sentences | removed |",
        "|---|---|---|---|---|---|---|---|---|",
        *(f"| {_cell(names.of(a.id))} | {_cell(a.title)} | {_cell(reader_label(a))} | {_cell(a.published)} "
          f"| {_cell(', '.join(a.byline))} | {_cell(a.credit)} | {_cell(a.dateline)} | {len(a.sentences)} "
          f"| {len(a.removed)} |" for a in articles),
    ])
    if explain:
        for article in articles:
            yield f"### Removed from {inline(names.of(article.id))}\n\n" + _removed(article.removed)


def _removed(lines: list[RemovedLine]) -> str:
    """The lines cleaning took out, each with its reason and line number."""
    return "\n".join(f"- *{inline(line.reason)}*" + (f" (line {line.line})" if line.line else "")
                     + f": {_quote(line.text)}" for line in lines)


def _analyses(report: Report, names: _Names) -> Iterator[str]:
    facts = sorted(report.facts, key=lambda f: (-f.origins, -f.articles))
    sections = [
        ("Agreed facts", [f"- {inline(f.text)} ({plural(f.origins, 'independent origin')}, "
                          f"{plural(f.articles, 'article')}) {names.cite(f.evidence)}" for f in facts]),
        ("Sources", list(_sources(report, names))),
        ("Headlines", [f"- {inline(names.of(a.id))}: {_quote(a.title)}" for a in report.articles if a.title]),
        ("Wording", [f"- {inline(names.of(w.a.article))}: {_quote(w.a.text)} / {inline(names.of(w.b.article))}: "
                     f"{_quote(w.b.text)} (differing words: "
                     f"{inline(', '.join(x.text for x in [*w.a_words, *w.b_words]))})" for w in report.wording]),
        ("Conflicts", list(_conflicts(report, names))),
        ("Figures", list(_figures(report, names))),
        ("Provenance", list(_provenance(report, names))),
        ("Timeline", list(_timeline(report, names))),
        ("Quotes", list(_quotes(report, names))),
        ("Entities", [f"- **{inline(e.name)}** ({e.type}): {plural(len(e.mentions), 'mention')} in "
                      f"{plural(e.articles, 'article')}"
                      + (f"; also {inline(', '.join(e.aliases))}" if e.aliases else "") for e in report.entities]),
    ]
    for title, lines in sections:
        yield f"## {title}\n\n" + ("\n".join(lines) if lines else "_None found._")


HOW = {"own": "own reporting", "reprint": "reprint of", "rewrite": "rewrite of", "shared": "shares its text with"}


def _sources(report: Report, names: _Names) -> Iterator[str]:
    """Each source: name, domain, date, how it got its text, whom it quotes, its exclusive and omitted facts."""
    for o in report.outlets:
        how = HOW[o.origin.how] + (f" {names.of(o.origin.of)}" if o.origin.of else "")
        details = [x for x in (o.domain, (o.published or "no date"), how) if x]
        label = f" ({inline(o.label)})" if o.label else ""
        yield f"- **{inline(o.name)}**{label}: {inline('; '.join(details))}"
        if o.lede:
            yield f"  - lede: {_quote(o.lede.text)}"
        if o.figures:
            yield f"  - figures: {inline('; '.join(f'{f.about}: {f.written}' for f in o.figures))}"
        for kind, anonymous in (("named", False), ("unnamed", True)):
            quoted = [f"{q.name} ({q.quotes})" for q in o.quoted if q.anonymous == anonymous]
            if quoted:
                yield f"  - quotes {kind} sources: {inline(', '.join(quoted))}"
        for e in o.exclusive:
            yield f"  - only here: {_quote(e.text)}"
        for m in o.omitted:
            yield f"  - leaves out ({plural(m.origins, 'origin')} say it): {_quote(m.text)}"


def _conflicts(report: Report, names: _Names) -> Iterator[str]:
    """Each conflict: its kind and what it is about, then every side's claim with its support and evidence."""
    for c in report.conflicts:
        yield f"- **{c.kind}** — {inline(conflict_point(c.about))}"
        for side in c.sides:
            yield (f"  - {_quote(side.claim)}: {plural(side.articles, 'article')}, "
                   f"{plural(side.origins, 'independent origin')} {names.cite(side.evidence)}")


def _timeline(report: Report, names: _Names) -> Iterator[str]:
    """The story's own events, then the background the articles recall."""
    for background in (False, True):
        events = [t for t in report.timeline if t.background == background]
        if events:
            yield "\n**Background**\n" if background else "**The story**\n"
            yield from (f"- {inline(t.date)}: {inline(t.what)} {names.cite(t.evidence)}"
                        + (f" ({inline(names.humanise(t.reference))})" if t.reference else "") for t in events)


def _figures(report: Report, names: _Names) -> Iterator[str]:
    """Each figure: what it counts, its verdict and history, then each value with its articles."""
    for f in report.figures:
        yield f"- **{inline(f.about)}** — {f.verdict}: {inline(f.history)}"
        for side in f.sides:
            evidence = [v.evidence for v in f.values if v.article in side.articles and v.written == side.claim]
            yield (f"  - {_quote(side.claim)}: {plural(len(side.articles), 'article')}, "
                   f"{plural(side.origins, 'independent origin')} {names.cite(evidence)}")


def _quotes(report: Report, names: _Names) -> Iterator[str]:
    """Each quote cluster: its speaker, then every wording with the article that carries it."""
    for q in report.quotes:
        flag = " (the articles name different speakers)" if q.speakers_differ else ""
        yield f"- **{inline(q.speaker or 'unknown speaker')}**{flag}, {q.kind}, {plural(q.articles, 'article')}:"
        for v in q.variants:
            said = f", {inline(v.speaker or '')}" if v.speaker != q.speaker else ""
            yield f"  - {_quote(v.content.text)}{said} {names.cite([v.content])}"


def _provenance(report: Report, names: _Names) -> Iterator[str]:
    """Reusing pairs with what the copy changed, read source → copy; independent pairs in one line."""
    independent = [inline(f"{names.of(r.a)} / {names.of(r.b)}") for r in report.reuse if r.relation == "independent"]
    for r in report.reuse:
        if r.relation == "independent":
            continue
        copy = r.b if r.source == r.a else r.a if r.source == r.b else None
        direction = (f"{names.of(copy)} reuses {names.of(r.source or '')}" if copy
                     else f"{names.of(r.a)} / {names.of(r.b)} (direction unknown)")
        yield (f"- **{r.relation}**: {inline(direction)}, coverage {r.coverage:.0%}, "
               f"{plural(len(r.passages), 'shared passage')}")
        for c in r.changes:
            o = oriented(r, c)
            if o is None:
                yield (f"  - {c.kind} differs: {_quote(c.a_value)} ({inline(names.of(c.a.article))}) / "
                       f"{_quote(c.b_value)} ({inline(names.of(c.b.article))})")
            else:
                yield (f"  - {o.kind} changed: {_quote(o.source_value)} ({inline(names.of(o.source.article))}) → "
                       f"{_quote(o.copy_value)} ({inline(names.of(o.copy.article))})")
    if independent:
        yield "- independent: " + "; ".join(independent)


def _problems(report: Report, explain: bool) -> Iterator[str]:
    if report.problems:
        yield "## Inputs not analysed\n\n" + "\n".join(
            f"- {inline(p.input)}: {inline(p.message)} ({p.code})" for p in report.problems)
    if explain:
        for problem in (p for p in report.problems if p.removed):
            yield f"### Removed from {inline(problem.input)} (not analysed)\n\n" + _removed(problem.removed)


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
