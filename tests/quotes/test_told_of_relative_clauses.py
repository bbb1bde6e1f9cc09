"""A quotation that is the noun a relative clause tells of is the main clause's speaker's, not the clause subject's
(quotes/told_of.py, through quotes/attribution.py). Texts written for these tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources


def test_the_quoted_noun_of_a_relative_clause_is_the_main_clause_speakers(resources: NlpResources) -> None:
    text = ("The senior Democrat on the House Trade Committee pointed to the “sunny outlook” the Finance Ministry "
            "had painted for the harbour plan in explaining why he doubted it.")
    quote = quote_of(resources, text, "sunny outlook")
    assert quote.source is not None and quote.source.text == "The senior Democrat"


def test_a_quotation_inside_the_relative_clause_stays_its_subjects(resources: NlpResources) -> None:
    text = ("Rep. Dario Kell pointed to the harbour plan the Finance Ministry had called a “sunny outlook” in "
            "explaining its budget.")
    quote = quote_of(resources, text, "sunny outlook")
    assert quote.source is not None and quote.source.text == "the Finance Ministry"
