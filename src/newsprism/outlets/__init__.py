"""Outlets: one entry per source of the story, as a reader meets it, and the wording they differ in.

For each article: the name a reader sees (:mod:`newsprism.outlets.names`), its domain, first publication time,
headline and lede; how it got its text (its own reporting, or a reprint or rewrite of another article, from the
reuse records); whom it quotes, named or not (:mod:`newsprism.outlets.quoted`); what it alone says and what it
leaves out that most others say (:mod:`newsprism.outlets.content`); the figures it gives (from the figures
section). Across articles: aligned sentences that state
the same thing in different evaluative words (:mod:`newsprism.outlets.wording`). Everything is computed from
the report's own records, so it reads the same from a stored report as from a fresh analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.model import Article, Evidence, Fact, Figure, Outlet, OutletFigure, OutletOrigin, Quote, Reuse, Wording
from newsprism.outlets.content import copies_of, exclusive, fact_reach, omitted, stated_by, widely_stated
from newsprism.outlets.headlines import headline_marks
from newsprism.outlets.names import domain, origin_groups, reader_label, source_names
from newsprism.outlets.quoted import quoted_by_article
from newsprism.outlets.wording import find_wording

__all__ = ["OutletInput", "OutletView", "describe_outlets", "headline_marks", "origin_groups", "source_names"]

LEDE_MIN_WORDS = 6
"""The lede is the first sentence of at least this many words: a leftover kicker or place line ('SEOUL —',
'Watch:') is not how the article opens its story."""


@dataclass(frozen=True)
class OutletInput:
    """What the outlets stage reads: the articles and what the earlier stages found about them."""

    articles: list[Article]
    reuse: list[Reuse] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


@dataclass(frozen=True)
class OutletView:
    """The outlets section and the wording pairs."""

    outlets: list[Outlet]
    wording: list[Wording]


def describe_outlets(story: OutletInput) -> OutletView:
    """One :class:`Outlet` per article, in article order, and the story's evaluative wording pairs.

    Each earlier stage's records are indexed by article once (issue #20: a one-event story's articles each
    scanned every reuse record, quote and fact, and each sentence held the set of every article stating it)."""
    names = source_names(story.articles)
    origin = origin_groups(story.articles, story.reuse)
    copies = copies_of(story.reuse)
    stated = stated_by(story.facts)
    related = related_by_article(story.reuse)
    quoted = quoted_by_article(story.quotes)
    given = figures_by_article(story.figures)
    reach = fact_reach(story.facts, origin)
    wide = widely_stated(reach, origin)
    outlets = [Outlet(article=a.id, name=names[a.id], named=bool(a.outlet), label=reader_label(a),
                      domain=domain(a.url), published=a.published, headline=a.title, lede=lede(a),
                      origin=obtained(a.id, related.get(a.id, [])), figures=given.get(a.id, []),
                      quoted=quoted.get(a.id, []),
                      exclusive=exclusive(a, stated, copies.get(a.id, set())),
                      omitted=omitted(a, story.facts, origin, reach, wide))
               for a in story.articles]
    return OutletView(outlets, find_wording(story.reuse, story.articles))


def figures_given(article: str, figures: list[Figure]) -> list[OutletFigure]:
    """Each figure the article states, with its first value as written there."""
    return figures_by_article(figures).get(article, [])


def figures_by_article(figures: list[Figure]) -> dict[str, list[OutletFigure]]:
    """Article id → :func:`figures_given` for it, every article's read in one pass over the figures."""
    given: dict[str, list[OutletFigure]] = {}
    for number, figure in enumerate(figures):
        seen: set[str] = set()
        for value in figure.values:
            if value.article not in seen:
                seen.add(value.article)
                given.setdefault(value.article, []).append(OutletFigure(
                    figure=number, about=figure.about, written=value.written, mention=value.mention))
    return given


def lede(article: Article) -> Evidence | None:
    """The article's opening sentence (the first of :data:`LEDE_MIN_WORDS` words or more)."""
    sentence = next((s for s in article.sentences if len(s.text.split()) >= LEDE_MIN_WORDS),
                    article.sentences[0] if article.sentences else None)
    if sentence is None:
        return None
    return Evidence(article=article.id, start=sentence.start, end=sentence.end, text=sentence.text)


def how_obtained(article: str, reuse: list[Reuse]) -> OutletOrigin:
    """A reprint or rewrite of its best-covering source; else text shared with one, direction unknown; else own."""
    return obtained(article, related_by_article(reuse).get(article, []))


def related_by_article(reuse: list[Reuse]) -> dict[str, list[Reuse]]:
    """Article id → the records that relate it to another article (not independent), in the records' order."""
    related: dict[str, list[Reuse]] = {}
    for r in reuse:
        if r.relation != "independent":
            related.setdefault(r.a, []).append(r)
            if r.b != r.a:
                related.setdefault(r.b, []).append(r)
    return related


def obtained(article: str, related: list[Reuse]) -> OutletOrigin:
    """:func:`how_obtained` from the article's own related records (:func:`related_by_article`)."""
    copied = [r for r in related if r.source is not None and r.source != article]
    if copied:
        best = max(copied, key=lambda r: r.coverage)
        return OutletOrigin(how="reprint" if best.relation == "verbatim" else "rewrite", of=best.source,
                            coverage=best.coverage)
    shared = [r for r in related if r.source is None]
    if shared:
        best = max(shared, key=lambda r: r.coverage)
        return OutletOrigin(how="shared", of=best.b if best.a == article else best.a, coverage=best.coverage)
    return OutletOrigin(how="own")
