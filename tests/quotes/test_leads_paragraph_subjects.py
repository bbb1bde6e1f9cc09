"""quotes/leads.paragraph_lead: a direct quotation opening its paragraph with its credit cut by the crawl, after a
paragraph whose last sentence has a named person as subject ('Senator X criticized Governor Y for … ¶ “While I
share Governor Y's …'), is that subject's, not the last person named (the object; issue #19: AllSides 6085#3, E28's
seed-108 reading); in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

CRITICIZED = ("Senator Ana Ruiz criticized Governor Tomas Ode for not laying out a plan to fix the ferry service "
              "during his first address to the assembly on Tuesday.\n\n"
              "\u201cWhile I share Governor Ode's concern for the island routes, what I did not hear tonight was a "
              "plan to fix the...")
NO_SUBJECT = ("The assembly heard Governor Tomas Ode for an hour on Tuesday.\n\n"
              "\u201cWhile I share the concern for the island routes, what I did not hear tonight was a plan to "
              "fix the...")


def _direct(resources: NlpResources, text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(resources, text) if q.kind == "direct"]


def test_the_subject_of_the_paragraph_before_speaks(resources: NlpResources) -> None:
    assert _direct(resources, CRITICIZED) == ["Ana Ruiz"]


def test_with_no_person_subject_the_last_person_named_stays(resources: NlpResources) -> None:
    assert _direct(resources, NO_SUBJECT) == ["Tomas Ode"]
