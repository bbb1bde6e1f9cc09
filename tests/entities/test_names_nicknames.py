"""Well-known other names of a place and a group: "the Big Apple" is New York City, a place, and ISIS the Islamic
State (issue #19: D22's seed-93 reading, "Big Apple" a body apart from New York City; D18's seed-89, "ISIS" apart)."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def _records(resources: NlpResources, text: str) -> dict[str, tuple[str, set[str]]]:
    index = analyse(resources, text)
    return {entity.name: (entity.type, {m.text for m in entity.mentions}) for entity in index.entities}


def test_the_big_apple_is_new_york_city(resources: NlpResources) -> None:
    records = _records(resources, "Lumoville Mayor Ana Tress praised New York City for its parks. She said the Big"
                       " Apple is seeing a surge of visitors.")
    assert records["New York City"] == ("place", {"New York City", "Big Apple"})


def test_the_big_apple_alone_is_a_place(resources: NlpResources) -> None:
    records = _records(resources, "A surge of tourists ravaged the Big Apple last summer, and the state's governor"
                       " said New York would reopen soon.")
    assert records["New York City"] == ("place", {"Big Apple"})


def test_isis_is_the_islamic_state(resources: NlpResources) -> None:
    records = _records(resources, "The militants of the Islamic State claimed the attack in Kadeh. ISIS has lost"
                       " most of its land since 2019.")
    assert records["Islamic State"][0] == "organisation" and "ISIS" in records["Islamic State"][1]
