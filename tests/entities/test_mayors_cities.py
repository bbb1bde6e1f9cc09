"""entities/mayors.py: a city's short name before its mayor ("Oklahoma's newly elected mayor") beside the city's full
name the story writes ("Oklahoma City") is the city; the same short name elsewhere keeps its own record (the state).
Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_short_name_before_its_mayor_is_the_city(resources: NlpResources) -> None:
    index = analyse(resources, "Hail battered Oklahoma and Kansas on Tuesday. Oklahoma's newly elected mayor said the "
                               "buses would run again by Friday.",
                    "Crews cleared roads across Oklahoma City, officials said.")
    mentions = {entity.name: sorted(m.start for m in entity.mentions) for entity in index.entities}
    assert mentions["Oklahoma City"] == [27, 46]
    assert mentions["Oklahoma"] == [14]
