"""Entities as issue #19's thirty-first round found them wrong on real stories, on sentences written for these tests:
two places joined by a hyphen ("the U.S.-Canada crossing") kept as one body's name, its "U.S." apart from the
United States record."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.place_pairs import place_pair
from newsprism.nlp.resources import NlpResources


def test_two_places_joined_by_a_hyphen_are_two_places(resources: NlpResources) -> None:
    index = analyse(resources, "Governor Ana Lee toured the U.S.-Canada crossing near Kadeville on Friday. Canada"
                     " sent two ministers.",
                     "Trade across the U.S.-Mexico line fell in March, officials in the United States said.")
    types = {mention.text: entity.type for entity in index.entities for mention in entity.mentions}
    assert "U.S.-Canada" not in types and "U.S.-Mexico" not in types
    assert types.get("Canada") == types.get("Mexico") == "place"
    assert any({"U.S.", "United States"} <= {m.text for m in entity.mentions} for entity in index.entities)


def test_a_hyphened_name_not_of_two_places_stays_whole() -> None:
    for text in ("Coca-Cola", "Ocasio-Cortez", "Israeli-Palestinian", "Lumo-Texas"):
        assert place_pair(text, 0, len(text), "organisation") == [(0, len(text), "organisation")]
    assert place_pair("U.S.-Russia", 0, 11, "organisation") == [(0, 4, "place"), (5, 11, "place")]
