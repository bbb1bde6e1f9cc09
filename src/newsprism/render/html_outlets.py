"""The multi-source views: agreed facts, the sources one by one, their headlines side by side, and wording.

Every view names a source by its outlet or "unnamed source N" (never an article id), and counts support in
independent origins: a reprint or rewrite and its source are one origin, shown as one bracket of citations.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from newsprism.model import Evidence, Fact, Figure, Outlet, Report, Wording
from newsprism.outlets import headline_marks, origin_groups
from newsprism.render.html_text import Anchors, Span, cite_link, mark_up

HOW = {"own": "Own reporting", "reprint": "Reprint of", "rewrite": "Rewrite of", "shared": "Shares its text with"}
"""How a source got its text, as the sources view says it."""
SHOWN_ITEMS = 4
"""Exclusive and omitted facts shown at once on a source's card; the rest open on request."""


def plural(n: int, word: str) -> str:
    """'1 article', '2 articles'."""
    return f"{n} {word if n == 1 else word + 's'}"


def origin_cites(evidence: Sequence[Evidence], anchors: Anchors, origin: dict[str, int]) -> str:
    """One bracket per independent origin, holding a citation to each of its articles: [1 3] [2]."""
    groups: dict[int, list[Evidence]] = {}
    seen: set[str] = set()
    for item in evidence:
        if item.article in seen:
            continue
        seen.add(item.article)
        groups.setdefault(origin.get(item.article, -1 - len(seen)), []).append(item)
    parts = []
    for members in groups.values():
        title = ("one origin: " + " and ".join(anchors.label(e.article) for e in members) + " share one text"
                 if len(members) > 1 else "")
        attribute = f' title="{escape(title)}"' if title else ""
        parts.append(f'<span class="origin"{attribute}>' + "".join(cite_link(anchors, e) for e in members) + "</span>")
    count = len(groups)
    return (f'<span class="origins-count">{plural(count, "independent origin")}</span> '
            f'<span class="cites">{"".join(parts)}</span>')


def facts_html(report: Report, anchors: Anchors) -> str:
    """The agreed facts, most corroborated first (independent origins, then articles)."""
    if not report.facts:
        return '<p class="empty">No statement is made by two articles or more.</p>'
    origin = origin_groups(report.articles, report.reuse)
    ordered = sorted(report.facts, key=lambda f: (-f.origins, -f.articles))
    items = "".join(_fact(f, anchors, origin) for f in ordered)
    return f'<ol class="agreed">{items}</ol>'


def _fact(fact: Fact, anchors: Anchors, origin: dict[str, int]) -> str:
    return (f'<li><p class="fact-text">{escape(fact.text)}</p><p class="fact-support">'
            f'{origin_cites(fact.evidence, anchors, origin)} <span class="n-articles">'
            f'({plural(fact.articles, "article")})</span></p></li>')


def outlets_html(report: Report, anchors: Anchors) -> str:
    """One card per source: who, when, how it opens, where its text came from, whom it quotes, what it alone
    says and what it leaves out."""
    if not report.outlets:
        return '<p class="empty">No sources.</p>'
    return f'<div class="outlets">{"".join(_card(o, report, anchors) for o in report.outlets)}</div>'


def _card(outlet: Outlet, report: Report, anchors: Anchors) -> str:
    meta = [("Domain", outlet.domain), ("Published", (outlet.published or "").replace("T", " ") or "no date"),
            ("Your label", outlet.label)]
    rows = "".join(f"<div><dt>{k}</dt><dd>{escape(v)}</dd></div>" for k, v in meta if v)
    lede = (f'<p class="lede"><span class="k-label">Lede</span> {cite_link(anchors, outlet.lede, "›")} '
            f"{escape(outlet.lede.text)}</p>" if outlet.lede else "")
    headline = f'<p class="card-headline">{escape(outlet.headline)}</p>' if outlet.headline else ""
    name_class = "" if outlet.named else " unnamed"
    return (f'<article class="outlet-card" id="outlet-{anchors.number(outlet.article)}">'
            f'<h3><span class="num">{anchors.number(outlet.article)}</span> '
            f'<a class="outlet-name{name_class}" href="#{anchors.article(outlet.article)}">{escape(outlet.name)}</a>'
            f'</h3>{headline}<dl class="meta">{rows}</dl>{_how(outlet, anchors)}{lede}{_figures(outlet, anchors)}'
            f"{_quoted(outlet)}"
            f"{_exclusive(outlet, anchors)}{_omitted(outlet, report, anchors)}</article>")


def _how(outlet: Outlet, anchors: Anchors) -> str:
    origin = outlet.origin
    text = escape(HOW[origin.how])
    if origin.of is not None:
        share = f" ({origin.coverage:.0%} of its text)" if origin.coverage is not None else ""
        text += (f' <a href="#{anchors.article(origin.of)}"><span class="num">{anchors.number(origin.of)}</span> '
                 f"{escape(anchors.label(origin.of))}</a>{share}")
    return f'<p class="how how-{origin.how}"><span class="k-label">Text</span> {text}</p>'


def _figures(outlet: Outlet, anchors: Anchors) -> str:
    if not outlet.figures:
        return ""
    items = "; ".join(f'{escape(f.about)}: <a href="#figure-{f.figure}">{escape(f.written)}</a> '
                      f"{cite_link(anchors, f.mention, '›')}" for f in outlet.figures)
    return f'<p class="figures-given"><span class="k-label">Figures</span> {items}</p>'


def _quoted(outlet: Outlet) -> str:
    named = [q for q in outlet.quoted if not q.anonymous]
    unnamed = [q for q in outlet.quoted if q.anonymous]

    def names(items: list[str]) -> str:
        return ", ".join(items) if items else "none"

    return (f'<p class="quoted"><span class="k-label">Quotes</span> named: '
            f'{escape(names([f"{q.name} ({q.quotes})" for q in named]))}; unnamed: '
            f'{escape(names([f"{q.name} ({q.quotes})" for q in unnamed]))}</p>')


def _exclusive(outlet: Outlet, anchors: Anchors) -> str:
    if not outlet.exclusive:
        return '<p class="exclusive none"><span class="k-label">Only here</span> nothing the others do not say</p>'
    items = [f"<li>{cite_link(anchors, e, '›')} {escape(e.text)}</li>" for e in outlet.exclusive]
    return _list("exclusive", f"Only here ({len(items)})", items)


def _omitted(outlet: Outlet, report: Report, anchors: Anchors) -> str:
    if not outlet.omitted:
        return ""
    items = []
    for item in outlet.omitted:
        fact = report.facts[item.fact] if 0 <= item.fact < len(report.facts) else None
        link = cite_link(anchors, fact.evidence[0], "›") if fact and fact.evidence else ""
        items.append(f"<li>{link} {escape(item.text)} <span class=\"n-articles\">"
                     f"({plural(item.origins, 'origin')})</span></li>")
    return _list("omitted", f"Left out, though most others say it ({len(items)})", items)


def _list(kind: str, heading: str, items: list[str]) -> str:
    shown, rest = items[:SHOWN_ITEMS], items[SHOWN_ITEMS:]
    more = (f'<details class="more"><summary>{len(rest)} more</summary><ul>{"".join(rest)}</ul></details>'
            if rest else "")
    return f'<div class="{kind}"><p class="k-label">{heading}</p><ul>{"".join(shown)}</ul>{more}</div>'


def headlines_html(report: Report, anchors: Anchors) -> str:
    """Every headline in one column, the words no other headline uses marked."""
    titles = {a.id: a.title for a in report.articles if a.title}
    if len(titles) < 2:
        return '<p class="empty">Headlines side by side need two articles with a headline.</p>'
    marks = headline_marks(titles)
    rows = "".join(
        f'<tr><th scope="row"><span class="num">{anchors.number(i)}</span> {escape(anchors.label(i))}</th>'
        f'<td class="headline">{mark_up(t, [Span(s, e, tag="mark", classes="differs") for s, e in marks[i]])}</td></tr>'
        for i, t in titles.items())
    missing = [a for a in report.articles if not a.title]
    note = (f'<p class="note">No headline: {escape(", ".join(anchors.label(a.id) for a in missing))}.</p>'
            if missing else "")
    return (f'<div class="table-wrap"><table class="headlines"><caption class="sr-only">Each source\'s headline; '
            f'marked words are used by no other headline</caption><tbody>{rows}</tbody></table></div>{note}')


def wording_html(report: Report, anchors: Anchors) -> str:
    """Each pair of aligned sentences in different evaluative words, side by side, those words marked."""
    if not report.wording:
        return '<p class="empty">Where the sources say the same thing, they use the same kind of words.</p>'
    return f'<div class="wording">{"".join(_pair(w, anchors) for w in report.wording)}</div>'


def _pair(wording: Wording, anchors: Anchors) -> str:
    cells = "".join(
        f'<div class="wcell"><p class="wsource">{cite_link(anchors, side, _name(side.article, anchors))}</p>'
        f"<p>{_marked(side, words)}</p></div>"
        for side, words in ((wording.a, wording.a_words), (wording.b, wording.b_words)))
    return f'<div class="wpair">{cells}</div>'


def _name(article_id: str, anchors: Anchors) -> str:
    return f"{anchors.number(article_id)} {anchors.label(article_id)}"


def _marked(sentence: Evidence, words: list[Evidence]) -> str:
    spans = [Span(w.start - sentence.start, w.end - sentence.start, tag="mark", classes="differs") for w in words
             if sentence.start <= w.start < w.end <= sentence.end]
    return mark_up(sentence.text, spans)


VERDICT = {"agreed": "agreed", "updated": "updated over time", "disputed": "disputed"}
"""How the figures view names each verdict of the figures section."""


def figures_html(report: Report, anchors: Anchors) -> str:
    """Each figure: what it counts, its verdict, and every value with the sources that give it."""
    if not report.figures:
        return '<p class="empty">No figure (a toll, a count, an amount) is given by two sources or more.</p>'
    return f'<div class="figures">{"".join(_figure(i, f, anchors) for i, f in enumerate(report.figures))}</div>'


def _figure(index: int, figure: Figure, anchors: Anchors) -> str:
    sides = []
    for side in figure.sides:
        cites = "".join(cite_link(anchors, v.mention, _name(v.article, anchors)) for v in figure.values
                        if v.article in side.articles and v.written == side.claim)
        sides.append(f'<li><strong>{escape(side.claim)}</strong> <span class="n-articles">'
                     f"({plural(side.origins, 'independent origin')})</span> {cites}</li>")
    history = (f'<p class="note">{escape(anchors.humanise(figure.history))}</p>'
               if figure.verdict == "updated" else "")
    return (f'<div class="figure" id="figure-{index}"><h3>{escape(figure.about)} '
            f'<span class="tag tag-{figure.verdict}">{VERDICT.get(figure.verdict, figure.verdict)}</span></h3>'
            f'<ul class="evidence">{"".join(sides)}</ul>{history}</div>')
