"""quotes/replies.py: the replier named by a lone surname that spaCy tags NORP or GPE is still a person when the
story writes that surname elsewhere as the last word of a person's full name (issue #19, E27's open list: AllSides
6052#1 'something that Fauci strongly disputed. ¶ “With all...', where spaCy tags 'Fauci' NORP); in texts written
for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

OPENING = ("Dr. Mira Kovac, who leads the institute, appeared before the panel on Thursday.\n\n"
           "\u201cThe grants paid for the riskiest trials,\u201d Senator Ode Brann said.\n\n")
NAMED_BEFORE = (OPENING + "Brann alleged that the agency had funded the trials, something that Kovac strongly "
                "disputed.\n\n\u201cWith all due care, Senator, you do not know what you are talking about...")
NEVER_A_PERSON = ("\u201cThe grants paid for the riskiest trials,\u201d Senator Ode Brann said.\n\n"
                  "Brann alleged that the agency had funded the trials, something that Kovac strongly disputed.\n\n"
                  "\u201cWith all due care, Senator, you do not know what you are talking about...")


def _last(resources: NlpResources, text: str) -> str | None:
    return [q.speaker for q in quotes_of(resources, text) if q.kind == "direct"][-1]


def test_a_surname_tagged_norp_answers_as_the_person_named_before(resources: NlpResources) -> None:
    assert _last(resources, NAMED_BEFORE) == "Mira Kovac"


def test_a_surname_no_one_bears_is_no_replier(resources: NlpResources) -> None:
    assert _last(resources, NEVER_A_PERSON) == "Ode Brann"
