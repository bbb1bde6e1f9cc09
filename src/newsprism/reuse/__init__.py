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
from typing import Literal

import numpy as np

from newsprism.align import Link, StoryAlignment
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
    pair is independent and has no record."""
    by_pair: dict[tuple[int, int], list[Link]] = defaultdict(list)
    owner = alignment.table.owner
    for link in alignment.links:
        by_pair[(int(owner[link.a]), int(owner[link.b]))].append(link)
    articles, similarities = alignment.table.articles, dict[float, float]()
    first = np.searchsorted(owner, np.arange(len(articles))).tolist()  # each article's first sentence in the table
    return _siblings_have_no_source([_relation(alignment, (articles[i], articles[j]), (first[i], first[j]),
                                               by_pair.pop((i, j)), similarities) for i, j in sorted(by_pair)])


def _siblings_have_no_source(records: list[Reuse]) -> list[Reuse]:
    """Two copies of one source share text because of it: neither is the other's source."""
    sources: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r.source is not None:
            sources[r.b if r.source == r.a else r.a].add(r.source)
    return [r.model_copy(update={"source": None})
            if r.source is not None and sources[r.a] & sources[r.b] else r for r in records]


def _relation(alignment: StoryAlignment, pair: tuple[Article, Article], first: tuple[int, int], links: list[Link],
              similarities: dict[float, float]) -> Reuse:
    """The pair's record; ``first``: the table index of each article's first sentence (a passage holds indexes
    into the article's sentences); ``similarities``: each passage similarity made once per story, shared (a float
    is 24 bytes, a one-event story's passages a million and more, most of them 1.0)."""
    table, (a, b) = alignment.table, pair
    cover_a = _coverage(a, {table.sentences[link.a].start for link in links})
    cover_b = _coverage(b, {table.sentences[link.b].start for link in links})
    verbatim = _verbatim_share(alignment, links)
    ordered = kept_order([(table.sentences[link.a].start, table.sentences[link.b].start) for link in links])
    coverage = max(cover_a, cover_b)
    relation: Relation
    if coverage >= REUSE_COVERAGE and verbatim >= VERBATIM_SHARE:
        relation = "verbatim"
    elif coverage >= REUSE_COVERAGE and ordered >= ORDER_KEPT:
        relation = "rewrite"
    else:
        relation = "independent"
    passages = [(link.a - first[0], link.b - first[1], _shared(similarities, _similarity(link.score)))
                for link in links]
    return Reuse.model_construct(
        _REUSE_FIELDS, a=a.id, b=b.id, relation=relation,
        source=source_of(a, b, cover_a, cover_b) if relation != "independent" else None,
        coverage=round(coverage, 3), passages=passages,
        changes=_changes(alignment, links) if relation != "independent" else [],
    )


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


def _verbatim_share(alignment: StoryAlignment, links: list[Link]) -> float:
    sizes = [(len(alignment.table.sentences[link.a].text), link.verbatim) for link in links]
    total = sum(size for size, _ in sizes)
    return sum(size for size, same in sizes if same) / total if total else 0.0


def _changes(alignment: StoryAlignment, links: list[Link]) -> list[Change]:
    table = alignment.table
    return [
        Change(kind=kind, a=table.evidence(link.a), b=table.evidence(link.b), a_value=value_a, b_value=value_b)
        for link in links if not link.verbatim or table.sentences[link.a].text != table.sentences[link.b].text
        for kind, value_a, value_b in _differences(table.sentences[link.a], table.sentences[link.b])
    ]


def _differences(a: Sentence, b: Sentence) -> tuple[tuple[str, str, str], ...]:
    """:func:`~newsprism.reuse.changes.differences`, kept per pair of sentences in the story's readings (issue #20):
    it reads their texts and entity mentions alone."""
    return recall(("reuse.differences", a.text, tuple(a.entities), b.text, tuple(b.entities)),
                  lambda: tuple(differences(a, b)))
