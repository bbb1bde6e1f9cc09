"""Facts: groups of aligned sentences, with how many articles and independent origins back each.

Sentences linked by the alignment form a fact (connected components). Articles that
reuse one another (verbatim or rewrite) count as one origin: a reprint is not a second
witness. The pipeline computes facts and origins once per story in :mod:`newsprism.story_table`.
"""

from __future__ import annotations

import numpy as np

from newsprism.align import StoryAlignment
from newsprism.align.links import sentence_pairs
from newsprism.grouping import DisjointSets
from newsprism.model import Fact, Reuse


def find_facts(alignment: StoryAlignment, reuse: list[Reuse]) -> list[Fact]:
    """Facts reported by two articles or more, the best supported first."""
    return [fact for fact, _ in facts_with_members(alignment, origins(alignment, reuse))]


def facts_with_members(alignment: StoryAlignment, origin: dict[str, int]) -> list[tuple[Fact, tuple[int, ...]]]:
    """Each fact reported by two articles or more with its global sentence ids, the best supported first."""
    sentences: DisjointSets[int] = DisjointSets()
    for a, b in sentence_pairs(alignment.links):  # from the arrays, no record per link (issue #20)
        sentences.join(a, b)
    facts = [(_fact(alignment, ids, origin), tuple(sorted(ids))) for ids in sentences.groups()]
    facts = [(f, ids) for f, ids in facts if f.articles >= 2]
    return sorted(facts, key=lambda f: (-f[0].origins, -f[0].articles, f[0].evidence[0].article,
                                        f[0].evidence[0].start))


def origins(alignment: StoryAlignment, reuse: list[Reuse]) -> dict[str, int]:
    """Origin group of each article id: articles joined by verbatim or rewrite reuse share one."""
    index = {a.id: i for i, a in enumerate(alignment.table.articles)}
    groups: DisjointSets[int] = DisjointSets()
    for i in index.values():
        groups.find(i)
    for item in reuse:
        if item.relation != "independent":
            groups.join(index[item.a], index[item.b])
    return {article: groups.find(i) for article, i in index.items()}


def _fact(alignment: StoryAlignment, ids: list[int], origin: dict[str, int]) -> Fact:
    table = alignment.table
    evidence = [table.evidence(i) for i in ids]
    articles = {e.article for e in evidence}
    return Fact(text=table.sentences[_central(alignment, ids)].text, evidence=evidence, articles=len(articles),
                origins=len({origin[a] for a in articles}))


def _central(alignment: StoryAlignment, ids: list[int]) -> int:
    """The sentence closest to all others of the fact: its most representative wording (the largest sum of dot
    products with the fact's sentences, read as the dot product with their sum: linear in the fact's size, where the
    sentence-by-sentence matrix of a one-event story's biggest fact, tens of thousands of sentences, crashed
    OpenBLAS at 500 articles)."""
    vectors = alignment.table.vectors_of(ids)
    return ids[int(np.argmax(vectors @ vectors.sum(axis=0)))]
