"""entities/tails.py: the tail a name ends with (name_tail). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.entities.tails import name_tail


def test_a_street_word_spacy_cut_off_goes_on_the_name() -> None:
    text = "hurt in the 800 block of North Delmore Ave. shortly after 2 a.m."
    start = text.index("North")
    tail = name_tail(text, start, start + len("North Delmore"), "place")
    assert tail is not None and text[start:tail[0]] == "North Delmore Ave." and tail[1] == "place"
    court = "said Lumo Court Judge Ana Lee"
    assert name_tail(court, 5, 9, "place") is None  # "Lumo | Court Judge": a court's judge, no street
    person = "a call from Ana Lee Drive-in"
    assert name_tail(person, 12, 19, "person") is None


@pytest.mark.parametrize(("text", "cut", "found"), [
    ("taken to Ben Kade General Hospital, where", "Ben Kade", ("Ben Kade General Hospital", "place")),
    ("call Lumo County Crime Stoppers at", "Lumo County Crime", ("Lumo County Crime Stoppers", "organisation")),
    ("on Lumo Forest DriveTuesday morning", "Lumo Forest", ("Lumo Forest Drive", "place")),
    ("on Lumo Forest Drive Tuesday morning", "Lumo Forest", None),
    ("Ana Kade Tuesday said", "Ana Kade", None),
    ("Ben Kade, General Hospital", "Ben Kade", None),
    ("Ben Kade\nGeneral Hospital", "Ben Kade", None),
    ("at Fort Lumo's Soldier Readiness Center", "Fort Lumo's Soldier", None),
])
def test_a_name_goes_on_after_its_span(text: str, cut: str, found: tuple[str, str] | None) -> None:
    start = text.index(cut)
    tail = name_tail(text, start, start + len(cut), "person")
    assert (None if tail is None else (text[start:tail[0]], tail[1])) == found
