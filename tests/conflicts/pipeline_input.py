"""The conflicts stage's input exactly as the pipeline builds it for a story (shared by the tests that compare
a fixed invented story's conflicts before and after a change)."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism import pipeline
from newsprism.config import Config
from newsprism.conflicts import ConflictInput, find_conflicts
from newsprism.ingest import RawArticle
from newsprism.model import Conflict


def conflict_input_of(raws: list[RawArticle], resources: Any) -> ConflictInput:
    """Run the whole pipeline on ``raws`` and keep what it hands to ``find_conflicts``."""
    held: dict[str, ConflictInput] = {}

    def keep(story: ConflictInput) -> list[Conflict]:
        held["input"] = story
        return find_conflicts(story)

    patch = pytest.MonkeyPatch()
    patch.setattr(pipeline, "find_conflicts", keep)
    try:
        pipeline.analyze_raw(raws, Config(), resources)
    finally:
        patch.undo()
    return held["input"]


def story_conflicts(articles: list[tuple[str, str]], resources: Any) -> list[Conflict]:
    """The conflicts the whole pipeline finds in a story of ``(title, text)`` articles, read as a0, a1, ..."""
    raws = [RawArticle(id=f"a{i}", source=f"a{i}", format="text", title=title, text=text)
            for i, (title, text) in enumerate(articles)]
    return find_conflicts(conflict_input_of(raws, resources))
