"""Speakers as issue #19's eighth fresh round showed them going wrong, in texts written for these tests: a reporters'
contribution line after a quotation, an unnamed 'someone with' a body, an officer 'with the' department after a
state's abbreviation, a name after a role noun the recogniser tagged a place, a 'they' after a plural subject, a
negation written with a curly apostrophe."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources


def test_a_contribution_line_is_no_speaker(resources: NlpResources) -> None:
    text = ("“There is an uptick in shootings,” said Tarvo. “We are keeping a close eye on that here. Things pop "
            "up, and we are generally successful at making arrests.”\n\n— With Ellen Marsh")
    assert quote_of(resources, text, "We are keeping").speaker == "Tarvo"


def test_someone_with_a_body_is_an_unnamed_source(resources: NlpResources) -> None:
    text = "Someone with Lumvale Foods told us off-duty deputies are hired here every year."
    found = quote_of(resources, text, "off-duty")
    assert found.speaker == "Someone with Lumvale Foods" and found.anonymous


def test_an_officer_with_the_department_after_a_states_abbreviation(resources: NlpResources) -> None:
    text = ("Neighbors gathered outside. “A lot of them know each other,” officer Cameron Morgan with the Kansas "
            "City, Kan., police department said.")
    assert quote_of(resources, text, "A lot of them").speaker == "Cameron Morgan"


def test_a_name_after_a_role_noun_tagged_a_place(resources: NlpResources) -> None:
    text = ("Nia ran out of the apartment.\n\n“She came to ask to use my phone to call the police,” said building "
            "super German Tejata.")
    assert quote_of(resources, text, "She came").speaker in ("German Tejata", "Tejata")


def test_they_after_a_plural_subject_in_its_sentence(resources: NlpResources) -> None:
    text = ("A man reported that he had been shot. Investigators are still trying to determine what led up to the "
            "shooting, but they did say they do not believe this was a random act.")
    found = quote_of(resources, text, "they do not believe")
    assert found.speaker == "Investigators" and found.anonymous


def test_a_negation_with_a_curly_apostrophe_stays_in_the_reported_words(resources: NlpResources) -> None:
    text = "He told his son not to leave the house, and the teen said he wouldn’t, but he must have gone out."
    assert quote_of(resources, text, "he would").content.text == "he wouldn’t"
