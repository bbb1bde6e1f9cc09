"""Issue #18, round 9: one person named by a relation ('her granddaughter') is no rival of a count of the dead, and
an event the story's came after is another event (sentences written for these tests)."""

from __future__ import annotations

from figure_records import figure_value, killed_figure

from newsprism.conflicts.figured import figured_conflicts
from newsprism.figures.another_event import earlier_subject


def test_one_person_named_by_a_relation_is_no_rival_of_a_count() -> None:
    count = figure_value("a", 3, "three", "The fire killed three people on Monday.")
    relation = figure_value("b", 1, "her", "She mourned the death of her nephew.")
    assert figured_conflicts([killed_figure([count, relation])]) == []
    rival = figure_value("c", 4, "four", "The fire killed four people on Monday.")
    assert len(figured_conflicts([killed_figure([count, relation, rival])])) == 1


def test_an_event_the_story_came_after_is_another_event() -> None:
    assert earlier_subject("The blast came just weeks after a gunman killed six people at a mall.") is not None
    assert earlier_subject("The blast came after a gunman killed six people at a mall.") is None
