"""quotes/descriptions.py: what a described source is (described, definite_body, apposed_title,
looks_like_name): a person described by a body, names with particles or joined by small words, an open apposition.
Texts written for these tests."""

from __future__ import annotations

import pytest

from newsprism.quotes.descriptions import apposed_title, definite_body, described, looks_like_name


def test_a_person_described_by_a_body_stays_anonymous() -> None:
    assert described("a department spokesman") and described("the company's lawyer")
    assert not definite_body("the department spokesman") and definite_body("the federal agency")


def test_a_name_with_a_particle_or_a_body_joined_by_small_words_is_named() -> None:
    assert not described("Lina de Marsac") and not described("Orrin Bureau of Water and Soil Programs")
    assert described("the bureau's lawyer") and described("Lina's cousin")


def test_an_open_apposition_or_a_body_is_no_title() -> None:
    assert apposed_title("The Finance Minister", ", ", closed=True)
    assert not apposed_title("The Finance Minister", ", ", closed=False)  # 'According to X, Ana Ruiz said'
    assert not apposed_title("The Lumo Courier", ", ", closed=True)


def test_a_hyphened_particle_or_a_centers_name_is_named() -> None:
    assert looks_like_name("Mahmoud al-Goweiny") and not looks_like_name("Mahmoud al-goweiny")
    assert not described("Centers for Disease Control and Prevention")


@pytest.mark.parametrize(("speaker", "anonymous"), [
    ("The White House", False), ("the Southern Poverty Law Center", False), ("The Associated Press", False),
    ("the Bureau of Prisons", False), ("The Mayor", True), ("the senior official", True), ("The Police Officer", True),
])
def test_a_body_named_with_the_is_no_described_source(speaker: str, anonymous: bool) -> None:
    assert described(speaker) is anonymous
