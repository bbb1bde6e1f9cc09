"""A sentence table makes each sentence's Evidence once: every change citing it shares the record; a reuse passage
cites its two sentences by their indexes in their articles (schema 3.0)."""

from __future__ import annotations

import numpy as np
from lined_articles import lined_article

from newsprism.align import Link, SentenceTable, StoryAlignment
from newsprism.model import Evidence
from newsprism.reuse import passage_sentences, relate

LINES = ["The ferry to Quarry Hill was cancelled on Monday.", "Two crew members were hurt, the port said.",
         "Repairs will take a week."]


def _table(count: int) -> SentenceTable:
    articles = [lined_article(f"a{k}", LINES) for k in range(count)]
    owner = np.array([k for k in range(count) for _ in LINES], dtype=np.int64)
    vectors = np.ones((len(owner), 4), dtype=np.float32)
    return SentenceTable(articles, owner, [s for a in articles for s in a.sentences], vectors, [])


def test_evidence_is_made_once_per_sentence_and_equals_a_fresh_record() -> None:
    table = _table(2)
    first = table.evidence(4)
    assert table.evidence(4) is first
    assert first == Evidence(article="a1", start=table.sentences[4].start, end=table.sentences[4].end,
                             text=LINES[1])
    assert table.evidence(1) is not first and table.evidence(1).article == "a0"


def test_reuse_passages_are_the_indexes_of_the_sentences_they_cite() -> None:
    table = _table(3)
    size = len(LINES)
    links = [Link(k, size * other + k + (other == 2), 1.0, True) for other in (1, 2) for k in range(size - 1)]
    records = relate(StoryAlignment(table, sorted(links, key=lambda link: (link.a, link.b))))
    assert [(r.a, r.b) for r in records] == [("a0", "a1"), ("a0", "a2")]
    assert records[0].passages == [(k, k, 1.0) for k in range(size - 1)]
    assert records[1].passages == [(k, k + 1, 1.0) for k in range(size - 1)]  # table index 2 * size + k + 1
    for record in records:
        cited = passage_sentences(record, {article.id: article for article in table.articles})
        assert all(a.text == LINES[i] and b.text == LINES[j] for (a, b, _), (i, j, _) in zip(cited, record.passages,
                                                                                          strict=True))
