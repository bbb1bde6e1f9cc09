"""Issue #20 (memory): reuse reads the story's links by article pair from their arrays, with no Link record per
link, and gives each pair the passages its links stand for."""

from __future__ import annotations

import numpy as np
import pytest
from lined_articles import lined_article

from newsprism.align import SentenceTable, StoryAlignment
from newsprism.align import links as links_module
from newsprism.align.links import Link, Links
from newsprism.reuse import relate

LINES = ["The ferry to Quarry Hill was cancelled on Monday.", "Two crew members were hurt, the port said.",
         "Repairs will take a week.", "The harbour reopens on Friday."]


def _table() -> SentenceTable:
    articles = [lined_article("a0", LINES), lined_article("a1", LINES),
                lined_article("a2", [*LINES[:2], "Ferries run again."])]
    owner = np.array([k for k, article in enumerate(articles) for _ in article.sentences], dtype=np.int64)
    vectors = np.ones((len(owner), 4), dtype=np.float32)
    return SentenceTable(articles, owner, [s for a in articles for s in a.sentences], vectors, [])


RECORDS = sorted([Link(0, 4, 1.0, True), Link(1, 5, 1.0, True), Link(2, 6, 1.0, True), Link(3, 7, 1.0, True),
                  Link(0, 8, 0.91234, False), Link(1, 9, 0.6666666, False), Link(4, 8, 0.91234, False),
                  Link(2, 10, 0.50049, False)], key=lambda k: (k.a, k.b))


def test_passages_are_each_pairs_links_in_order() -> None:
    records = relate(StoryAlignment(_table(), Links.of(RECORDS)))
    assert [(r.a, r.b) for r in records] == [("a0", "a1"), ("a0", "a2"), ("a1", "a2")]
    first = {"a0": 0, "a1": 4, "a2": 8}
    for record in records:
        expected = [(k.a - first[record.a], k.b - first[record.b], round(k.score, 3)) for k in RECORDS
                    if k.a in range(first[record.a], first[record.a] + 4)
                    and k.b in range(first[record.b], first[record.b] + 4)]
        assert record.passages == expected
    assert records[0].relation == "verbatim" and records[0].coverage == 1.0


def test_relate_makes_no_link_record_and_equals_relate_on_records(monkeypatch: pytest.MonkeyPatch) -> None:
    from_records = relate(StoryAlignment(_table(), RECORDS))
    links = Links.of(RECORDS)

    def refuse(*_: object) -> None:
        raise AssertionError("a Link record was made")

    monkeypatch.setattr(links_module, "Link", refuse)
    assert relate(StoryAlignment(_table(), links)) == from_records
