"""The name in apposition after a post described by the body it is of ('The head of the Lumo Naval Command, Gen.
Tara Venn, said'): quotes/source_names.py through the quote extraction. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources


def test_the_name_after_a_post_of_a_named_body_is_the_speaker(resources: NlpResources) -> None:
    text = "The head of the Lumo Naval Command, Gen. Tara Venn, had called the raid a “clean strike” days after it."
    found = quote_of(resources, text, "clean strike")
    assert (found.speaker, found.anonymous) == ("Tara Venn", False)


def test_a_name_the_post_acts_on_is_no_apposition(resources: NlpResources) -> None:
    text = "The head of the Lumo Naval Command, meeting Tara Venn on Monday, said the raid was a “clean strike.”"
    assert quote_of(resources, text, "clean strike").speaker != "Tara Venn"
