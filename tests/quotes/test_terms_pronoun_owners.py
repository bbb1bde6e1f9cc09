"""quotes/terms.py: a noun of saying whose possessor is 'his'/'her' ('sought to clarify her argument that “…”') is
the words of its clause's subject when that subject is a name (issue #19, E26's seed-106 honest reading, AllSides
5882#1: no speaker before); in texts written for these tests."""

from __future__ import annotations

from quoted_texts import quotes_of

from newsprism.nlp import NlpResources

OWN = ("Health Secretary Mara Quill on Friday sought to clarify her argument that \u201cwhat people keep in their "
       "kitchens is the state's concern\u201d during a radio interview.")
OTHER = ("The governor said the mayor had misread his argument that \u201cthe river belongs to the county\u201d "
         "at the hearing.")


def _speakers(resources: NlpResources, text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(resources, text) if q.kind != "indirect"]


def test_her_argument_is_the_subjects(resources: NlpResources) -> None:
    assert _speakers(resources, OWN) == ["Mara Quill"]


def test_a_pronoun_owner_with_no_named_subject_credits_no_name(resources: NlpResources) -> None:
    assert "the mayor" not in _speakers(resources, OTHER)
