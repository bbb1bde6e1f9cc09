"""Reuse: for each pair of articles that share aligned passages, verbatim copy, paraphrased rewrite, or
independent reporting; a pair that shares none is independent and gets no record (the report grows with the
links, not with the square of the articles: issue #20).

From the sentence links of :mod:`newsprism.align`: how much of each article the other
explains (coverage, in characters), how much of that is the same wording, and whether the
shared passages come in the same order. Independent reports of one event share facts and
quotes, but not most of their text in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from newsprism.align import Links, SentenceTable, StoryAlignment
from newsprism.memo import recall
from newsprism.model import Article, Change, Evidence, Reuse, Sentence
from newsprism.reuse.changes import differences
from newsprism.reuse.direction import source_of
from newsprism.reuse.order import kept_order

Relation = Literal["verbatim", "rewrite", "independent"]

REUSE_COVERAGE = 0.5
"""A rewrite or reprint is explained by its source for at least half its text. On the seeds the
rewrite is covered 0.8 and more, independent pairs 0.25 at most (shared quotes and facts)."""
VERBATIM_SHARE = 0.75
"""Share of the aligned text in the same wording (rapidfuzz ratio >= 90) that makes a copy verbatim."""
ORDER_KEPT = 0.6
"""Share of aligned sentences in the longest same-order run: a rewrite keeps the source's order."""
_REUSE_FIELDS = {"a", "b", "relation", "source", "coverage", "passages", "changes"}
"""The given fields of every record ``relate`` makes, one set for all: records are frozen, so the set is never
changed in place (``model_copy`` copies it). A one-event story makes a passage per link (628,001 at 500 articles,
split on end punctuation): each is a tuple of two sentence indexes and a similarity (schema 3.0, issue #20; a
passage record with its two shared Evidence records was 296 bytes), made without validating each item."""


def relate(alignment: StoryAlignment) -> list[Reuse]:
    """One Reuse record for each pair of articles that share an aligned passage, in article order; every other
    pair is independent and has no record.

    The links are read by article pair from their arrays (:meth:`Links.by_articles`): no :class:`Link` record is
    made per link, nor all pairs' links held at once as records (367,718 links at one-event 200)."""
    table = alignment.table
    articles, sides = table.articles, _Sides.of(table)
    first = np.searchsorted(table.owner, np.arange(len(articles))).tolist()  # each article's first sentence
    similarities = dict[float, float]()
    return _siblings_have_no_source([_relation(alignment, sides, (articles[i], articles[j]), (first[i], first[j]),
                                               links, similarities)
                                     for i, j, links in Links.of(alignment.links).by_articles(table.owner)])


@dataclass(frozen=True, slots=True)
class _Sides:
    """Each table sentence's start (in its article) and length of text, as arrays read by a pair's link rows."""

    start: NDArray[np.int64]
    size: NDArray[np.int64]

    @classmethod
    def of(cls, table: SentenceTable) -> _Sides:
        return cls(np.array([s.start for s in table.sentences], dtype=np.int64),
                   np.array([len(s.text) for s in table.sentences], dtype=np.int64))


def _siblings_have_no_source(records: list[Reuse]) -> list[Reuse]:
    """Two copies of one source share text because of it: neither is the other's source."""
    sources: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r.source is not None:
            sources[r.b if r.source == r.a else r.a].add(r.source)
    return [r.model_copy(update={"source": None})
            if r.source is not None and sources[r.a] & sources[r.b] else r for r in records]


def _relation(alignment: StoryAlignment, sides: _Sides, pair: tuple[Article, Article], first: tuple[int, int],
              links: Links, similarities: dict[float, float]) -> Reuse:
    """The pair's record; ``first``: the table index of each article's first sentence (a passage holds indexes
    into the article's sentences); ``similarities``: each passage similarity made once per story, shared (a float
    is 24 bytes, a one-event story's passages a million and more, most of them 1.0)."""
    a, b = pair
    starts_a, starts_b = sides.start[links.a], sides.start[links.b]
    cover_a = _coverage(a, set(starts_a.tolist()))
    cover_b = _coverage(b, set(starts_b.tolist()))
    verbatim = _verbatim_share(sides.size[links.a], links.verbatim)
    ordered = kept_order(list(zip(starts_a.tolist(), starts_b.tolist(), strict=True)))
    coverage = max(cover_a, cover_b)
    relation: Relation
    if coverage >= REUSE_COVERAGE and verbatim >= VERBATIM_SHARE:
        relation = "verbatim"
    elif coverage >= REUSE_COVERAGE and ordered >= ORDER_KEPT:
        relation = "rewrite"
    else:
        relation = "independent"
    return Reuse.model_construct(
        _REUSE_FIELDS, a=a.id, b=b.id, relation=relation,
        source=source_of(a, b, cover_a, cover_b) if relation != "independent" else None,
        coverage=round(coverage, 3), passages=_passages(links, first, similarities),
        changes=_changes(alignment, links) if relation != "independent" else [],
    )


def _passages(links: Links, first: tuple[int, int], similarities: dict[float, float]) -> list[tuple[int, int, float]]:
    """Each link as a passage: its two sentences' indexes in their articles and its similarity (each distinct
    score rounded once, the similarity shared story-wide)."""
    scores, which = np.unique(links.score, return_inverse=True)
    made = [_shared(similarities, _similarity(score)) for score in scores.tolist()]
    return list(zip((links.a - first[0]).tolist(), (links.b - first[1]).tolist(),
                    [made[k] for k in which.tolist()], strict=True))


def passage_sentences(reuse: Reuse, articles: Mapping[str, Article]) -> Iterator[tuple[Sentence, Sentence, float]]:
    """Each passage of ``reuse`` as its two sentences (in articles ``reuse.a`` and ``reuse.b``) and similarity."""
    a, b = articles[reuse.a].sentences, articles[reuse.b].sentences
    for i, j, similarity in reuse.passages:
        yield a[i], b[j], similarity


def sentence_evidence(article: Article, index: int) -> Evidence:
    """The article's sentence ``index`` as evidence (made from the sentence's checked fields without validating
    them again: the outlets' wording makes one per sentence a passage cites, 30,553 at one-event 100)."""
    sentence = article.sentences[index]
    return Evidence.model_construct(_EVIDENCE_FIELDS, article=article.id, start=sentence.start, end=sentence.end,
                                    text=sentence.text)


_EVIDENCE_FIELDS = {"article", "start", "end", "text"}


def _similarity(score: float) -> float:
    """A link's score as a passage's similarity: rounded to 3 places and within [0, 1], as validation requires."""
    return min(max(round(float(score), 3), 0.0), 1.0)


def _shared(made: dict[float, float], value: float) -> float:
    return made.setdefault(value, value)


def _coverage(article: Article, aligned_starts: set[int]) -> float:
    """Share of the article's sentence characters that are aligned with the other article."""
    total = sum(s.end - s.start for s in article.sentences)
    covered = sum(s.end - s.start for s in article.sentences if s.start in aligned_starts)
    return covered / total if total else 0.0


def _verbatim_share(sizes: NDArray[np.int64], verbatim: NDArray[np.bool_]) -> float:
    """Share of the pair's aligned text (its links' ``a`` sentences' lengths, ``sizes``) in verbatim links."""
    total = int(sizes.sum())
    return int(sizes[verbatim].sum()) / total if total else 0.0


def _changes(alignment: StoryAlignment, links: Links) -> list[Change]:
    table = alignment.table
    return [
        Change(kind=kind, a=table.evidence(i), b=table.evidence(j), a_value=value_a, b_value=value_b)
        for i, j, same in zip(links.a.tolist(), links.b.tolist(), links.verbatim.tolist(), strict=True)
        if not same or table.sentences[i].text != table.sentences[j].text
        for kind, value_a, value_b in _differences(table.sentences[i], table.sentences[j])
    ]


def _differences(a: Sentence, b: Sentence) -> tuple[tuple[str, str, str], ...]:
    """:func:`~newsprism.reuse.changes.differences`, kept per pair of sentences in the story's readings (issue #20):
    it reads their texts and entity mentions alone."""
    return recall(("reuse.differences", a.text, tuple(a.entities), b.text, tuple(b.entities)),
                  lambda: tuple(differences(a, b)))
