"""quotes/documents.py, extract.py: a quotation cut before its credit is not carried to a person named as whom a
letter or a writing goes to ('in a letter to Governor X, Speaker Y …'), but to the letter's writer. Texts written for
these tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

LETTER = ("The Lumo League and 14 other civic groups on Monday urged leaders to keep the levy, in a letter to "
          "Governor Ana Ruiz, Speaker Ben Ode and the chairs of the budget panels.\n\n"
          "\u201cWe write to remind you how much the levy matters to every small town in the state...")


def test_a_cut_quotation_is_no_words_of_a_letters_addressee(resources: NlpResources) -> None:
    assert quote_of(resources, LETTER, "We write").speaker not in ("Ben Ode", "Ana Ruiz")


WROTE_TO = ("The Lumo League wrote to Governor Ana Ruiz on Monday.\n\n"
            "\u201cWe write to remind you how much the levy matters to every small town in the state...")


def test_a_cut_quotation_after_a_writing_is_the_writers(resources: NlpResources) -> None:
    assert (quote_of(resources, WROTE_TO, "We write").speaker or "").endswith("Lumo League")


MET = ("Governor Ana Ruiz met the Lumo League on Monday to talk about the levy.\n\n"
       "\u201cWe will keep the levy for as long as the towns need it...")


def test_a_cut_quotation_still_goes_to_the_last_person_named_as_a_subject(resources: NlpResources) -> None:
    assert quote_of(resources, MET, "We will keep").speaker == "Ana Ruiz"
