"""Copies of one quote, grouped before any pairing (issue #20).

A one-event story prints the same words of the same speaker in hundreds of articles. Each copy read from the same
sentence text at the same place in it has the same reading (the story's encoder reads each distinct sentence once),
the same text and the same speaker, so every decision the clustering makes about a pair of quotes is the same for
each of its copies: copies are grouped first, one member of each group is read and paired, and the groups are
expanded back to their members at the end (:func:`expand`).

One thing differs between copies: where they are written. Two quotes read from one sentence never link by their
vectors (:mod:`newsprism.quotes.clusters`), so a group holds no two members read from one sentence (a quote found
twice in one place makes two groups), and two groups are kept apart by their vectors only where every pair of
their members was read from one sentence (:attr:`CopyGroups.together`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from numpy.typing import NDArray

from newsprism.grouping import DisjointSets

Place = tuple[str, int]
"""A sentence a quote is written in: (article id, the sentence's start offset)."""


@dataclass(frozen=True)
class CopyGroups:
    """The variants grouped by what every pair decision reads of them."""

    members: list[list[int]]
    """each group's variants (indexes, ascending), the groups in the order of their first variant"""
    together: NDArray[np.int64]
    """the pairs of groups g < h every pair of whose members was read from one sentence, as ``g * len(members) +
    h``, sorted"""

    @property
    def first(self) -> list[int]:
        """Each group's first variant: the one read and paired for the group."""
        return [members[0] for members in self.members]


def copy_groups(labels: Sequence[Hashable], places: Sequence[frozenset[Place]]) -> CopyGroups:
    """Group the variants whose ``labels`` are equal (what a pair decision reads: the reading's key, the text, the
    speaker) and no two of which were read from one sentence (``places``: each variant's sentences)."""
    group_of: list[int] = []
    open_groups: dict[Hashable, list[tuple[int, set[Place]]]] = {}
    members: list[list[int]] = []
    for index, (label, held) in enumerate(zip(labels, places, strict=True)):
        candidates = open_groups.setdefault(label, [])
        found = next(((group, used) for group, used in candidates if used.isdisjoint(held)), None)
        if found is None:
            found = (len(members), set())
            members.append([])
            candidates.append(found)
        found[1].update(held)
        members[found[0]].append(index)
        group_of.append(found[0])
    return CopyGroups(members, _together(group_of, members, places))


def _together(group_of: list[int], members: list[list[int]], places: Sequence[frozenset[Place]]) -> NDArray[np.int64]:
    """The pairs of groups every pair of whose members shares a sentence (see :attr:`CopyGroups.together`)."""
    readers: dict[Place, list[int]] = {}
    for index, held in enumerate(places):
        for place in held:
            readers.setdefault(place, []).append(index)
    pairs = {(i, j) for found in readers.values() for i, j in combinations(sorted(found), 2)}
    shared = Counter(tuple(sorted((group_of[i], group_of[j]))) for i, j in pairs)
    count = len(members)
    full = [g * count + h for (g, h), n in shared.items() if n == len(members[g]) * len(members[h])]
    return np.array(sorted(full), dtype=np.int64)


def expand(copies: CopyGroups, joined: DisjointSets[int], whole: Sequence[bool]) -> list[list[int]]:
    """The variants' groups from the copy groups' (``joined``): every variant of a set of joined copy groups in
    one, except a copy group joined with no other whose members were not linked with one another (``whole``:
    False), whose variants stay one each. The groups' variants ascending, the groups in the order of their first
    variant (as :meth:`DisjointSets.groups` gives them)."""
    out: list[list[int]] = []
    for found in joined.groups():
        if len(found) == 1 and not whole[found[0]]:
            out += [[index] for index in copies.members[found[0]]]
        else:
            out.append(sorted(index for group in found for index in copies.members[group]))
    return sorted(out, key=lambda variants: variants[0])
