"""summarize on a story that goes through the real pipeline: parse, align, reuse, facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.align import align_story
from newsprism.align.facts import find_facts
from newsprism.config import Config, NlpConfig, SummaryConfig
from newsprism.ingest import read_inputs
from newsprism.model import Article, Conflict, ConflictSide, SummarySentence
from newsprism.nlp import parse
from newsprism.pipeline import clean_all
from newsprism.reuse import relate
from newsprism.summary import SummaryInput, summarize

TEXTS = {
    "harbour-daily": (
        "A fire destroyed the old grain warehouse at the harbour of Lindmark on Saturday night. "
        "Firefighters fought the blaze for six hours before bringing it under control. "
        "The mayor said the building had been empty for years.\n\n"
        "Police have opened an inquiry into the cause of the fire."),
    "coast-news": (
        "The old grain warehouse at Lindmark harbour was destroyed by fire on Saturday night. "
        "It took firefighters six hours to bring the blaze under control. "
        "Nobody was hurt, the fire service said.\n\n"
        "A police inquiry into the cause of the fire has been opened."),
    "valley-post": (
        "Fire destroyed an old grain warehouse in the harbour of Lindmark late on Saturday. "
        "The fire service said nobody was injured. "
        "Local artists had hoped to turn the warehouse into a gallery next spring."),
}


@pytest.fixture(scope="module")
def story(resources) -> SummaryInput:
    articles = [Article(id=name, source=f"{name}.txt", format="text", text=text) for name, text in TEXTS.items()]
    parsed = [p.article for p in parse(articles, resources, NlpConfig())]
    alignment = align_story(parsed, resources.encoder)
    return SummaryInput(alignment, find_facts(alignment, relate(alignment)))


def fire_sentence(summary: list[SummarySentence]) -> SummarySentence:
    return next(s for s in summary if "warehouse" in s.text and "destroyed" in s.text)


def test_the_shared_lead_is_cited_by_every_article(story: SummaryInput) -> None:
    summary = summarize(story, SummaryConfig(sentences=3))
    assert len(summary) == 3
    lead = fire_sentence(summary)
    assert lead.citations == list(TEXTS)
    assert len({e.article for e in lead.evidence}) == 3
    for sentence in summary:
        assert any(sentence.text == e.text for e in sentence.evidence)  # extracted: one source's own sentence
        for item in sentence.evidence:
            assert TEXTS[item.article][item.start:item.end] == item.text


def test_words_budget_and_a_conflict_note(story: SummaryInput) -> None:
    table = story.alignment.table
    first = [table.evidence(i) for i, s in enumerate(table.sentences) if "six hours" in s.text]
    assert len(first) == 2
    conflict = Conflict(kind="number", about="how long the fire burned", explanation="Six hours in both; test only.",
                        sides=[ConflictSide(claim="six hours", evidence=[first[0]], articles=1, origins=1),
                               ConflictSide(claim="about six hours", evidence=[first[1]], articles=1, origins=1)])
    disputed = SummaryInput(story.alignment, story.facts, [conflict])
    summary = summarize(disputed, SummaryConfig(sentences=8))
    hours = next(i for i, s in enumerate(summary) if "six hours" in s.text and s.conflict is None)
    assert summary[hours + 1].conflict == 0
    assert summary[hours + 1].citations == ["harbour-daily", "coast-news"]
    short = summarize(disputed, SummaryConfig(words=40))
    assert 0 < sum(len(s.text.split()) for s in short) <= 40


def test_the_example_story_opens_with_its_lead_fact(resources) -> None:
    config = Config()
    examples = Path(__file__).resolve().parents[2] / "examples"
    articles, _ = clean_all(read_inputs([str(examples)], config.ingest).articles, config.clean)
    parsed = [p.article for p in parse(articles, resources, config.nlp)]
    alignment = align_story(parsed, resources.encoder)
    summary = summarize(SummaryInput(alignment, find_facts(alignment, relate(alignment))), SummaryConfig())
    assert len(summary) == 5
    assert "collided" in summary[0].text
    assert len(summary[0].citations) >= 3
    assert all(len(s.citations) >= 2 for s in summary)  # every statement has a second source
