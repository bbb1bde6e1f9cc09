"""A sentence table makes each sentence's Evidence once: every passage and change citing it shares the record."""

from __future__ import annotations

import numpy as np

from newsprism.align import Link, SentenceTable, StoryAlignment
from newsprism.model import Article, Evidence, Sentence
from newsprism.reuse import relate

LINES = ["The ferry to Quarry Hill was cancelled on Monday.", "Two crew members were hurt, the port said.",
         "Repairs will take a week."]


def _article(name: str, lines: list[str]) -> Article:
    spans, start = [], 0
    for line in lines:
        spans.append(Sentence(start=start, end=start + len(line), text=line))
        start += len(line) + 1
    return Article(id=name, source=f"{name}.txt", format="text", text=" ".join(lines), sentences=spans)


def _table(count: int) -> SentenceTable:
    articles = [_article(f"a{k}", LINES) for k in range(count)]
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


def test_reuse_passages_citing_one_sentence_share_its_evidence() -> None:
    table = _table(3)
    size = len(LINES)
    links = [Link(k, size * other + k, 1.0, True) for other in (1, 2) for k in range(size)]
    records = relate(StoryAlignment(table, sorted(links, key=lambda link: (link.a, link.b))))
    assert len(records) == 2 and all(len(r.passages) == size for r in records)
    hub = [r.passages[0].a for r in records]
    assert hub[0] is hub[1] and hub[0].text == LINES[0]
