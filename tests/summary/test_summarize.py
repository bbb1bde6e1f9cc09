"""summarize on hand-built stories: sentences, vectors and facts written here, so every cosine is known."""

from __future__ import annotations

import itertools

import numpy as np

from newsprism.align import SentenceTable, StoryAlignment
from newsprism.config import SummaryConfig
from newsprism.model import Article, Conflict, ConflictSide, Evidence, Fact, Sentence
from newsprism.summary import SummaryInput, rank, summarize
from newsprism.summary.select import REDUNDANT_COSINE

DIM = 8

# topic -> direction; every sentence vector is its topic's axis (plus a little of the shared axis 0)
STORY = {
    "north": [("The river burst its banks in the north of the valley on Monday.", 1),
              ("Officials said 41 people had died in the floods.", 2),
              ("Rescue teams worked through the night to reach stranded villages.", 3),
              ("Schools in the region will stay closed this week.", 4)],
    "south": [("Floods swept through the valley on Monday after the river burst its banks.", 1),
              ("At least 43 people died, according to the regional governor.", 2),
              ("The weather service warned that more rain was expected on Thursday.", 5)],
    "west": [("Heavy rain made the river overflow across the valley on Monday.", 1),
             ("The weather service expects more rain on Thursday, forecasters said.", 5),
             ("A local football match was postponed until next month.", 6)],
}


def article(name: str, sentences: list[str], outlet: str | None = None) -> Article:
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append(Sentence(start=start, end=start + len(sentence), text=sentence))
        start += len(sentence) + 1
    return Article(id=name, source=f"{name}.txt", format="text", text=text, sentences=spans,
                   outlet=outlet or name.title())


def table(story: dict[str, list[tuple[str, int]]]) -> SentenceTable:
    articles = [article(name, [s for s, _ in items]) for name, items in story.items()]
    topics = [topic for items in story.values() for _, topic in items]
    vectors = np.zeros((len(topics), DIM), dtype=np.float32)
    for row, topic in enumerate(topics):
        vectors[row, 0] = 0.3
        vectors[row, topic] = 1.0
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    owner = np.array([i for i, items in enumerate(story.values()) for _ in items], dtype=np.int64)
    return SentenceTable(articles, owner, [s for a in articles for s in a.sentences], vectors, [])


def facts_of(sentences: SentenceTable, story: dict[str, list[tuple[str, int]]], topic: int, origins: int) -> Fact:
    topics = [t for items in story.values() for _, t in items]
    evidence = [sentences.evidence(i) for i, t in enumerate(topics) if t == topic]
    return Fact(text=evidence[0].text, evidence=evidence, articles=len({e.article for e in evidence}),
                origins=origins)


def story_input(conflicts: list[Conflict] | None = None) -> SummaryInput:
    sentences = table(STORY)
    facts = [facts_of(sentences, STORY, 1, 3), facts_of(sentences, STORY, 5, 2)]
    return SummaryInput(StoryAlignment(sentences, []), facts, conflicts or [])


def evidence_of(story: SummaryInput, text: str) -> Evidence:
    sentences = story.alignment.table
    return sentences.evidence(next(i for i, s in enumerate(sentences.sentences) if s.text == text))


def toll_conflict(story: SummaryInput) -> Conflict:
    north = evidence_of(story, STORY["north"][1][0])
    south = evidence_of(story, STORY["south"][1][0])
    return Conflict(kind="number", about="the death toll", explanation="North says 41 dead, South at least 43.",
                    sides=[ConflictSide(claim="41 people", evidence=[north], articles=1, origins=1),
                           ConflictSide(claim="at least 43 people", evidence=[south], articles=1, origins=1)])


def test_empty_story_gives_an_empty_summary() -> None:
    empty = SentenceTable([], np.zeros(0, dtype=np.int64), [], np.zeros((0, DIM), dtype=np.float32), [])
    assert summarize(SummaryInput(StoryAlignment(empty, [])), SummaryConfig()) == []
    assert summarize(story_input(), SummaryConfig(sentences=0)) == []


def test_citations_cover_every_supporting_article() -> None:
    summary = summarize(story_input(), SummaryConfig(sentences=5))
    flood = next(s for s in summary if "Monday" in s.text)
    assert flood.citations == ["north", "south", "west"]
    assert {e.text for e in flood.evidence} == {items[0][0] for items in STORY.values()}
    rain = next(s for s in summary if "Thursday" in s.text)
    assert rain.citations == ["south", "west"]
    assert len(rain.evidence) == 2
    for sentence in summary:
        assert sentence.citations == sorted({e.article for e in sentence.evidence},
                                            key=["north", "south", "west"].index)


def test_evidence_slices_back_to_the_article_text() -> None:
    story = story_input()
    story = SummaryInput(story.alignment, story.facts, [toll_conflict(story)])
    texts = {a.id: a.text for a in story.alignment.table.articles}
    for sentence in summarize(story, SummaryConfig(sentences=8)):
        assert sentence.evidence
        for item in sentence.evidence:
            assert texts[item.article][item.start:item.end] == item.text


def test_length_in_sentences_is_respected() -> None:
    for length in range(1, 9):
        assert len(summarize(story_input(), SummaryConfig(sentences=length))) <= length
    assert len(summarize(story_input(), SummaryConfig(sentences=3))) == 3


def test_length_in_words_is_respected() -> None:
    for words in (5, 12, 20, 30, 60, 200):
        summary = summarize(story_input(), SummaryConfig(words=words))
        assert sum(len(s.text.split()) for s in summary) <= words
    assert summarize(story_input(), SummaryConfig(words=3)) == []  # no candidate fits in three words
    assert len(summarize(story_input(), SummaryConfig(words=25))) >= 1


def test_no_redundant_pair_and_one_sentence_per_fact() -> None:
    story = story_input()
    summary = summarize(story, SummaryConfig(sentences=10))
    sentences = story.alignment.table
    index = {s.text: i for i, s in enumerate(sentences.sentences)}
    for a, b in itertools.combinations(summary, 2):
        assert float(sentences.vectors[index[a.text]] @ sentences.vectors[index[b.text]]) < REDUNDANT_COSINE
    assert sum("Monday" in s.text for s in summary) == 1  # three wordings of one fact: one sentence


def test_the_best_supported_fact_comes_first_in_importance() -> None:
    story = story_input()
    assert "Monday" in rank(story)[0].text
    assert rank(story)[0].origins == 3
    assert "Monday" in summarize(story, SummaryConfig(sentences=1))[0].text


def test_order_is_first_position_in_the_articles() -> None:
    summary = summarize(story_input(), SummaryConfig(sentences=4))
    sentences = story_input().alignment.table.sentences
    positions = {s.text: i for a in story_input().alignment.table.articles for i, s in enumerate(a.sentences)}
    assert sentences  # the story is not empty
    firsts = [min(positions[e.text] for e in s.evidence) for s in summary]
    assert firsts == sorted(firsts)


def test_a_disputed_sentence_is_followed_by_a_conflict_note() -> None:
    story = story_input()
    story = SummaryInput(story.alignment, story.facts, [toll_conflict(story)])
    summary = summarize(story, SummaryConfig(sentences=6))
    disputed = next(i for i, s in enumerate(summary) if "died" in s.text)
    note = summary[disputed + 1]
    assert note.conflict == 0
    assert note.text == "Outlets differ on the death toll: 41 people (North) vs at least 43 people (South)."
    assert note.citations == ["north", "south"]
    assert {e.text for e in note.evidence} == {STORY["north"][1][0], STORY["south"][1][0]}
    assert sum(s.conflict is not None for s in summary) == 1  # noted once, though both wordings dispute it


def test_notes_come_on_top_of_the_sentences_but_count_in_the_words() -> None:
    story = story_input()
    story = SummaryInput(story.alignment, story.facts, [toll_conflict(story)])
    for length in range(1, 7):
        summary = summarize(story, SummaryConfig(sentences=length))
        assert len([s for s in summary if s.conflict is None]) <= length
        assert len([s for s in summary if s.conflict is not None]) <= 1
        for i, sentence in enumerate(summary):
            if "died" in sentence.text:
                assert summary[i + 1].conflict == 0
    for words in range(5, 60, 5):
        summary = summarize(story, SummaryConfig(words=words))
        assert sum(len(s.text.split()) for s in summary) <= words


def test_no_note_when_nothing_disputed_is_chosen() -> None:
    story = story_input()
    story = SummaryInput(story.alignment, story.facts, [toll_conflict(story)])
    summary = summarize(story, SummaryConfig(sentences=1))
    assert [s.conflict for s in summary] == [None]
