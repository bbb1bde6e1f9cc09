"""A quotation led in by a colon whose credit after it lies past another quotation keeps the lead-in's speaker
(quotes/extract.py). Texts written for these tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

DIALOGUE = ("In the old film, Borin asks the tall stranger a question as they wrestle on the bridge: “Why do you hide "
            "your face? Were you hurt in a fire?” “Not at all,” answers the tall stranger. “It is simply warm.”")


def test_a_question_led_in_by_a_colon_is_the_askers_not_the_next_speakers(resources: NlpResources) -> None:
    assert quote_of(resources, DIALOGUE, "Why do you hide").speaker == "Borin"
    assert quote_of(resources, DIALOGUE, "Not at all").speaker == "the tall stranger"


def test_a_credit_right_after_a_colon_led_quotation_still_counts(resources: NlpResources) -> None:
    text = "The mayor’s office put out a note on Friday: “Is the bridge safe?” asked Tomas Brell, a local builder."
    assert quote_of(resources, text, "Is the bridge safe").speaker == "Tomas Brell"
