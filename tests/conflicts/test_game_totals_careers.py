"""Issue #18: one named player's games to date, given differently by two outlets ('has ... in 88 games' / 'now has
... in 89 games'; :mod:`newsprism.conflicts.game_totals`). Sentences written for these tests."""

from __future__ import annotations

from story_tables import text_table

from newsprism.conflicts.game_totals import game_total_conflicts


def _sides(texts: dict[str, list[str]]) -> list[list[str]]:
    found = game_total_conflicts(text_table(texts), lambda article: hash(article))
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
