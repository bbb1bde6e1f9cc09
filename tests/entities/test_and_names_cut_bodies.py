"""entities/and_names.py: a body's name spaCy cut at its "and" ("The Harbor and [Coastal Works Committee]") is the
whole name; two bodies joined by "and" ("the Lumo Bureau and Justice Department") stay apart. Sentences written for
these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_body_cut_at_its_and_is_the_whole_name(resources: NlpResources) -> None:
    index = analyse(resources, "The Harbor and Coastal Works Committee held a hearing Tuesday.")
    assert [(entity.type, entity.name) for entity in index.entities] == [
        ("organisation", "Harbor and Coastal Works Committee")]


def test_two_bodies_joined_by_and_stay_apart(resources: NlpResources) -> None:
    index = analyse(resources, "Dana Quell attacked the FBI and Justice Department on Friday.")
    assert {"FBI", "Justice Department"} <= {entity.name for entity in index.entities}
