"""entities/not_entities.py: a side of politics written with a capital ("the outrage-driven Left") is no body.
Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_political_side_is_no_body(resources: NlpResources) -> None:
    index = analyse(resources, "Kade Morrow will never talk the way the outrage-driven Left demands. In reply, the "
                               "Left called him a bigot.")
    assert [entity.name for entity in index.entities] == ["Kade Morrow"]
