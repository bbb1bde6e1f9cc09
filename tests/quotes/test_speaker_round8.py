"""Speakers as issue #19's eighth fresh round showed them going wrong, in texts written for these tests: a reporters'
contribution line after a quotation, an unnamed 'someone with' a body, an officer 'with the' department after a
state's abbreviation, a name after a role noun the recogniser tagged a place, a 'they' after a plural subject, a
negation written with a curly apostrophe."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources


def test_a_contribution_line_is_no_speaker(resources: NlpResources) -> None:
    text = ("“Break-ins are climbing,” said Tarvo. “We are keeping a close eye on that here. Cases come "
            "in, and we usually close them with an arrest.”\n\n— With Dara Quill")
    assert quote_of(resources, text, "We are keeping").speaker == "Tarvo"


def test_someone_with_a_body_is_an_unnamed_source(resources: NlpResources) -> None:
    text = "Someone with Lumvale Foods told us off-duty guards work at the plant each summer."
    found = quote_of(resources, text, "off-duty")
    assert found.speaker == "Someone with Lumvale Foods" and found.anonymous


def test_an_officer_with_the_department_after_a_states_abbreviation(resources: NlpResources) -> None:
    text = ("Neighbors gathered outside. “Most of them are friends,” officer Ben Ode with the Lumo "
            "City, Kan., police department said.")
    assert quote_of(resources, text, "Most of them").speaker == "Ben Ode"


def test_a_name_after_a_role_noun_tagged_a_place(resources: NlpResources) -> None:
    text = ("Nia ran out of the apartment.\n\n“She begged to borrow my phone to ring the police,” said building "
            "super German Vasko.")
    assert quote_of(resources, text, "She begged").speaker in ("German Vasko", "Vasko")


def test_they_after_a_plural_subject_in_its_sentence(resources: NlpResources) -> None:
    text = ("A man reported that he had been shot. Investigators are still piecing together the motive for the "
            "attack, but they said they doubt it was a random act.")
    found = quote_of(resources, text, "they doubt it")
    assert found.speaker == "Investigators" and found.anonymous


def test_a_negation_with_a_curly_apostrophe_stays_in_the_reported_words(resources: NlpResources) -> None:
    text = "He begged his boy to stay in that night, and the youth said he wouldn’t, but he must have slipped out."
    assert quote_of(resources, text, "he would").content.text == "he wouldn’t"
