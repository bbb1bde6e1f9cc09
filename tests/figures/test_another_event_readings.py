"""Sentences `figures.another_event` gives to other shootings (`earlier_subject`, `in_tally`,
`roundup_articles`) and those it leaves to the story's own event, shaped like the dev residue pages read (issue #18).
Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from figure_claims import claims

from newsprism.figures.another_event import earlier_subject, in_tally, roundup_articles


def test_the_story_s_own_count_beside_a_tally_stays() -> None:
    text = "A gunman killed a couple and shot two others, among 17 people shot in Marlow since Friday."
    assert ("shot", None, 2.0) in claims(text)
    assert not in_tally(text, text.index("two"))


def test_wounding_another_in_an_attack_is_the_story_s_own_attack() -> None:
    assert earlier_subject("A driver charged with killing two women, then wounding another in an attack on Friday "
                           "night, was arraigned.") is None
    assert earlier_subject("In another shooting Friday, two men were hurt.") == "(other shootings)"
    assert earlier_subject("Officers were called to another drive-by shooting on Wren Street.") == "(other shootings)"


def test_attacks_over_a_span_of_days_are_a_roundup() -> None:
    assert earlier_subject("Five more people were hurt in attacks from Friday to early Saturday across the "
                           "city, officers said.") == "(other shootings)"


def test_a_roundup_headline_marks_its_page_beside_a_page_about_the_event() -> None:
    titles = {"a": "30 hurt in 9 incidents across the city", "b": "Five shot at Lumo Street cookout",
              "c": "Lumoville weekend violence"}
    assert roundup_articles(titles) == {"a", "c"}
    assert roundup_articles({"a": titles["a"], "c": titles["c"]}) == set()  # roundups alone are all there is
    assert roundup_articles({"d": "Suspect named in the Lumoville shootings", "b": titles["b"]}) == set()


@pytest.mark.parametrize(("text", "other"), [
    ("Deer season has faced questions since the July killing of Ada Marr, 60, hit by a hunter's stray round.", True),
    ("Our town saw two kids hurt and killed by guns in a single week, the pastor said.", True),
    ("It was the second Lumo shooting this week where a child was hit.", True),
    ("A man was shot early this week on Birch Road.", False),
    ("He has been held since July 4 on a murder charge, and two men were shot.", False),
])
def test_tallies_and_earlier_months_are_another_event(text: str, other: bool) -> None:
    assert (earlier_subject(text) is not None) is other


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
