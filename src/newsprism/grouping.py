"""Disjoint sets (union-find): how newsprism turns pairwise links into groups.

Sentences linked by the alignment become facts, articles joined by reuse share an origin,
name keys become entities, quote variants become clusters: each is the connected groups
of a set of links, found here.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Generic, TypeVar

K = TypeVar("K", int, str)


class DisjointSets(Generic[K]):
    """Union-find with path compression. The smaller item of two joined groups becomes their root, so the
    groups (and their roots) do not depend on the order the links come in."""

    def __init__(self) -> None:
        self.parent: dict[K, K] = {}

    def find(self, item: K) -> K:
        """The root of ``item``'s group (an item never seen is a group of its own)."""
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        while item != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[K]]:
        """Every group, its items sorted, the groups in the order of their smallest item."""
        members: dict[K, list[K]] = defaultdict(list)
        for item in sorted(self.parent):
            members[self.find(item)].append(item)
        return list(members.values())
