"""Issue #20 (memory): the readers that need only each link's two sentences read them from the arrays."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.align import links as links_module
from newsprism.align.links import Link, Links, sentence_pairs


def test_pairs_are_each_links_sentences_in_order_across_read_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(links_module, "READ_ROWS", 2)
    records = [Link(0, 3, 0.75, False), Link(1, 2, 1.0, True), Link(1, 4, 0.6, False), Link(2, 5, 0.9, False),
               Link(3, 4, 1.0, True)]
    expected = [(k.a, k.b) for k in records]
    read = list(sentence_pairs(Links.of(records)))
    assert read == expected and all(isinstance(x, int) and isinstance(y, int) for x, y in read)
    assert list(sentence_pairs(records)) == expected
    assert list(sentence_pairs(Links.of([]))) == []


def test_pairs_make_no_link_record(monkeypatch: pytest.MonkeyPatch) -> None:
    a = np.arange(7)
    links = Links(a, a + 1, np.full(7, 0.8), np.zeros(7, dtype=bool))

    def refuse(*_: object) -> None:
        raise AssertionError("a Link record was made")

    monkeypatch.setattr(links_module, "Link", refuse)
    assert list(sentence_pairs(links)) == [(k, k + 1) for k in range(7)]


def test_links_of_links_is_the_same_arrays() -> None:
    links = Links.of([Link(0, 1, 1.0, True)])
    assert Links.of(links) is links
