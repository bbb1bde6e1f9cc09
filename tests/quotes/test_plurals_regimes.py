"""quotes/plurals.py and descriptions.py: an 'it' source after a regime or a junta as its sentence's subject stands for
that body ('Lumo's ruling junta … as it also calls on “patriots” …'), as after a government (issue #19, E26's
seed-104 honest reading, AllSides crawled 5875: 'it' was left unread); in texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

JUNTA = ("Venlandia\u2019s ruling junta is trying to blame its neighbours for the unrest across the country, as it "
         "also calls on \u201cpatriots\u201d to gather in the squares.")
PEOPLE = ("Venlandia\u2019s ruling generals are trying to blame their neighbours for the unrest, as the paper says "
          "it also calls on \u201cpatriots\u201d to gather in the squares.")


def test_it_after_a_junta_is_the_junta(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "", JUNTA) == [("Venlandia\u2019s ruling junta", True)]


def test_it_after_plural_people_is_not_them(resources: NlpResources) -> None:
    assert all(speaker != "Venlandia\u2019s ruling generals" for speaker, _ in second_article_speakers(
        resources, "", PEOPLE))
