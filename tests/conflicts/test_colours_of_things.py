"""conflicts/colours.py: one named car given two colours by two outlets conflicts; one colour spelt two ways, names
in capitals, two models and an article naming two colours do not (sentences written for these tests)."""

from __future__ import annotations

import numpy as np

from newsprism.align import SentenceTable
from newsprism.conflicts.colours import colour_conflicts
from newsprism.model import Article, Sentence


def _table(texts: dict[str, str]) -> SentenceTable:
    articles = [Article(id=i, source=f"{i}.txt", format="text", text=t) for i, t in texts.items()]
    sentences = [Sentence(start=0, end=len(t), text=t) for t in texts.values()]
    return SentenceTable(articles=articles, owner=np.arange(len(articles)), sentences=sentences,
                         distinct=np.zeros((len(articles), 1), dtype=np.float32), encoded=[])


def test_one_car_in_two_colours_conflicts() -> None:
    texts = {"a": "The cyclist was struck by a silver Varna Kestrel near the ferry landing.",
             "b": "Deputies said a grey 2019 Varna Kestrel left the scene heading east.",
             "c": "A neighbour saw the gray Kestrel speed off."}
    [conflict] = colour_conflicts(_table(texts), hash)
    assert conflict.kind == "other"
    assert sorted((s.claim, s.articles) for s in conflict.sides) == [
        ("grey Varna Kestrel", 2), ("silver Varna Kestrel", 1)]


def test_one_colour_two_spellings_capitals_and_two_models_are_no_conflict() -> None:
    spelt = {"a": "It was a grey Varna Kestrel.", "b": "It was a gray Varna Kestrel."}
    capitals = {"a": "Aides met at the White House.", "b": "Aides met at the Blue House."}
    models = {"a": "It was a silver Varna Kestrel.", "b": "It was a grey Varna Osprey."}
    both = {"a": "A silver Varna Kestrel hit a grey Varna Kestrel.", "b": "It was a red Varna Kestrel."}
    for texts in (spelt, capitals, models, both):
        assert colour_conflicts(_table(texts), hash) == []
