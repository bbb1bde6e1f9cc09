"""Disjoint sets: the groups are the connected components of the links, whatever their order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.grouping import DisjointSets

links = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=40)


def components(pairs: list[tuple[int, int]]) -> list[list[int]]:
    sets: DisjointSets[int] = DisjointSets()
    for a, b in pairs:
        sets.join(a, b)
    return sets.groups()


@given(links)
def test_groups_are_the_connected_components(pairs: list[tuple[int, int]]) -> None:
    groups = components(pairs)
    items = sorted(x for group in groups for x in group)
    assert items == sorted({x for pair in pairs for x in pair})  # a partition of the linked items
    where = {x: i for i, group in enumerate(groups) for x in group}
    assert all(where[a] == where[b] for a, b in pairs)
    assert [group[0] for group in groups] == sorted(group[0] for group in groups)


@given(links, st.randoms())
def test_the_order_of_the_links_does_not_matter(pairs: list[tuple[int, int]], rng) -> None:
    shuffled = [(b, a) if rng.random() < 0.5 else (a, b) for a, b in pairs]
    rng.shuffle(shuffled)
    assert components(shuffled) == components(pairs)


def test_an_item_never_joined_is_a_group_of_its_own() -> None:
    sets: DisjointSets[str] = DisjointSets()
    sets.join("kim jong un", "kim jong-un")
    assert sets.find("putin") == "putin"
    assert sets.groups() == [["kim jong un", "kim jong-un"], ["putin"]]
