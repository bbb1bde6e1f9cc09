"""Issue #20: a story analysed again with one more article reads only the new sentences for the players' games to
date and the people's names (:mod:`newsprism.conflicts.game_totals`, :func:`newsprism.conflicts.ages.person_words`):
the kept sentences' readings come from the story's :class:`~newsprism.memo.Readings`, and the conflicts are the
ones a fresh reading gives. Sentences written for these tests."""

from __future__ import annotations

import pytest
from story_tables import text_table

from newsprism.conflicts import game_totals
from newsprism.conflicts.ages import story_people
from newsprism.memo import Readings

STORY = {"a": ["Ortega has piled up his goals in 88 games over four seasons."],
         "b": ["Ortega now has 61 goals in 89 games as a Falcon."]}
ADDED = {**STORY, "c": ["Ortega has 61 goals in 88 games for the Falcons."]}


def _sides(texts: dict[str, list[str]]) -> list[list[str]]:
    found = game_totals.game_total_conflicts(text_table(texts), lambda article: hash(article))
    return [sorted(side.claim for side in c.sides) for c in found]


def test_an_added_article_reads_only_its_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    numbers = game_totals.numbers
    monkeypatch.setattr(game_totals, "numbers", lambda text: read.append(text) or numbers(text))
    fresh = _sides(ADDED)
    readings = Readings()
    with readings.active():
        _sides(STORY)
        read.clear()
        kept = _sides(ADDED)
    assert kept == fresh == [["in 88 games", "in 89 games"]]
    assert read == ["88"]


def test_names_are_read_once_per_story() -> None:
    table = text_table({"a": ["Mara Delacroix met Tomas Ferreira in Lisbon."]}, ("Mara Delacroix", "Tomas Ferreira"))
    readings = Readings()
    with readings.active():
        first = story_people(table)
        size = len(readings)
        assert story_people(table) == first
        assert len(readings) == size > 0
