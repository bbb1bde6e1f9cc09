"""Readings of dev residues 9, 15, 16, 18 and 19 (texts written for the test, shaped like the pages read)."""

from __future__ import annotations

import pytest

from newsprism.figures import summed_in_body
from newsprism.figures.another_event import OTHER_SHOOTINGS, earlier_subject
from newsprism.figures.group import Keyed
from newsprism.figures.measures import read_claims
from newsprism.figures.title_people import title_claims
from newsprism.model import Evidence, FigureValue


def claims(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.measure, c.subject, c.number.value) for c in read_claims(text)]


def titled(title: str) -> list[tuple[str, float]]:
    return [(c.measure, c.number.value) for c in title_claims(title)]


@pytest.mark.parametrize("text", [
    "Officers are looking into two Saturday night shootings that killed a man and hurt three others.",
    "A woman died and four people were hurt in two Lumo shootings on Friday.",
    "The other shooting took place on Wrenfield Street on May 2, when a man was killed.",
    "Detectives are probing a series of shootings on Saturday that left three people hurt.",
    "Three other late-night incidents left five people wounded, police said.",
    "From Saturday through Monday, gunfire wounded 19 people across the city.",
    "Several children were hit by gunfire in recent weeks, among 40 people hurt.",
])
def test_sentences_about_other_shootings(text: str) -> None:
    assert earlier_subject(text) is not None


@pytest.mark.parametrize("text", [
    "Two People Killed In Shootings",
    "3 Teens Wounded In Shootings",
    "Two men were hurt in the shootings on Main Street, police said.",
    "Five people were shot at a barbecue on Friday.",
])
def test_the_story_s_own_shootings_stay_its_own(text: str) -> None:
    assert earlier_subject(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said four men between the ages of 19 and 47 were shot.", [("shot", None, 4.0)]),
    ("Ben Ode, 31 was hit in the thumb and Tim Kade, 27 was hit in the heel.", []),
    ("A girl younger than 10 was shot near the school.", []),
    ("The two men shot at them from a car before driving off.", []),
    ("Witnesses said one shot was heard before the car sped off.", []),
    ("Detectives said a 44-year-old man suffered a fatal gunshot wound.", [("killed", None, 1.0)]),
])
def test_ages_shots_fired_and_fatal_wounds(text: str, expected: list[tuple[str, str | None, float]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two women shot, a third wounded by flying glass in Lumo", [("shot", None, 3.0)]),
    ("A man and two women were driven to hospitals, and a fourth victim went to one on his own.", 4.0),
])
def test_a_numbered_victim_counts_the_people_hit(text: str, expected: object) -> None:
    found = claims(text)
    if isinstance(expected, list):
        assert found == expected
    else:
        assert ("shot", None, expected) in found


def test_a_numbered_suspect_is_no_victim() -> None:
    assert ("shot", None, 3.0) not in claims("Police said a third man was arrested on Tuesday.")


def test_a_numbered_victim_alone_is_left_to_the_victims_described() -> None:
    assert claims("The third victim drove to a clinic and should recover.") == []


@pytest.mark.parametrize(("title", "expected"), [
    ("Portvale man fatally shot himself while cleaning his rifle, police say", [("killed", 1.0)]),
    ("Man accidentally shoots self in hand", [("shot", 1.0)]),
    ("8-year-old Portvale boy shot in the chest, killed", [("killed", 1.0)]),
    ("Police: gun left in car before 4-year-old shot, killed", [("killed", 1.0)]),
    ("Mother charged over non-fatal shooting of her toddler", [("shot", 1.0)]),
])
def test_headlines_of_one_person(title: str, expected: list[tuple[str, float]]) -> None:
    assert titled(title) == expected


def keyed(article: str, measure: str, value: float, subject: str | None, title: bool) -> Keyed:
    text = "x"
    evidence = Evidence(article=article, start=0, end=1, text=text, part="title" if title else None)
    figure = FigureValue(article=article, value=value, qualifier="exact", written=str(value), mention=evidence,
                         evidence=evidence, published=None)
    return Keyed(measure, subject, subject or "", figure)


def test_a_headline_that_sums_its_page_s_other_shootings_is_a_roundup() -> None:
    found = [keyed("a", "shot", 6.0, None, True), keyed("a", "injured", 6.0, OTHER_SHOOTINGS, False),
             keyed("b", "shot", 2.0, None, True), keyed("b", "injured", 5.0, OTHER_SHOOTINGS, False)]
    assert summed_in_body(found) == {"a"}


def test_others_shot_beside_the_dead_are_the_injured() -> None:
    assert claims("The fight ended in gunfire, leaving one dead and 7 others shot.") == [
        ("killed", None, 1.0), ("injured", None, 7.0)]
    assert ("shot", None, 2.0) in claims("One man died and two others were shot, one fatally.")


def test_a_headline_s_one_person_marks_no_roundup() -> None:
    found = [keyed("a", "injured", 1.0, None, True), keyed("a", "injured", 1.0, OTHER_SHOOTINGS, False)]
    assert summed_in_body(found) == set()
