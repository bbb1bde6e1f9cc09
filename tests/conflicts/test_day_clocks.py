"""Issue #18, round 25: the times of day two outlets give one act on one named day ('was halted at about 2:30 a.m.
Monday' / 'at around 3:15 am Monday when a patrol halted him') meet by a shared past verb, whatever the rest of their
sentences; times of two acts ('set off at 9 a.m.' / 'landed at 11 a.m.') never (sentences and stories written for
these tests)."""

from __future__ import annotations

import pytest
from pipeline_input import story_conflicts

from newsprism.conflicts.day_clocks import day_clocks
from newsprism.model import Evidence


def _read(text: str) -> list[tuple[int, int, frozenset[str]]]:
    evidence = Evidence(article="a", start=0, end=len(text), text=text)
    return [(c.clock.minutes, c.day, c.own) for c in day_clocks(text, evidence)]


def test_a_time_of_an_act_on_a_weekday_is_read_with_its_verbs() -> None:
    read = _read("Orlo was halted for speeding at about 2:30 a.m. Monday on route 7.")
    assert read == [(150, 0, frozenset({"halt"}))]


@pytest.mark.parametrize("text", [
    "Orlo was halted for speeding at about 2:30 a.m. on route 7.",  # no weekday
    "Orlo was halted at 2:30 a.m. Monday and freed at 9 a.m. Tuesday.",  # two times, two days
    "Orlo was halted at 2:30 EST Monday.",  # a zone
    "Orlo was halted with 2:30 left on the clock Monday.",  # a game clock
    "March 3, 2025 2:30 am Orlo was halted on Monday.",  # a posting time glued to the sentence
])
def test_no_time_of_an_act_on_one_weekday_is_no_item(text: str) -> None:
    assert _read(text) == []


def _story(second: str) -> list[tuple[str, str]]:
    return [
        ("Lumo linebacker held on drink-driving suspicion",
         "Lumo Rovers linebacker Dag Orlo was arrested on suspicion of drink-driving. Orlo, 29, was halted for "
         "speeding on route 7 early Monday at about 2:30 a.m., the highway patrol said. He was released on bail."),
        ("Rovers' Orlo arrested", second),
    ]


def test_two_times_of_one_act_are_a_conflict(resources) -> None:
    conflicts = story_conflicts(_story("Dag Orlo of the Lumo Rovers faces a drink-driving charge. According to the "
                                       "patrol, he was driving his pickup at around 3:15 am Monday on route 7 when "
                                       "officers halted him."), resources)
    pitted = [sorted(s.claim for s in c.sides) for c in conflicts if c.about.startswith("the time of day")]
    assert pitted == [["2:30 a.m.", "3:15 am"]]


def test_times_of_two_acts_are_no_conflict(resources) -> None:
    conflicts = story_conflicts(_story("Dag Orlo of the Lumo Rovers faces a drink-driving charge. He was freed from "
                                       "the county jail at around 9 am Monday after posting bail."), resources)
    assert not [c for c in conflicts if c.about.startswith("the time of day")]


def test_one_act_s_times_are_one_conflict(resources) -> None:
    raws = _story("Dag Orlo of the Lumo Rovers faces a drink-driving charge. According to the patrol, he was "
                  "driving his pickup at around 3:15 am Monday on route 7 when officers halted him.")
    raws.append(("Orlo held after traffic stop", "Linebacker Dag Orlo was halted on route 7 at 2:30 a.m. on Monday, "
                                                  "police said. He spent the night in a cell."))
    conflicts = story_conflicts(raws, resources)
    pitted = [[sorted(e.article for e in s.evidence) for s in c.sides] for c in conflicts
              if c.about.startswith("the time of day")]
    assert pitted == [[["a0", "a2"], ["a1"]]]
