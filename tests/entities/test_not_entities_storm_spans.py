"""entities/not_entities.py: a storm whose span spaCy drew over the storm's words ("Tropical Storm Lumo") is no
entity, like a name after them. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse, holding

from newsprism.entities.not_entities import not_an_entity
from newsprism.nlp.resources import NlpResources


def _drops(text: str, span: str) -> bool:
    start = text.index(span)
    end = start + len(span)
    return not_an_entity(text, start, end, tuple(text[start:end].lower().split()))


def test_a_storm_span_holding_its_storm_words_is_no_entity() -> None:
    text = ("Rain from Tropical Storm Velka closed the port on Monday. By Friday Tropical Depression Velka had "
            "drifted west, and Hurricane Orsin followed it.")
    assert _drops(text, "Tropical Storm Velka")
    assert _drops(text, "Tropical Depression Velka")
    assert _drops(text, "Hurricane Orsin")


def test_a_place_or_body_that_starts_with_storm_is_kept() -> None:
    text = "Storm Lake voters met the Tropical Fruit Growers Board in Velka County, said the Hurricane Center."
    assert not _drops(text, "Storm Lake")
    assert not _drops(text, "Hurricane Center")
    assert not _drops(text, "Tropical Fruit Growers Board")


def test_a_storm_span_makes_no_record_in_a_story(resources: NlpResources) -> None:
    text = ("Heavy rain from Tropical Storm Velka forced a halt to the search in Portamar on Tuesday. Tropical Storm "
            "Velka was expected to bring floods, the National Hurricane Center said.")
    index = analyse(resources, text, "By Saturday Tropical Depression Velka moved across the coast, officials said.")
    assert not [e.name for e in index.entities if "Velka" in e.name]
    assert holding(index, "National Hurricane Center")


def test_a_storm_cut_after_tropical_and_its_lone_name_are_no_entities() -> None:
    text = "Tropical Storm Orsin reached the coast. Later tropical storm Orsin weakened, and Orsin left Portamar."
    storm = text.index("Storm Orsin")
    assert not_an_entity(text, storm, storm + len("Storm Orsin"), ("storm", "orsin"))
    lone = text.index("Orsin left")
    assert not_an_entity(text, lone, lone + 5, ("orsin",))
    assert not _drops(text, "Portamar")
    assert not _drops("Orsin Vale said the storm had passed.", "Orsin")
