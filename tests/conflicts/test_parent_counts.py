"""Issue #18, round 26: how many children two outlets give one named person ('Father of 9 Tomas Reyl' / 'Reyl, 41,
a father of 8') meet by the person's name, whatever the rest of their sentences; a count with no name, or a name
that is no person's, never (sentences and stories written for these tests)."""

from __future__ import annotations

import pytest
from pipeline_input import story_conflicts

from newsprism.conflicts.parent_counts import parent_counts
from newsprism.model import Evidence


def _read(text: str, person: str) -> list[tuple[str, int]]:
    evidence = Evidence(article="a", start=0, end=len(text), text=text)
    return [(x.holder, x.count) for x in parent_counts(text, frozenset(person.split()), evidence)]


@pytest.mark.parametrize("text", [
    "Father of 9 Tomas Reyl died in the crash.",
    "Tomas Reyl, 41, a father of eight, died in the crash.",
    "Reyl was the father of 8 children.",
])
def test_a_named_person_s_count_of_children_is_read(text: str) -> None:
    assert _read(text, "Tomas Reyl" if "Tomas" in text else "Reyl")[0][0] == "Reyl"


@pytest.mark.parametrize(("text", "person"), [
    ("A Lumo father of eight died in the crash.", "Tomas Reyl"),  # no name
    ("Sadly, the father of two died in the crash.", "Tomas Reyl"),  # a word that is no person's
    ("Crash kills father of 8 Ivo Marn, 22 was charged on Monday.", "Ivo Marn"),  # another's name after a headline
])
def test_a_count_tied_to_no_person_is_no_item(text: str, person: str) -> None:
    assert _read(text, person) == []


def _story(second: str) -> list[tuple[str, str]]:
    return [
        ("Lumo crash kills father",
         "Father of 9 Tomas Reyl was killed when a truck struck his car on route 7, police said on Monday. "
         "The truck's driver was arrested."),
        ("Driver held after route 7 crash", second),
    ]


def _pitted(second: str, resources: object) -> list[list[str]]:
    conflicts = story_conflicts(_story(second), resources)
    return [sorted(s.claim for s in c.sides) for c in conflicts if c.about.startswith("how many children")]


def test_two_counts_of_one_person_s_children_are_a_conflict(resources) -> None:
    second = ("A truck driver was held after a crash on route 7. The victim, Tomas Reyl, 41, a father of 8, died at "
              "the scene.")
    assert _pitted(second, resources) == [["Father of 9", "father of 8"]]


@pytest.mark.parametrize("second", [
    # the same count
    "A truck driver was held after a crash on route 7. The victim, Tomas Reyl, 41, a father of 9, died at the scene.",
    # an article that writes both counts
    "A truck driver was held after a crash on route 7. The victim, Tomas Reyl, 41, a father of 8, died at the scene. "
    "Friends said the father of 9 had just moved to Lumo.",
])
def test_one_count_or_both_is_no_conflict(second: str, resources) -> None:
    assert _pitted(second, resources) == []
