"""entities/not_entities.py: a distress call's acronym ("SOS calls") is a common noun, no body, whatever spaCy tags
it. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_distress_call_is_no_entity(resources: NlpResources) -> None:
    text = ("The Varn government will send 20m vaccine doses abroad, officials said. Clinics in the port city, "
            "Ostbury, went on issuing SOS calls over severe insulin shortfalls, with nurses turning people away.")
    names = {entity.name for entity in analyse(resources, text).entities}
    assert "SOS" not in names
    assert "Ostbury" in names
