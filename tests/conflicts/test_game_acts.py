"""Issue #18, round 26: the game clocks two outlets give for an act a game holds once ('broke the record ... with 5:12
left in the first half' / 'set the record ... with 5:13 to go'; 'stopped the fight 31 seconds into the fifth round'
/ 'stopping the fight at the 1:50 mark') meet whatever the rest of their sentences; clocks of other acts, or of one
kind against the other, never (sentences and stories written for these tests)."""

from __future__ import annotations

import pytest
from pipeline_input import story_conflicts

from newsprism.conflicts.game_acts import act_clocks
from newsprism.model import Evidence, Sentence


def _read(text: str) -> list[tuple[str, int, bool]]:
    evidence = Evidence(article="a", start=0, end=len(text), text=text)
    return [(x.act, x.clock.seconds, x.clock.gone)
            for x in act_clocks(Sentence(start=0, end=len(text), text=text), evidence)]


def test_the_clock_of_a_record_broken_is_read() -> None:
    assert _read("Vasko broke Ilse Marr's school scoring record with 5:12 left in the first half.") == [
        ("the record was broken", 312, False)]


def test_a_clock_is_read_with_its_own_words_only() -> None:
    text = "Vasko tied Marr with a layup with 11:50 left, then set the record on a hook shot with 5:13 to go."
    assert _read(text) == [("the record was broken", 313, False)]


def test_the_clock_of_a_fight_stopped_is_read_as_time_gone() -> None:
    assert _read("The referee stopped the fight 31 seconds into the fifth round.") == [
        ("the fight was stopped", 31, True)]


@pytest.mark.parametrize("text", [
    "Vasko tied the school scoring record with 5:12 left in the first half.",  # a record tied
    "Vasko hit a floater with 5:12 left in the first half.",  # no act held once
    "The referee stopped the fight in the fifth round.",  # no game clock
    "Vasko set up Holm's layup with 5:12 left to mark her 100th game.",  # 'to mark': a verb
])
def test_no_act_at_a_clock_is_no_item(text: str) -> None:
    assert _read(text) == []


def _story(second: str) -> list[tuple[str, str]]:
    return [
        ("Vasko takes Tarn's scoring record",
         "Tarn beat the Otters 77-64 on Saturday. Ada Vasko broke Ilse Marr's school scoring record with a hook "
         "shot over Bea Holm with 5:12 left in the first half. Vasko finished with 21 points."),
        ("Record falls as Tarn win", second),
    ]


def _pitted(second: str, resources: object) -> list[list[str]]:
    conflicts = story_conflicts(_story(second), resources)
    return [sorted(s.claim for s in c.sides) for c in conflicts if c.about.startswith("the game clock when")]


def test_two_clocks_of_one_act_are_a_conflict(resources) -> None:
    second = ("Tarn won easily against the Otters. Ada Vasko set the record by spinning past Bea Holm for a bank "
              "shot with 5:13 to go in the first half.")
    assert _pitted(second, resources) == [["with 5:12 left in the first half", "with 5:13 to go in the first half"]]


@pytest.mark.parametrize("second", [
    # the same clock
    "Tarn won easily against the Otters. Ada Vasko set the record by spinning past Bea Holm with 5:12 to go.",
    # another period
    "Tarn won easily against the Otters. Ada Vasko set the record by spinning past Bea Holm with 5:13 to go in the "
    "second half.",
    # another act at another clock
    "Tarn won easily against the Otters. Ada Vasko tied the record by spinning past Bea Holm with 9:40 to go.",
])
def test_clocks_of_other_acts_or_times_are_no_conflict(second: str, resources) -> None:
    assert _pitted(second, resources) == []
