"""An athlete's role in capitals opening a span before a person's full name is cut off (find._ROLE_OPENING), as
spaCy may keep "Gymnast" in a name opening an article and tag the span a body. Sentences written for these tests."""

from __future__ import annotations

from newsprism.entities.find import _untitled
from newsprism.entities.mentions import make_mention


def test_an_athletes_role_before_a_full_name_is_cut_off() -> None:
    first = "Gymnast Dalia Venrow chose rest over a third medal on Tuesday."
    second = "Dalia Venrow will rest for a week."
    tagged = [[make_mention("a", first, (0, 20), "organisation", 0)],
              [make_mention("b", second, (0, 12), "person", 0)]]
    cut = _untitled(tagged, [first, second])[0][0]
    assert (cut.text, cut.label) == ("Dalia Venrow", "person")


def test_a_role_word_before_a_name_the_story_never_gives_a_person_stays() -> None:
    text = "Coach Lumo Arena opened on Tuesday."
    kept = _untitled([[make_mention("a", text, (0, 16), "place", 0)]], [text])[0][0]
    assert (kept.text, kept.label) == ("Coach Lumo Arena", "place")
