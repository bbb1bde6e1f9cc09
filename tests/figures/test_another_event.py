"""figures/another_event.py: an event the story's came after is another event (sentences written for these
tests)."""

from __future__ import annotations

from newsprism.figures.another_event import earlier_subject


def test_an_event_the_story_came_after_is_another_event() -> None:
    assert earlier_subject("The blast came just weeks after a gunman killed six people at a mall.") is not None
    assert earlier_subject("The blast came after a gunman killed six people at a mall.") is None
