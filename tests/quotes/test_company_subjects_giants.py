"""quotes/company_subjects: 'the <trade> giant' after a sentence whose subject is a maker's one-word name is that
maker, not the agency the sentence names last; a person's name as the subject is no company. Texts written for
these tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

GIANT = ("Velmora tweeted on Monday that the two firms had sent their formal request for approval of the pill to the "
         "Lumo Drug Agency.\n\n"
         "\u201cWith cases rising in older patients, we need more options,\u201d the pharmaceutical giant said.")
PERSON = GIANT.replace("Velmora tweeted", "Ana Ruiz tweeted")


def test_the_giant_is_the_maker_named_as_the_subject_before(resources: NlpResources) -> None:
    found = quote_of(resources, GIANT, "With cases")
    assert (found.speaker, found.anonymous) == ("Velmora", False)


def test_a_person_as_the_subject_before_is_no_giant(resources: NlpResources) -> None:
    assert quote_of(resources, PERSON, "With cases").speaker != "Ana Ruiz"


def test_a_maker_s_name_tagged_a_common_noun_before_a_no_break_space_is_the_giant(resources: NlpResources) -> None:
    found = quote_of(resources, GIANT.replace("Velmora tweeted on", "Lumagen\u00a0tweeted\u00a0on"), "With cases")
    assert (found.speaker, found.anonymous) == ("Lumagen", False)
