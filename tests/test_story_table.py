"""The story table: one place for sentence look-ups, facts and origins (the example story, real pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.align.facts import find_facts, origins
from newsprism.story_table import StoryTable, story_table

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def table(resources) -> StoryTable:
    from newsprism.align import align_story
    from newsprism.config import Config
    from newsprism.ingest import read_inputs
    from newsprism.nlp import parse
    from newsprism.pipeline import clean_all
    from newsprism.reuse import relate

    config = Config()
    articles, _ = clean_all(read_inputs([str(EXAMPLES)], config.ingest).articles, config.clean)
    alignment = align_story([p.article for p in parse(articles, resources, config.nlp)], resources.encoder)
    return story_table(alignment, relate(alignment))


def test_facts_and_origins_are_the_stages_own(table: StoryTable) -> None:
    assert table.facts == find_facts(table.alignment, table.reuse)
    assert table.origin_groups == origins(table.alignment, table.reuse)
    assert len(table.facts) == len(table.fact_members) > 0


def test_every_fact_member_maps_back_to_its_evidence(table: StoryTable) -> None:
    sentences = table.alignment.table
    for fact, members in zip(table.facts, table.fact_members, strict=True):
        assert sorted(i for e in fact.evidence if (i := table.sentence_id(e)) is not None) == list(members)
        for i in members:
            assert table.members(i) == members
            assert sentences.evidence(i).article == table.article_ids[i]


def test_sentence_look_ups(table: StoryTable) -> None:
    sentences = table.alignment.table
    last = len(sentences.sentences) - 1
    evidence = sentences.evidence(last)
    assert table.sentence_id(evidence) == last
    assert table.sentence_at(evidence.article, evidence.start + 1) == last
    assert table.sentence_at("no such article", 0) is None
    lonely = next(i for i in range(last + 1) if i not in table.member_of)
    assert table.members(lonely) == (lonely,)


def test_origins_count_reprints_once(table: StoryTable) -> None:
    ids = [a.id for a in table.alignment.table.articles]
    assert table.count_origins(ids) == len(set(table.origin_groups.values()))
    assert table.count_origins(["unknown-a", "unknown-b"]) == 2
