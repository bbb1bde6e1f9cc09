"""Issue #18: one named player's games to date, given differently by two outlets ('has ... in 88 games' / 'now has
... in 89 games'; :mod:`newsprism.conflicts.game_totals`). Sentences written for these tests."""

from __future__ import annotations

import numpy as np

from newsprism.align import SentenceTable
from newsprism.conflicts.game_totals import game_total_conflicts
from newsprism.model import Article, Sentence


def _table(texts: dict[str, list[str]]) -> SentenceTable:
    articles = [Article(id=i, source=f"{i}.txt", format="text", text=" ".join(t)) for i, t in texts.items()]
    sentences, owner = [], []
    for number, lines in enumerate(texts.values()):
        for text in lines:
            sentences.append(Sentence(start=0, end=len(text), text=text, entities=[]))
            owner.append(number)
    return SentenceTable(articles=articles, owner=np.array(owner), sentences=sentences,
                         distinct=np.zeros((len(sentences), 1), dtype=np.float32), encoded=[])


def _sides(texts: dict[str, list[str]]) -> list[list[str]]:
    found = game_total_conflicts(_table(texts), lambda article: hash(article))
    return [[side.claim for side in c.sides] for c in found]


def test_two_totals_of_one_player_disagree() -> None:
    assert _sides({"a": ["Ortega has piled up his goals in 88 games over four seasons."],
                   "b": ["Ortega now has 61 goals in 89 games as a Falcon."]}) in (
        [["in 88 games", "in 89 games"]], [["in 89 games", "in 88 games"]])


def test_other_players_and_stretches_are_not_one_total() -> None:
    assert _sides({"a": ["Ortega has 61 goals in 88 games."],
                   "b": ["Lindqvist now has 40 goals in 89 games."]}) == []
    assert _sides({"a": ["Ortega has 61 goals in 88 games."],
                   "b": ["Ortega has scored 9 goals in 12 games this season."]}) == []
    assert _sides({"a": ["Ortega has 61 goals in 88 games."],
                   "b": ["Ortega has scored twice in three games against Dover."]}) == []
    assert _sides({"a": ["Ortega has 61 goals in 88 games."],
                   "b": ["Ortega had 20 goals in 30 games by then."]}) == []
