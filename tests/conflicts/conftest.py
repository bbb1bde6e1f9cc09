"""Conflict inputs built from the pipeline's pieces (conflicts are not wired into ``analyze`` yet)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


def _story(paths: list[str], resources):
    from newsprism.align import align_story
    from newsprism.config import Config
    from newsprism.conflicts import ConflictInput
    from newsprism.entities import find_entities
    from newsprism.nlp import parse
    from newsprism.pipeline import clean_all, read_inputs
    from newsprism.reuse import relate
    from newsprism.timeline import build_timeline

    config = Config()
    articles, _ = clean_all(read_inputs(paths, config.ingest).articles, config.clean)
    parsed = parse(articles, resources, config.nlp)
    alignment = align_story([p.article for p in parsed], resources.encoder)
    return ConflictInput(alignment=alignment, reuse=relate(alignment), quotes=[],
                         timeline=build_timeline(parsed, alignment), entities=find_entities(parsed),
                         encoder=resources.encoder)


@pytest.fixture(scope="session")
def conflict_input():
    """Builds the conflict input of the articles at some paths: ``conflict_input(paths, resources)``."""
    return _story


@pytest.fixture(scope="session")
def example_story(resources):
    return _story([str(ROOT / "examples")], resources)


@pytest.fixture(scope="session")
def seeds_story(resources):
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the checkout")
    return _story([str(SEEDS)], resources)
