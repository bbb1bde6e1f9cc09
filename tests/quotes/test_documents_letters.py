"""quotes/documents._issuer: a statement or letter 'in' which the sentence's named subject does anything, not only
says ('In his resignation letter to the minister, X attacked the policy. ¶ “…,” the letter read'), is that subject's,
so the letter's words are X's (issue #19: the resignation letters of E28's seed-108 reading); a document 'released …
by' a named body is that body's; a common-noun subject ('The instruction arrived in an opinion') issues nothing; in
texts written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

LETTER = ("Envoy Dan Ferro quit on Friday. In his resignation letter to the minister, Ferro attacked the return of "
          "refugees.\n\n\u201cI cannot in good conscience defend this policy any longer,\u201d the letter read.")
RELEASED_BY = ("The instruction arrived in an opinion issued on Friday by the Office of Legal Review, which advises "
               "the cabinet.\n\n\u201cThe panel has shown grounds for asking for the accounts,\u201d the opinion said.")
CAME_IN = ("The instruction arrived in an opinion on Friday, which the cabinet had sought.\n\n"
           "\u201cThe panel has shown grounds for asking for the accounts,\u201d the opinion said.")
NO_ISSUER = ("Envoy Dan Ferro quit on Friday after the return of refugees.\n\n"
             "\u201cI cannot in good conscience defend this policy any longer,\u201d the letter read.")


def _speaker(resources: NlpResources, text: str) -> str | None:
    return next(q.speaker for q in quotes_of(resources, text) if q.kind == "direct")


def test_a_letter_in_which_its_writer_attacks_is_the_writers(resources: NlpResources) -> None:
    assert _speaker(resources, LETTER) == "Dan Ferro"


def test_a_letter_no_one_is_said_to_write_stays_the_letter(resources: NlpResources) -> None:
    assert _speaker(resources, NO_ISSUER) == "the letter"


def test_a_document_released_by_a_named_office_is_the_offices(resources: NlpResources) -> None:
    assert _speaker(resources, RELEASED_BY) == "the Office of Legal Review"


def test_a_common_noun_that_came_in_a_document_issues_nothing(resources: NlpResources) -> None:
    assert _speaker(resources, CAME_IN) == "the opinion"
