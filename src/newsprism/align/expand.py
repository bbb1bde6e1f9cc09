"""Links between sentences from the links between groups of copies, in numbers linear in the sentences (issue #20).

The aligner decides one pair of representatives per pair of copy groups (:mod:`newsprism.align.candidates`); the
sentences they stand for are linked here:

- a group of at most :data:`MAX_FAN` copies links every pair of its copies in different articles, and two linked
  groups of at most MAX_FAN copies each link every pair of their members (as before the bound: a story of some
  dozens of articles gets every link it got then);
- a text printed in more articles than MAX_FAN (a wire sentence in a 2,000-article story) links as a star: each
  copy with the group's first copy in another article (its hub for that article), and a group linked with it
  links each of its members with that hub; two such big groups link their hubs alone; two groups both linked with
  such a big group are not linked with each other (:func:`_through_hubs`). Each copy stays linked, so
  the facts (connected groups of links) are the same, while a one-event story's links, and the reuse records and
  report built from them, grow with its sentences, not with the square of its articles.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable
from itertools import repeat

import numpy as np
from numpy.typing import NDArray

from newsprism.align.candidates import CopyGroups
from newsprism.align.links import Link as Link
from newsprism.align.links import Links

MAX_FAN = 16
"""A text printed in more articles than this links as a star around its first copy (see the module's notes);
up to it, every pair of copies links, as before. The seeds' and example's copy groups hold at most 6 copies (6
articles), the recorded test stories' at most 9. Before the star it was 64 with every copy linked to the first 64:
a 200-article one-event story (16,756 sentences split on end punctuation, PolNeAR base of 89 sentences, 100
reprints, half with the quotes curled) still made 610,270 links (36 a sentence) and as many reuse passages,
from groups of 17-64 copies (the curled quotes' variants, sentences the rewrites left alone) linked pair by pair."""


def expand_links(scored: Iterable[Link], copies: CopyGroups, owner: NDArray[np.int64]) -> Links:
    """Links between sentences from links between groups of copies (``scored``: indexes of groups), and the
    copies' own verbatim links, sorted by (a, b) (held as arrays: :class:`~newsprism.align.links.Links`)."""
    members = _members(copies)
    out = _Collected()
    for group in members:
        if len(group) > 1:
            out.add(_copy_pairs(group, owner), 1.0, True)
    for link in _through_hubs(list(scored), members, owner):
        out.add(_member_pairs(members[link.a], members[link.b], owner), link.score, link.verbatim)
    return out.sorted()


class _Collected:
    """Sentence links as they are made, in compact arrays of Python numbers (8 bytes a sentence id and a score,
    one a flag: a list of records took about 150 bytes a link)."""

    def __init__(self) -> None:
        self.a, self.b, self.score, self.verbatim = array("q"), array("q"), array("d"), array("b")

    def add(self, pairs: list[tuple[int, int]], score: float, verbatim: bool) -> None:
        self.a.extend(a for a, _ in pairs)
        self.b.extend(b for _, b in pairs)
        self.score.extend(repeat(score, len(pairs)))
        self.verbatim.extend(repeat(verbatim, len(pairs)))

    def sorted(self) -> Links:
        """The links sorted by (a, b), links of the same pair in the order they were added (a stable sort: as
        ``list.sort`` on the records' (a, b))."""
        a, b = np.frombuffer(self.a, dtype=np.int64), np.frombuffer(self.b, dtype=np.int64)
        order = np.lexsort((b, a))
        return Links(a[order], b[order], np.frombuffer(self.score, dtype=np.float64)[order],
                     np.frombuffer(self.verbatim, dtype=np.int8)[order].astype(bool))


def _through_hubs(scored: list[Link], members: list[NDArray[np.int64]], owner: NDArray[np.int64]) -> list[Link]:
    """``scored`` less each link between two groups of at most MAX_FAN copies that are both linked with one group
    of more: the big group's hub links them (its spokes), as it links its own copies. The two stay in one fact (each
    is linked with the big group, all of whose copies are linked with their hub), while a one-event story's rewrites
    of one statement, each linked with the statement's printed text, no longer also link one another pair by pair
    (up to 48 neighbours each). Without a group of more than MAX_FAN copies (every story of some dozens of articles)
    nothing is dropped; nor through a big group printed in one article alone (it has no hub to link with)."""
    big = {g for g, ids in enumerate(members) if len(ids) > MAX_FAN and _hubs(ids.tolist(), owner) is not None}
    hubs: dict[int, set[int]] = defaultdict(set)
    for link in scored:
        big_a, big_b = link.a in big, link.b in big
        if big_a != big_b:
            hubs[link.b if big_a else link.a].add(link.a if big_a else link.b)
    if not hubs:
        return scored
    return [link for link in scored if not hubs.get(link.a, set()) & hubs.get(link.b, set())]


def _members(copies: CopyGroups) -> list[NDArray[np.int64]]:
    order = np.argsort(copies.group, kind="stable")
    return np.split(order, np.cumsum(copies.size)[:-1])


def _ordered(pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a, b) if a < b else (b, a) for a, b in pairs]


def _copy_pairs(group: NDArray[np.int64], owner: NDArray[np.int64]) -> list[tuple[int, int]]:
    """Pairs of copies of one text in different articles: all of them, or for a text printed more than MAX_FAN
    times, each copy with its hub."""
    ids = group.tolist()
    if len(ids) <= MAX_FAN:
        return [(a, b) for k, a in enumerate(ids) for b in ids[k + 1:] if owner[a] != owner[b]]
    hubs = _hubs(ids, owner)
    if hubs is None:
        return []
    first, other = hubs
    spokes = _ordered((first if owner[b] != owner[first] else other, b) for b in ids if b not in (first, other))
    return [*spokes, (first, other)]


def _member_pairs(left: NDArray[np.int64], right: NDArray[np.int64],
                  owner: NDArray[np.int64]) -> list[tuple[int, int]]:
    """Sentence pairs of two linked groups, in different articles: every pair, or when one group is printed more
    than MAX_FAN times, each member of the other with its hub (the two hubs when both are)."""
    small, big = sorted((left.tolist(), right.tolist()), key=len)
    if len(big) <= MAX_FAN:
        pairs = [(a, b) for a in left.tolist() for b in right.tolist()]
        return _ordered((a, b) for a, b in pairs if owner[a] != owner[b])
    hubs = _hubs(big, owner)
    if hubs is None:
        return []
    if len(small) > MAX_FAN:
        mine = _hubs(small, owner)
        small = [] if mine is None else [mine[0]]
    first, other = hubs
    return _ordered((a, first if owner[a] != owner[first] else other) for a in small)


def _hubs(ids: list[int], owner: NDArray[np.int64]) -> tuple[int, int] | None:
    """A group's first member and its first member in another article, None when it is all in one article."""
    first = ids[0]
    other = next((b for b in ids if owner[b] != owner[first]), None)
    return None if other is None else (first, other)
