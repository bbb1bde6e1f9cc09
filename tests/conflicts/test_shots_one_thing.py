"""Issue #18, round 21: bullets are shots, and rounds are shots where the sentence speaks of gunfire
(:data:`newsprism.conflicts.body_counts.SAME_THING`, :data:`~newsprism.conflicts.body_counts.FIRED_THINGS`; sentences
written for these tests)."""

from __future__ import annotations

import pytest

from newsprism.conflicts.body_counts import Counted, body_pairs, thing
from newsprism.values import quantities


def _counts(*texts: tuple[str, str]) -> list[Counted]:
    return [(article, text, q) for article, text in texts for q in quantities(text) if q.dimension.startswith("count:")]


@pytest.mark.parametrize(("text", "counted"), [
    ("The gunman fired 11 bullets at the bus.", "shot"),
    ("The gunman fired nine shots at the bus.", "shot"),
    ("The sniper let off ten rounds from the tower.", "shot"),
    ("The talks went on for three rounds before a deal.", "round"),  # no gunfire: rounds of talks
    ("The champion won the bout after 12 rounds.", "round"),
])
def test_one_name_for_a_shot(text: str, counted: str) -> None:
    (q,) = [q for q in quantities(text) if q.dimension.startswith("count:")]
    assert thing(q, text) == counted


def test_bullets_and_shots_under_one_measure_meet() -> None:
    items = _counts(("a", "Witnesses said the gunman fired 11 bullets toward the bus stop."),
                    ("b", "Police said the gunman fired nine shots toward the bus stop."))
    assert {frozenset(p) for p in body_pairs(items, lambda k: True)} == {frozenset({0, 1})}


def test_rounds_of_talks_never_meet_shots() -> None:
    items = _counts(("a", "The union held three rounds of talks at the plant."),
                    ("b", "The union took two shots at talks at the plant."))
    assert thing(items[0][2], items[0][1]) == "round"
    assert body_pairs(items, lambda k: True) == []
