"""entities/evidence.py: a title after a comedian's "special" and a capital "The" or a quotation mark ("his new
special The Drifter") is a work's; "special" before a plain name ("a special Senate election") is no work's cue.
Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_title_after_special_the_is_a_work(resources: NlpResources) -> None:
    index = analyse(resources, "Critics say Kade Morrow's new special The Drifter mocks his rivals.")
    assert {(entity.type, entity.name) for entity in index.entities} == {("person", "Kade Morrow"), ("work", "Drifter")}


def test_special_before_a_plain_name_gives_no_work(resources: NlpResources) -> None:
    index = analyse(resources, "In a special Senate election, Kade Morrow won Lumo.")
    assert ("organisation", "Senate") in {(entity.type, entity.name) for entity in index.entities}
