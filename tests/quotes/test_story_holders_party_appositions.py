"""Speakers across a story's articles: 'the Lumo Republican' is the one person the story marks with that party after
the place they are 'of' ('Rep. Dana Kell of Ohio, the top Republican on the panel,') or with the AP's letter between
commas ('Rep. Dana Kell, R-Ohio,'); a description of another place is not them. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Budget news."
OF_PLACE = ("Rep. Dana Kell of Ohio, the top Republican on the panel, criticized the plan on Monday.\n\n"
            "\"This is a waste of money,\" the Ohio Republican said.")
AP_LETTER = ("Rep. Dana Kell, R-Ohio, criticized the plan on Monday.\n\n"
             "\"This is a waste of money,\" the Ohio Republican said.")


def _speaker(text: str, resources: NlpResources) -> str | None:
    return second_article_speakers(resources, FIRST, text)[-1][0]


def test_a_party_apposition_after_the_place_marks_the_person(resources: NlpResources) -> None:
    assert _speaker(OF_PLACE, resources) == "Dana Kell"


def test_the_ap_party_letter_between_commas_marks_the_person(resources: NlpResources) -> None:
    assert _speaker(AP_LETTER, resources) == "Dana Kell"


def test_a_description_of_another_place_is_not_the_person(resources: NlpResources) -> None:
    assert _speaker(OF_PLACE.replace("the Ohio Republican", "the Texas Republican"), resources) != "Dana Kell"
    assert _speaker(AP_LETTER.replace("the Ohio Republican", "the Texas Republican"), resources) != "Dana Kell"
