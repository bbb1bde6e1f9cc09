"""Issue #20: links between copy groups expand to sentence links as before for groups of at most MAX_FAN copies,
and as a star around each big group's hub beyond, every copy still linked (the same connected groups)."""

from __future__ import annotations

import numpy as np

from newsprism.align.candidates import copy_groups
from newsprism.align.expand import MAX_FAN, Link, expand_links
from newsprism.align.memo import PairMemo
from newsprism.grouping import DisjointSets


def _groups(links: list[Link], count: int) -> list[frozenset[int]]:
    sets: DisjointSets[int] = DisjointSets()
    for n in range(count):
        sets.find(n)
    for link in links:
        sets.join(link.a, link.b)
    return sorted(frozenset(group) for group in sets.groups())


def test_small_groups_link_every_pair_of_different_articles() -> None:
    texts = ["A.", "B.", "A.", "A.", "C."]
    owner = np.array([0, 0, 1, 1, 2], dtype=np.int64)
    copies = copy_groups(texts)  # groups: A = {0, 2, 3}, B = {1}, C = {4}
    links = expand_links([Link(1, 2, 0.8, False)], copies, owner)
    assert [(k.a, k.b, k.verbatim) for k in links] == [(0, 2, True), (0, 3, True), (1, 4, False)]


def test_a_big_group_links_as_a_star_and_stays_connected() -> None:
    big = MAX_FAN + 10
    texts = ["Wire."] * big + ["Retold."] * 3 + ["Other."]
    owner = np.array([0, 0, *range(1, big - 1), big, big + 1, big + 2, big + 3], dtype=np.int64)  # two copies in 0
    copies = copy_groups(texts)
    links = expand_links([Link(0, 1, 0.9, False)], copies, owner)
    assert all(owner[k.a] != owner[k.b] and k.a < k.b for k in links)
    # each wire copy once (the second copy of article 0 with the other hub), each retelling with the hub, and the
    # three retellings with one another (a small group: every pair)
    assert len(links) == (big - 1) + 3 + 3
    assert _groups(links, len(texts)) == sorted([frozenset(range(big + 3)), frozenset([big + 3])])


def test_two_big_groups_link_their_hubs_alone() -> None:
    count = MAX_FAN + 1
    texts = ["One."] * count + ["Two."] * count
    owner = np.concatenate([np.arange(count), np.arange(count)]).astype(np.int64)
    links = expand_links([Link(0, 1, 0.7, False)], copy_groups(texts), owner)
    scored = [k for k in links if not k.verbatim]
    assert [(k.a, k.b) for k in scored] == [(0, count + 1)]  # 'One.' of article 0 with 'Two.' of article 1
    assert len(_groups(links, 2 * count)) == 1


def test_the_pair_memo_keeps_decisions_under_either_order() -> None:
    memo: PairMemo[bool] = PairMemo()
    texts = ["a", "b", "c"]
    memo.keep(texts, np.array([[0, 1], [2, 1]], dtype=np.int64), [True, False])
    assert memo.recall(["b", "a", "c"], np.array([[0, 1], [0, 2], [1, 2]], dtype=np.int64)) == [True, False, None]
    assert memo.get("b", "a") is True and memo.get("a", "z") is None and len(memo) == 2


def _wire_and_retellings(retellings: int) -> tuple[list[str], np.ndarray]:
    """A wire sentence printed in MAX_FAN + 4 articles, then ``retellings`` rewordings of it, one an article."""
    big = MAX_FAN + 4
    texts = ["Wire."] * big + [f"Retold {k}." for k in range(retellings)]
    return texts, np.arange(len(texts), dtype=np.int64)


def test_groups_both_linked_with_a_big_group_link_through_its_hub_alone() -> None:
    texts, owner = _wire_and_retellings(3)
    copies = copy_groups(texts)  # groups: 0 = the wire (MAX_FAN + 4 copies), 1-3 = the retellings
    scored = [Link(0, 1, 0.9, False), Link(0, 2, 0.9, False), Link(1, 2, 0.8, False), Link(2, 3, 0.8, False)]
    links = expand_links(scored, copies, owner)
    retold = {len(texts) - 3, len(texts) - 2, len(texts) - 1}
    pairs = {(k.a, k.b) for k in links if k.a in retold or k.b in retold}
    # the first two retellings link with the hub only; the third, not linked with the wire, keeps its link
    assert pairs == {(0, len(texts) - 3), (0, len(texts) - 2), (len(texts) - 2, len(texts) - 1)}
    assert _groups(links, len(texts)) == [frozenset(range(len(texts)))]


def test_without_a_big_group_every_scored_link_stays() -> None:
    texts = ["Wire."] * MAX_FAN + ["Retold 0.", "Retold 1."]
    owner = np.arange(len(texts), dtype=np.int64)
    scored = [Link(0, 1, 0.9, False), Link(0, 2, 0.9, False), Link(1, 2, 0.8, False)]
    links = expand_links(scored, copy_groups(texts), owner)
    assert (MAX_FAN, MAX_FAN + 1) in {(k.a, k.b) for k in links}
    assert sum(not k.verbatim for k in links) == 2 * MAX_FAN + 1


def test_a_big_group_in_one_article_is_no_hub() -> None:
    texts = ["Wire."] * (MAX_FAN + 2) + ["Retold 0.", "Retold 1."]
    owner = np.array([0] * (MAX_FAN + 2) + [1, 2], dtype=np.int64)
    scored = [Link(0, 1, 0.9, False), Link(0, 2, 0.9, False), Link(1, 2, 0.8, False)]
    links = expand_links(scored, copy_groups(texts), owner)
    assert [(k.a, k.b) for k in links] == [(MAX_FAN + 2, MAX_FAN + 3)]
