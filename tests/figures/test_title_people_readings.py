"""The person a headline counts (`figures.title_people.title_claims`), shaped like the dev residue
pages read (issue #18): after a colon, a comma, 'after' or an age; a shooting that hurts one person; 'shot himself';
a death in the headline's next clause. Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from figure_claims import titled

from newsprism.figures.title_people import title_claims


def titled_spans(title: str) -> list[tuple[str, float, str]]:
    return [(c.measure, c.number.value, title[c.number.start:c.end]) for c in title_claims(title)]


@pytest.mark.parametrize(("title", "expected"), [
    ("Quiet street shaken after girl, 12, is killed by stray bullet", [("killed", 1.0, "girl, 12, is killed")]),
    ("Boy, 8, killed in crossfire", [("killed", 1.0, "Boy, 8, killed")]),
    ("Teen shoots himself while cleaning rifle", [("shot", 1.0, "Teen shoots himself")]),
    ("Two arrested after child shot", [("arrested", 2.0, "Two arrested"), ("shot", 1.0, "child shot")]),
])
def test_a_headline_s_one_person_after_after_or_with_an_age(title: str, expected: list[tuple[str, float, str]]) -> None:
    assert titled_spans(title) == expected


def test_a_headline_s_shooting_that_hurts_one_person() -> None:
    assert titled_spans("Accidental shooting hospitalizes teen at lake cabin") == [
        ("injured", 1.0, "hospitalizes teen")]


def test_a_headline_person_after_a_colon_or_a_comma() -> None:
    assert titled("Storage shed burns, man found dead") == [("killed", 1.0)]
    assert titled("UPDATE: Police: Woman shot on Wrenfield Street") == [("shot", 1.0)]
    assert titled("Storage shed burns, two cars lost") == []


def test_a_headline_person_who_shot_himself() -> None:
    assert titled("Man accidentally shot himself in the hand") == [("shot", 1.0)]
    assert titled("Man shot himself, died at the scene") == [("killed", 1.0)]
    assert titled("Boy, 9, shot himself with father's pistol") == [("shot", 1.0)]  # the archive counts him hurt
    assert titled("Police: two hurt, man shot himself") == [("injured", 2.0)]  # a count stands alone


def test_a_headline_shooting_of_one_person_and_a_gunshot_death() -> None:
    assert titled("Arrest follows shooting of 13-year-old Lumoville girl") == [("shot", 1.0)]
    assert titled("Arrest made in shooting of music video") == []
    assert titled("Boy's gunshot death ruled accidental") == [("killed", 1.0)]


def test_a_death_in_a_headlines_next_clause_is_someone_elses() -> None:
    assert titled("Deputy shot during chase; suspect has died") == [("shot", 1.0)]
    assert titled("Deputy shot during chase dies") == [("killed", 1.0)]


@pytest.mark.parametrize(("title", "expected"), [
    ("Portvale man fatally shot himself while cleaning his rifle, police say", [("killed", 1.0)]),
    ("Man accidentally shoots self in hand", [("shot", 1.0)]),
    ("8-year-old Portvale boy shot in the chest, killed", [("killed", 1.0)]),
    ("Police: gun left in car before 4-year-old shot, killed", [("killed", 1.0)]),
    ("Mother charged over non-fatal shooting of her toddler", [("shot", 1.0)]),
])
def test_headlines_of_one_person(title: str, expected: list[tuple[str, float]]) -> None:
    assert titled(title) == expected
