"""The entities of the seed story (../shared/seeds), read through the project's own pipeline; skipped without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.config import Config
from newsprism.entities import EntityIndex, find_entities
from newsprism.ingest import read_inputs
from newsprism.model import Entity
from newsprism.nlp import NlpResources, parse
from newsprism.pipeline import clean_all

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def seeds(resources: NlpResources) -> EntityIndex:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is absent")
    config = Config()
    ingested = read_inputs([str(p) for p in sorted(SEEDS.glob("*.txt"))], config.ingest)
    articles, _ = clean_all(ingested.articles, config.clean)
    return find_entities(parse(articles, resources, config.nlp))


def _with_form(index: EntityIndex, form: str) -> list[Entity]:
    return [e for e in index.entities if form == e.name or form in e.aliases]


def test_the_leader_is_one_entity_under_all_his_spellings(seeds: EntityIndex) -> None:
    (leader,) = _with_form(seeds, "Kim Jong Un")
    assert leader.type == "person"
    assert {"Kim Jong-un", "Kim Jong Un", "Kim"} <= {leader.name, *leader.aliases}
    assert leader.articles == len({m.article for e in seeds.entities for m in e.mentions})
    assert seeds.entities[0] == leader or len(seeds.entities[0].mentions) >= len(leader.mentions)


def test_the_analyst_who_shares_the_surname_is_another_entity(seeds: EntityIndex) -> None:
    (analyst,) = _with_form(seeds, "Kim Dong-yub")
    (leader,) = _with_form(seeds, "Kim Jong Un")
    assert analyst.id != leader.id
    assert "Kim Dong-yub" not in leader.aliases
    assert len(analyst.mentions) < len(leader.mentions) / 5


@pytest.mark.parametrize("canonical, written", [
    ("Vladimir Putin", {"Putin"}),
    ("United States", {"US"}),
    ("North Korea", {"DPRK"}),
])
def test_other_names_merge(seeds: EntityIndex, canonical: str, written: set[str]) -> None:
    (entity,) = _with_form(seeds, canonical)
    assert written <= set(entity.aliases)
