"""Speakers (quotes/speakers.py, end to end) by the name forms around them: two roles of one person, a label and a
comma before a name, an age for the person named before, a particle, a rank's short form. Texts written for these
tests."""

from __future__ import annotations

import pytest
from quoted_texts import quote_of

from newsprism.nlp import NlpResources


def test_who_after_two_roles_of_one_person_is_the_first(resources: NlpResources) -> None:
    text = ("\"I hope they fix this soon, because I upload things daily,\" said an Egyptian blogger and journalist, "
            "who added that the \"web is my life.\"")
    assert quote_of(resources, text, "that the").speaker == "an Egyptian blogger"


def test_a_rulings_words_are_the_courts_named_before(resources: NlpResources) -> None:
    text = ("The Lumo Supreme Court on Saturday threw out a late bid by Rep. Ana Ruiz to stop the count of the postal "
            "votes. Ruiz, along with other party members, had sought to throw out the postal ballots. The ruling said, "
            "\"The petitioners waited far too long to bring this case.\"")
    quote = quote_of(resources, text, "The petitioners waited")
    assert quote.speaker == "The Lumo Supreme Court"
    assert not quote.anonymous


def test_a_surname_opening_with_its_particle_is_a_name(resources: NlpResources) -> None:
    text = ("Anyone who wants to eat indoors will soon have to show proof of the shot or be turned away, Mayor de "
            "Vries said in a briefing.")
    quote = quote_of(resources, text, "Anyone who wants")
    assert quote.speaker == "de Vries"
    assert not quote.anonymous


@pytest.mark.parametrize(("text", "speaker"), [
    ("“The noise has to stop,” said neighbor, Tanya Wilks.", "Tanya Wilks"),
    ("“There was a mix-up at the station,” said HPD, Thomas Sims.", "Thomas Sims"),
])
def test_a_label_and_a_comma_before_a_name_give_the_name(resources: NlpResources, text: str, speaker: str) -> None:
    words = text[1:text.index(",")]
    assert quote_of(resources, text, words).speaker == speaker


def test_an_age_stands_for_the_person_named_before(resources: NlpResources) -> None:
    text = ("His aunt, Lora Mendez, said the party was next to her shop.\n\n“Loud sounds went off and everyone ran,” "
            "the 56-year-old said on Tuesday.")
    quote = quote_of(resources, text, "Loud sounds went off")
    assert (quote.speaker, quote.anonymous) == ("Lora Mendez", False)


def test_a_name_joined_to_a_modifier_is_no_person(resources: NlpResources) -> None:
    text = ("Dozens of fans filled the square when Rosa Vell, a photographer for the Lumo Star and Ledger "
            "newspaper, got there.\n\n“I could hear people screaming,” she told a radio station.")
    assert quote_of(resources, text, "I could hear people").speaker == "Rosa Vell"


def test_a_hyphenated_noun_without_a_name_is_kept_whole(resources: NlpResources) -> None:
    quote = quote_of(resources, "Her sister-in-law said the house had been empty for years.", "the house")
    assert quote.speaker == "Her sister-in-law"


def test_a_name_after_a_ranks_short_form_is_the_speaker(resources: NlpResources) -> None:
    text = ("“It looks like he shot himself,” said Lumvale Police Lt. Kevin Tarvo. “We are not looking for "
            "anybody else.”")
    assert quote_of(resources, text, "It looks like").speaker == "Kevin Tarvo"
