"""entities/not_entities.py: a race's or origin's word before a place's people in the plural ("Black Ostlanders") is
a group of people, no body, whatever spaCy tags it; a body's plural name ("Black Panthers") is not touched.
Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.names import name_tokens
from newsprism.entities.not_entities import not_an_entity
from newsprism.nlp.resources import NlpResources


def _dropped(text: str, name: str) -> bool:
    start = text.index(name)
    return not_an_entity(text, start, start + len(name), name_tokens(name))


def test_a_places_people_by_race_is_no_entity(resources: NlpResources) -> None:
    text = ("The suit says the new law limits the right of Black Varnians to vote, and of Black Ostlanders too. "
            "The Black Panthers and the White Sox were not named.")
    assert not [e for e in analyse(resources, text).entities if e.name == "Black Ostlanders"]
    assert _dropped(text, "Black Varnians") and _dropped(text, "Black Ostlanders")


def test_a_bodys_plural_name_stays() -> None:
    text = "The Black Panthers and the White Sox met the Asian Lumo Traders"
    assert not any(_dropped(text, name) for name in ("Black Panthers", "White Sox", "Asian Lumo Traders"))
