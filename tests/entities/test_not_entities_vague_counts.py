"""A vague count opening a sentence ("Millions would watch it", "Thousands marched") is no entity
(not_entities.not_an_entity with lexicon.VAGUE_COUNTS). Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse, records

from newsprism.entities.not_entities import not_an_entity
from newsprism.nlp.resources import NlpResources


def test_a_vague_count_is_no_entity() -> None:
    text = "The clip spread fast. Millions would watch it before dawn."
    start = text.index("Millions")
    assert not_an_entity(text, start, start + len("Millions"), ("millions",))


def test_the_story_keeps_no_record_of_a_vague_count(resources: NlpResources) -> None:
    index = analyse(resources, "The clip spread within hours of the crash. Millions would watch it before dawn, and "
                               "Thousands shared it.")
    assert records(index, "Millions") == []
