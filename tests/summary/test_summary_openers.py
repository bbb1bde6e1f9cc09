"""Summary sentences that point back ("But ...", "He added that ...", "The move ...") and citation counts by
independent origin, on hand-built stories whose cosines are known."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.align import SentenceTable, StoryAlignment
from newsprism.config import SummaryConfig
from newsprism.model import Article, Fact, Reuse, Sentence
from newsprism.summary import SummaryInput, summarize
from newsprism.summary.score import points_back

DIM = 10


@pytest.mark.parametrize(("text", "expected"), [
    ("But the choice of venue adds another dimension to the meeting.", True),
    ("He added that the two sides would meet again soon.", True),
    ("The move drew criticism from neighbouring states.", True),
    ("However, the plan was delayed by a year.", True),
    ("This decision surprised many observers in the capital.", True),
    ("This week, the council will vote on the budget.", False),
    ("Officials said the bridge would open in 2027.", False),
    ("The council approved the bridge on Monday.", False),
    ("Butterflies returned to the valley in spring.", False),
])
def test_openers_that_point_back(text: str, expected: bool) -> None:
    assert points_back(text) is expected


def story(sentences: dict[str, list[tuple[str, int]]]) -> SentenceTable:
    """Articles of the given sentences; each sentence's vector is its topic's axis plus a little of axis 0."""
    articles = []
    for name, items in sentences.items():
        spans, start = [], 0
        for text, _ in items:
            spans.append(Sentence(start=start, end=start + len(text), text=text))
            start += len(text) + 1
        articles.append(Article(id=name, source=f"{name}.txt", format="text", outlet=name.title(),
                                text=" ".join(t for t, _ in items), sentences=spans))
    topics = [t for items in sentences.values() for _, t in items]
    vectors = np.zeros((len(topics), DIM), dtype=np.float32)
    for row, topic in enumerate(topics):
        vectors[row, 0], vectors[row, topic] = 0.3, 1.0
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    owner = np.array([i for i, items in enumerate(sentences.values()) for _ in items], dtype=np.int64)
    return SentenceTable(articles, owner, [s for a in articles for s in a.sentences], vectors, [])


def fact(table: SentenceTable, topic_rows: list[int], origins: int) -> Fact:
    evidence = [table.evidence(i) for i in topic_rows]
    return Fact(text=evidence[0].text, evidence=evidence, articles=len({e.article for e in evidence}),
                origins=origins)


STORY = {
    "north": [("The river burst its banks in the north of the valley on Monday.", 1),
              ("Officials said 41 people had died in the floods.", 2),
              ("But the regional governor said the toll would rise much further.", 3)],
    "south": [("Floods swept through the valley on Monday after the river burst its banks.", 1),
              ("Officials said 41 people had died in the floods, the agency reported.", 2),
              ("But the governor said the toll would rise much further, officials added.", 3),
              ("Schools in the region will stay shut until the weekend.", 4)],
    "east": [("The river flooded the valley on Monday, officials said.", 1),
             ("Schools across the region will stay closed this week.", 4)],
}


def summary_of(sentences: dict[str, list[tuple[str, int]]], length: int) -> list[str]:
    table = story(sentences)
    facts = [fact(table, [0, 3, 7], 3), fact(table, [2, 5], 2), fact(table, [6, 8], 2)]
    return [s.text for s in summarize(SummaryInput(StoryAlignment(table, []), facts), SummaryConfig(sentences=length))]


def test_a_sentence_that_points_back_is_left_out_without_what_it_points_to() -> None:
    short = {name: [(text if not text.startswith("Officials said 41") else "Dozens died.", topic)
                    for text, topic in items] for name, items in STORY.items()}
    texts = summary_of(short, 5)
    assert len(texts) >= 2 and not any(t.startswith("But") for t in texts)


def test_a_sentence_that_points_back_follows_what_it_points_to() -> None:
    texts = summary_of(STORY, 5)
    buts = [i for i, t in enumerate(texts) if t.startswith("But")]
    assert buts
    for i in buts:
        assert i > 0 and texts[i - 1].startswith("Officials said 41 people")


def test_citations_count_independent_origins_not_articles() -> None:
    table = story(STORY)
    facts = [fact(table, [0, 3, 7], 3)]
    copy = [Reuse(a="north", b="south", relation="verbatim", source="north", coverage=1.0)]
    (first, *_) = summarize(SummaryInput(StoryAlignment(table, []), facts, [], copy), SummaryConfig(sentences=1))
    assert len(first.citations) == 3 and first.origins == 2
    (alone, *_) = summarize(SummaryInput(StoryAlignment(table, []), facts), SummaryConfig(sentences=1))
    assert alone.origins == 3
