"""entities/continued.py: a name continued past the span the recogniser gave it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.entities.continued import continued
from newsprism.model import EntityType


@pytest.mark.parametrize(("text", "span", "label", "whole", "kind"), [
    ("The wake is at St. Kade's Parish on Monday.", "St. Kade's", "place", "St. Kade's Parish", "place"),
    ("According to the Lumo County Sheriff's Department, two died.", "Lumo County Sheriff's", "organisation",
     "Lumo County Sheriff's Department", "organisation"),
    ("said Prince Kade's County Executive Ana Lee.", "Prince Kade's County", "person", "Prince Kade's County",
     "place"),
    ("Lumo County State's Attorney Ana Lee said.", "Lumo County State's", "place", "Lumo County", "place"),
    ("Ana Lee's Department was closed.", "Ana Lee's", "person", "Ana Lee's", "person"),
    ("Tom Berg's house burnt.", "Tom Berg's", "person", "Tom Berg's", "person"),
])
def test_a_possessive_and_a_place_or_body_word_after_it_belong_to_the_name(
        text: str, span: str, label: EntityType, whole: str, kind: EntityType) -> None:
    start = text.index(span)
    end, found = continued(text, start, start + len(span), label)
    assert (text[start:end], found) == (whole, kind)


@pytest.mark.parametrize(("text", "span", "whole"), [
    ("Just how close is the Lumo Democratic primary?", "Lumo Democratic", "Lumo"),
    ("The Lumo Democratic Party met.", "Lumo Democratic Party", "Lumo Democratic Party"),
])
def test_a_party_adjective_before_a_lower_case_noun_is_no_part_of_the_name(text: str, span: str, whole: str) -> None:
    start = text.index(span)
    end, _ = continued(text, start, start + len(span), "organisation")
    assert text[start:end] == whole


def test_a_possessive_and_several_capitalised_words_up_to_a_place_word_belong_to_the_name() -> None:
    text = "He died at the Lumo Children's Medical Center in Kade."
    start = text.index("Lumo Children's")
    end, kind = continued(text, start, start + len("Lumo Children's"), "place")
    assert (text[start:end], kind) == ("Lumo Children's Medical Center", "place")
    text = "Said Lumo's Ana Lee, the coach."
    start = text.index("Lumo's")
    assert continued(text, start, start + len("Lumo's"), "place")[0] == start + len("Lumo's")


def test_a_restaurant_named_after_its_owner_is_one_place() -> None:
    text = "A robber entered Kade's Grill on Lumo Street."
    start = text.index("Kade")
    end, kind = continued(text, start, start + len("Kade"), "person")
    assert (text[start:end], kind) == ("Kade's Grill", "place")
    text = "Kade's lawyer spoke."
    assert continued(text, 0, 4, "person")[0] == 4


def test_a_town_owning_a_venue_is_no_part_of_its_name() -> None:
    text = "They met by Lumo's Kade Nations Plaza on Sunday."
    start = text.index("Lumo's")
    assert continued(text, start, start + len("Lumo's"), "place")[0] == start + len("Lumo's")
    text = "They met at the Kade Nations Plaza on Sunday."
    start = text.index("Kade")
    end, kind = continued(text, start, start + len("Kade Nations"), "organisation")
    assert (text[start:end], kind) == ("Kade Nations Plaza", "place")


@pytest.mark.parametrize(("text", "owner", "name"), [
    ("She chaired the Lumo's Council on Ethical Affairs.", "Lumo's", "Lumo's Council"),
    ("He shot photos for Ana Lee's Kade News in 1950.", "Ana Lee's", "Ana Lee's"),
    ("Deputies of the Lumo County Sheriff's Homicide Bureau came.", "Lumo County Sheriff's",
     "Lumo County Sheriff's Homicide Bureau"),
])
def test_what_a_possessive_runs_on_to(text: str, owner: str, name: str) -> None:
    start = text.index(owner)
    assert text[start:continued(text, start, start + len(owner), "place")[0]] == name


def test_a_saints_street_tagged_a_person_keeps_its_possessive() -> None:
    text = "He was struck on Ocean Ave. and St. Kadeo’s Ct. by the park."
    start = text.index("St. Kadeo")
    assert continued(text, start, start + len("St. Kadeo"), "person") == (text.index(". by"), "place")


def test_an_ordinal_street_after_a_name_is_one_street() -> None:
    text = "The gunfire broke out on Marlow Avenue near Beach 31st Street in Portvale."
    start = text.index("Beach")
    assert continued(text, start, start + len("Beach"), "place") == (text.index(" in Portvale"), "place")


@pytest.mark.parametrize(("text", "name", "end_word"), [
    ("They were stopped by the Lumvale Highway Patrol on Monday.", "Lumvale Highway", "Patrol"),
    ("She joined the Lumvale State Patrol in 2004.", "Lumvale State", "Patrol"),
])
def test_a_forces_last_word_cut_off(text: str, name: str, end_word: str) -> None:
    start = text.index(name)
    end, kind = continued(text, start, start + len(name), "place")
    assert text[start:end].endswith(end_word) and kind == "organisation"
