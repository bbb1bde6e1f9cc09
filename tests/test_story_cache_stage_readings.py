"""Issue #20: a one-analysis story cache (the CLI's) lets each stage's per-article readings go once that stage is
done (the entity mentions and definite nouns after the entities, the victims after the figures, the quotes once
their speakers are attributed), not at the timeline's end; a kept cache keeps them for the next analysis, and the
report is the same either way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsprism import pipeline
from newsprism.config import Config
from newsprism.ingest import read_inputs
from newsprism.nlp import NlpResources
from newsprism.story_cache import StoryCache

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
STAGES = ("newsprism.entities.", "newsprism.figures.", "newsprism.quotes.")
"""The packages whose per-article readings no stage after the quotes' attribution asks."""


def _steps_during_clusters(cache: StoryCache, monkeypatch: pytest.MonkeyPatch,
                           resources: NlpResources) -> tuple[str, set[str]]:
    """The report of the examples analysed with ``cache``, and the per-article steps it held while the quote
    clusters (the stage after the attribution) ran."""
    held: set[str] = set()
    clusters = pipeline.cluster_quotes

    def watched(*args: Any, **kwargs: Any) -> Any:
        held.update(str(step[0]) for kept in cache.readings._articles.values() for step in kept)
        return clusters(*args, **kwargs)

    monkeypatch.setattr(pipeline, "cluster_quotes", watched)
    raws = read_inputs([str(EXAMPLES)], Config().ingest).articles
    report = pipeline.analyze_raw(raws, Config(), resources, cache=cache)
    return report.model_dump_json(), held


def test_a_one_analysis_cache_lets_each_stages_article_readings_go_after_it(
        resources: NlpResources, monkeypatch: pytest.MonkeyPatch) -> None:
    once_report, once_held = _steps_during_clusters(StoryCache(keep=False), monkeypatch, resources)
    kept_report, kept_held = _steps_during_clusters(StoryCache(), monkeypatch, resources)
    assert once_report == kept_report
    assert {step for step in kept_held if step.startswith(STAGES)}  # a kept cache holds them for the next analysis
    assert not {step for step in once_held if step.startswith(STAGES)}
