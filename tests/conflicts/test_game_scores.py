"""Issue #18, round 26: the scores two outlets give for one moment of a game, named by its clock ('went up 61-50 on
two Brill free throws with 11:27 to go' / 'gave Tarn a 61-51 lead with 11:27 to play'), meet whatever the rest of
their sentences; scores of other clocks, of another period or far apart never (sentences and stories written for
these tests)."""

from __future__ import annotations

import pytest
from pipeline_input import story_conflicts

from newsprism.conflicts.game_scores import scores_at
from newsprism.model import Evidence, Sentence


def _read(text: str) -> list[tuple[int, int, int]]:
    evidence = Evidence(article="a", start=0, end=len(text), text=text)
    return [(x.score.high, x.score.low, x.clock.seconds)
            for x in scores_at(Sentence(start=0, end=len(text), text=text), evidence)]


def test_a_score_at_a_clock_is_read() -> None:
    assert _read("Tarn went up 61-50 on two Brill free throws with 11:27 to go.") == [(61, 50, 687)]


@pytest.mark.parametrize("text", [
    "Brill pushed the lead to 55-47, and Ruhl's dunk made it 57-47 with 9:12 to go.",  # two scores
    "Tarn made it 63-50 before the Otters scored twice with 10:02 to play.",  # the clock is a later act's
    "Tarn led 61-50 with 11:27 to go and 70-58 with 6:00 left.",  # two clocks
    "Teams usually lead by 10-0 with 5:00 to go.",  # generic
])
def test_no_one_score_of_one_clock_is_no_item(text: str) -> None:
    assert _read(text) == []


def _story(second: str) -> list[tuple[str, str]]:
    return [
        ("Tarn holds off the Otters",
         "Tarn beat the Otters 77-64 on Saturday in the conference final. Tarn went up 61-50 on two Brill free "
         "throws with 11:27 to go. Ruhl finished with 19 points."),
        ("Brill leads Tarn past Otters", second),
    ]


def _pitted(second: str, resources: object) -> list[list[str]]:
    conflicts = story_conflicts(_story(second), resources)
    return [sorted(s.claim for s in c.sides) for c in conflicts if c.about.startswith("the score with")]


def test_two_scores_of_one_moment_are_a_conflict(resources) -> None:
    second = ("Tarn won the conference final over the Otters. Brill struck again after the break, and his two free "
              "throws gave Tarn a 61-51 lead with 11:27 to play.")
    assert _pitted(second, resources) == [["61-50", "61-51"]]


@pytest.mark.parametrize("second", [
    # the same score: no disagreement
    "Tarn won the conference final over the Otters. Brill's two free throws gave Tarn a 61-50 lead with 11:27 to play.",
    # another clock: another moment
    "Tarn won the conference final over the Otters. Brill's two free throws gave Tarn a 63-51 lead with 10:40 to play.",
    # the same clock in the first half, far from the second half's score
    "Tarn won the conference final over the Otters. Brill's jumper gave Tarn a 22-18 lead with 11:27 to play in the "
    "first half.",
])
def test_scores_of_other_moments_are_no_conflict(second: str, resources) -> None:
    assert _pitted(second, resources) == []
