"""The report's sections as HTML: summary, conflicts, quotes, entities, articles (with their clutter), problems."""

from __future__ import annotations

import re
from html import escape

from newsprism.model import Article, Conflict, Evidence, Quote, Report
from newsprism.outlets import origin_groups
from newsprism.render.html_outlets import origin_cites
from newsprism.render.html_text import Anchors, article_body, cite_link, linked_evidence
from newsprism.summary.notes import conflict_point


def section(key: str, heading: str, intro: str, body: str) -> str:
    """A landmark section with its heading (the page's nav links to ``#key``)."""
    lead = f'<p class="intro">{intro}</p>' if intro else ""
    return (f'<section id="{key}" aria-labelledby="{key}-h"><h2 id="{key}-h">{heading}</h2>'
            f"{lead}{body}</section>")


def summary_html(report: Report, anchors: Anchors) -> str:
    if not report.summary:
        return '<p class="empty">No summary: the articles share no statement.</p>'
    items = []
    origin = origin_groups(report.articles, report.reuse)
    for sentence in report.summary:
        cites = origin_cites(_first_per_article(sentence.evidence), anchors, origin)
        if sentence.conflict is not None and 0 <= sentence.conflict < len(report.conflicts):
            link = (f' <a class="conflict-link" href="#conflict-{sentence.conflict}" '
                    f'data-conflict="{sentence.conflict}">See the conflict</a>')
            items.append(f'<li class="disputed"><span class="warn" aria-hidden="true">!</span>'
                         f'{escape(sentence.text)} <span class="support">{cites}</span>{link}</li>')
        else:
            items.append(f'<li>{escape(sentence.text)} <span class="support">{cites}</span></li>')
    return f'<ol class="summary">{"".join(items)}</ol>'


def _first_per_article(evidence: list[Evidence]) -> list[Evidence]:
    return list({e.article: e for e in reversed(evidence)}.values())[::-1]


def conflicts_html(report: Report, anchors: Anchors) -> str:
    if not report.conflicts:
        return '<p class="empty">The articles do not contradict one another on any point newsprism checks.</p>'
    return "".join(_conflict(i, c, anchors) for i, c in enumerate(report.conflicts))


def _conflict(index: int, conflict: Conflict, anchors: Anchors) -> str:
    brief = " vs ".join(f"“{escape(s.claim)}”" for s in conflict.sides)
    sides = "".join(
        f'<div class="side"><h3>“{escape(side.claim)}”</h3>'
        f'<p class="support"><strong>{side.articles}</strong> {_plural(side.articles, "article")} · '
        f'<strong>{side.origins}</strong> independent {_plural(side.origins, "origin")}</p>'
        f'<ul class="evidence">{"".join(_evidence_item(e, side.claim, anchors) for e in side.evidence)}</ul></div>'
        for side in conflict.sides)
    return (f'<details class="conflict" id="conflict-{index}"><summary><span class="tag tag-{conflict.kind}">'
            f'{conflict.kind}</span> <span class="about">{escape(conflict_point(conflict.about))}</span> '
            f'<span class="brief">{brief}</span></summary><div class="conflict-body">'
            f'<p class="explanation">{escape(anchors.humanise(conflict.explanation))}</p>'
            f'<div class="sides">{sides}</div></div>'
            "</details>")


def _name(article_id: str, anchors: Anchors) -> str:
    """'3 Daily Harbour': the article's number and outlet (or 'unnamed source N'), as a citation's text."""
    return f"{anchors.number(article_id)} {anchors.label(article_id)}"


def _evidence_item(evidence: Evidence, claim: str, anchors: Anchors) -> str:
    source = cite_link(anchors, evidence, _name(evidence.article, anchors))
    return f"<li>{source} {_marked(evidence.text, claim)}</li>"


def _marked(text: str, claim: str) -> str:
    """``text`` escaped with the first occurrence of ``claim`` (or its first word) in <mark>."""
    for needle in (claim, claim.split()[0] if claim.split() else ""):
        match = re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text, re.IGNORECASE) if needle else None
        if match:
            return (escape(text[:match.start()]) + f"<mark>{escape(match.group())}</mark>"
                    + escape(text[match.end():]))
    return escape(text)


def quotes_html(report: Report, anchors: Anchors) -> str:
    if not report.quotes:
        return '<p class="empty">No quotes found.</p>'
    shared = [q for q in report.quotes if q.articles > 1]
    single = [q for q in report.quotes if q.articles <= 1]
    parts = [f'<div class="quotes">{"".join(_quote(i, q, anchors) for i, q in enumerate(shared))}</div>']
    if single:
        parts.append(f'<details class="more"><summary>{len(single)} more {_plural(len(single), "quote")} '
                     'carried by one article</summary><div class="quotes">'
                     + "".join(_quote(len(shared) + i, q, anchors) for i, q in enumerate(single)) + "</div></details>")
    return "".join(parts)


def _quote(index: int, quote: Quote, anchors: Anchors) -> str:
    flag = '<span class="tag tag-warn">speakers differ</span>' if quote.speakers_differ else ""
    variants = "".join(
        f'<li>{cite_link(anchors, v.content, _name(v.content.article, anchors))}'
        f' <span class="tag">{v.kind}</span>'
        + (f' <span class="said-by">{escape(v.speaker or "no speaker")}</span>' if v.speaker != quote.speaker else "")
        + f' <span class="wording">{escape(v.content.text)}</span></li>'
        for v in quote.variants)
    mark = "“" if quote.kind == "direct" else ""
    return (f'<figure class="quote" id="quote-{index}"><blockquote class="q-{quote.kind}"><p>{mark}'
            f'{escape(quote.text)}{"”" if mark else ""}</p></blockquote><figcaption>'
            f'<cite>{escape(quote.speaker or "speaker unknown")}</cite> <span class="tag">{quote.kind}</span> '
            f'<span class="count">{quote.articles} {_plural(quote.articles, "article")}</span> {flag}'
            f'<ul class="variants" aria-label="Every wording">{variants}</ul></figcaption></figure>')


def entities_html(report: Report, anchors: Anchors) -> str:
    if not report.entities:
        return '<p class="empty">No people, places or organisations found.</p>'
    ordered = sorted(report.entities, key=lambda e: (-len(e.mentions), -e.articles))
    rows = "".join(
        '<tr><th scope="row">'
        + (f'<a href="#{anchors.of(e.mentions[0])}" data-cite="{anchors.of(e.mentions[0])}">{escape(e.name)}</a>'
           if e.mentions and anchors.known(e.mentions[0].article) else escape(e.name))
        + f'</th><td><span class="tag tag-{e.type}">{e.type}</span></td>'
        f'<td>{escape(", ".join(e.aliases)) or "–"}</td><td class="n">{len(e.mentions)}</td>'
        f'<td class="n">{e.articles}</td></tr>'
        for e in ordered)
    return ('<div class="table-wrap"><table class="entities"><caption class="sr-only">People, places and '
            'organisations, most mentioned first</caption><thead><tr><th scope="col">Name</th>'
            '<th scope="col">Type</th><th scope="col">Also written as</th><th scope="col" class="n">Mentions</th>'
            f'<th scope="col" class="n">Articles</th></tr></thead><tbody>{rows}</tbody></table></div>')


def articles_html(report: Report, anchors: Anchors) -> str:
    if not report.articles:
        return '<p class="empty">No article could be read.</p>'
    evidence: dict[str, list[Evidence]] = {}
    for item in linked_evidence(report):
        evidence.setdefault(item.article, []).append(item)
    return "".join(_article(a, evidence.get(a.id, []), anchors) for a in report.articles)


def _article(article: Article, evidence: list[Evidence], anchors: Anchors) -> str:
    published = article.published.replace("T", " ") if article.published else None
    meta = [("Source", anchors.label(article.id)), ("Published", published),
            ("By", ", ".join(article.byline) or None), ("Credit", article.credit),
            ("Dateline", article.dateline), ("Read from", article.url or article.source)]
    facts = "".join(f"<div><dt>{k}</dt><dd>{escape(v)}</dd></div>" for k, v in meta if v)
    subtitle = f'<p class="subtitle">{escape(article.subtitle)}</p>' if article.subtitle else ""
    heading = article.title or anchors.label(article.id)
    return (f'<article class="article" id="{anchors.article(article.id)}" aria-labelledby="'
            f'{anchors.article(article.id)}-h"><header><h3 id="{anchors.article(article.id)}-h">'
            f'<span class="num">{anchors.number(article.id)}</span> {escape(heading)}</h3>{subtitle}'
            f'<dl class="meta">{facts}</dl>'
            f'</header><div class="article-text">{article_body(article, evidence, anchors)}</div>'
            f"{_removed(article)}</article>")


def _removed(article: Article) -> str:
    if not article.removed:
        return '<p class="note">Cleaning removed nothing from this article.</p>'
    lines = "".join(
        f'<li><span class="tag tag-clutter">{line.reason}</span>'
        + (f' <span class="line-no">line {line.line}</span>' if line.line else "")
        + f" {escape(line.text)}</li>"
        for line in article.removed)
    return (f'<details class="removed"><summary>Show what cleaning removed ({len(article.removed)} '
            f'{_plural(len(article.removed), "line")})</summary><ul>{lines}</ul></details>')


def problems_html(report: Report) -> str:
    items = "".join(f"<li><code>{escape(p.input)}</code>: {escape(p.message)} <span class=\"tag\">{escape(p.code)}"
                    "</span></li>" for p in report.problems)
    return f"<ul>{items}</ul>"


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"
