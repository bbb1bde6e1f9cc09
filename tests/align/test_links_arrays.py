"""Issue #20 (memory): the story's links held as arrays read as the list of records they stand for."""

from __future__ import annotations

import numpy as np

from newsprism.align.candidates import copy_groups
from newsprism.align.expand import expand_links
from newsprism.align.links import READ_ROWS, Link, Links


def test_links_read_as_their_records_in_order() -> None:
    records = [Link(0, 3, 0.75, False), Link(1, 2, 1.0, True), Link(1, 4, 0.6123456789012345, False)]
    links = Links.of(records)
    assert list(links) == records and links == records and len(links) == 3
    assert links[2] == records[2] and links[-1] == records[-1]
    assert list(links[1:]) == records[1:]
    assert Links.of([]) == [] and links != records[:2]
    assert isinstance(links[0].a, int) and isinstance(links[0].score, float) and isinstance(links[0].verbatim, bool)


def test_iterating_crosses_the_read_blocks() -> None:
    count = READ_ROWS + 5
    a = np.arange(count)
    links = Links(a, a + 1, a / count, a % 2 == 0)
    read = list(links)
    assert len(read) == count
    assert read[READ_ROWS] == Link(READ_ROWS, READ_ROWS + 1, READ_ROWS / count, READ_ROWS % 2 == 0)


def test_expanded_links_are_sorted_stably_as_records() -> None:
    texts = ["A.", "B.", "A.", "A.", "C.", "B."]
    owner = np.array([0, 0, 1, 1, 2, 2], dtype=np.int64)
    copies = copy_groups(texts)  # A = {0, 2, 3}, B = {1, 5}, C = {4}
    scored = [Link(1, 2, 0.8, False), Link(0, 2, 0.55, False)]
    links = expand_links(scored, copies, owner)
    # B and C: only 1-4 (5 and 4 are both article 2's); A and C: each copy of A with 4
    expected = [Link(0, 2, 1.0, True), Link(0, 3, 1.0, True), Link(1, 5, 1.0, True), Link(1, 4, 0.8, False),
                Link(0, 4, 0.55, False), Link(2, 4, 0.55, False), Link(3, 4, 0.55, False)]
    assert isinstance(links, Links)
    assert list(links) == sorted(expected, key=lambda k: (k.a, k.b))


def test_links_by_pair_of_articles_group_as_records_do() -> None:
    owner = np.array([0, 0, 1, 1, 2, 2], dtype=np.int64)
    records = [Link(0, 2, 0.9, False), Link(0, 4, 1.0, True), Link(1, 2, 0.7, False), Link(1, 5, 0.6, False),
               Link(2, 4, 0.8, False), Link(3, 4, 1.0, True)]
    expected: dict[tuple[int, int], list[Link]] = {}
    for link in records:
        expected.setdefault((int(owner[link.a]), int(owner[link.b])), []).append(link)
    grouped = [(i, j, list(links)) for i, j, links in Links.of(records).by_articles(owner)]
    assert grouped == [(i, j, expected[(i, j)]) for i, j in sorted(expected)]
    assert list(Links.of([]).by_articles(owner)) == []
