"""Facts: groups of aligned sentences, with how many articles and independent origins back each.

Sentences linked by the alignment form a fact (connected components). Articles that
reuse one another (verbatim or rewrite) count as one origin: a reprint is not a second
witness.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from newsprism.align import StoryAlignment
from newsprism.model import Fact, Reuse


class _Groups:
    """Union-find over integers."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        self.parent[item] = root
        return root

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def find_facts(alignment: StoryAlignment, reuse: list[Reuse]) -> list[Fact]:
    """Facts reported by two articles or more, the best supported first."""
    sentences = _Groups()
    for link in alignment.links:
        sentences.join(link.a, link.b)
    members: dict[int, list[int]] = defaultdict(list)
    for index in sorted(sentences.parent):
        members[sentences.find(index)].append(index)
    origin = _origins(alignment, reuse)
    facts = [_fact(alignment, ids, origin) for ids in members.values()]
    facts = [f for f in facts if f.articles >= 2]
    return sorted(facts, key=lambda f: (-f.origins, -f.articles, f.evidence[0].article, f.evidence[0].start))


def _origins(alignment: StoryAlignment, reuse: list[Reuse]) -> dict[str, int]:
    """Origin group of each article id: articles joined by verbatim or rewrite reuse share one."""
    index = {a.id: i for i, a in enumerate(alignment.table.articles)}
    groups = _Groups()
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
    """The sentence closest to all others of the fact: its most representative wording."""
    vectors = alignment.table.vectors[ids]
    return ids[int(np.argmax((vectors @ vectors.T).sum(axis=1)))]


