"""Readings of dev residues 2 and 4 (texts written for the test, shaped like the pages read)."""

from __future__ import annotations

import pytest

from newsprism.figures.another_event import earlier_subject
from newsprism.figures.measures import read_claims
from newsprism.figures.shooter import shooter_deaths
from newsprism.figures.title_people import title_claims


def claims(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.measure, c.subject, c.number.value) for c in read_claims(text)]


def titled(title: str) -> list[tuple[str, float, str]]:
    return [(c.measure, c.number.value, title[c.number.start:c.end]) for c in title_claims(title)]


def test_wounding_another_in_an_attack_is_the_story_s_own_attack() -> None:
    assert earlier_subject("A driver charged with killing two women, then wounding another in an attack on Friday "
                           "night, was arraigned.") is None
    assert earlier_subject("In another shooting Friday, two men were hurt.") == "(other shootings)"
    assert earlier_subject("Officers were called to another drive-by shooting on Wren Street.") == "(other shootings)"


@pytest.mark.parametrize(("title", "expected"), [
    ("Quiet street shaken after girl, 12, is killed by stray bullet", [("killed", 1.0, "girl, 12, is killed")]),
    ("Boy, 8, killed in crossfire", [("killed", 1.0, "Boy, 8, killed")]),
    ("Teen shoots himself while cleaning rifle", [("shot", 1.0, "Teen shoots himself")]),
    ("Two arrested after child shot", [("arrested", 2.0, "Two arrested"), ("shot", 1.0, "child shot")]),
])
def test_a_headline_s_one_person_after_after_or_with_an_age(title: str, expected: list[tuple[str, float, str]]) -> None:
    assert titled(title) == expected


def test_taking_his_own_life_is_the_shooter_s_death() -> None:
    assert shooter_deaths("The standoff ended when the man killed his wife and then took his own life.")
    assert not shooter_deaths("He was taking his own life in his hands, a neighbour said, but survived.")


def test_no_other_injuries_is_no_zero_of_the_injured() -> None:
    assert claims("One man was hurt in the hand while no other injuries were reported.") == [("injured", None, 1.0)]
    assert claims("No injuries were reported.") == [("injured", None, 0.0)]


@pytest.mark.parametrize("text", [
    "He is charged with trying to kill 2 troopers during the pursuit.",
    "Prosecutors say he attempted to kill three officers.",
])
def test_an_attempt_to_kill_counts_no_dead(text: str) -> None:
    assert not [c for c in claims(text) if c[0] == "killed"]


def test_a_bare_gunshot_wound_count_is_of_the_people_hit() -> None:
    assert claims("Officers learned two men had suffered gunshot wounds in the torso.") == [("shot", None, 2.0)]
    assert claims("Two others suffered gunshot wounds.") == [("injured", None, 2.0)]
    assert claims("Three teens suffered non-life-threatening gunshot wounds.") == [("injured", None, 3.0)]


@pytest.mark.parametrize("text", ["One shot is fired through a closet door.", "One shot rang out in the alley.",
                                  "A single shot hit the window."])
def test_a_shot_fired_is_no_person(text: str) -> None:
    assert not claims(text)


def test_a_count_listed_with_its_ages_joins_the_next_person() -> None:
    assert claims("Two boys, ages 4 and 7, and their father were found dead in the house.")[0] == ("killed", None, 3.0)


def test_a_count_first_reported_and_corrected_is_kept_apart() -> None:
    assert claims("Police originally said that seven people were wounded.") == [("injured", "(earlier report)", 7.0)]
    assert claims("Officers said early reports showed one man was shot in the wrist.") == [("shot", None, 1.0)]


def test_a_headline_s_shooting_that_hurts_one_person() -> None:
    assert titled("Accidental shooting hospitalizes teen at lake cabin") == [("injured", 1.0, "hospitalizes teen")]


def test_attacks_over_a_span_of_days_are_a_roundup() -> None:
    assert earlier_subject("Five more people were hurt in attacks from Friday to early Saturday across the "
                           "city, officers said.") == "(other shootings)"


def test_a_headline_s_present_tense_shoots_counts_the_people_shot() -> None:
    assert claims("Police: Man shoots 3 neighbours, killing 1, then himself")[:2] == [("shot", None, 3.0),
                                                                                    ("killed", None, 1.0)]
