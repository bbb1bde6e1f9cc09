"""entities/apposed_works.py: a title set off by commas after a work's word ("a short film, Two Silent Neighbors,
about ...") is a work's; a name after "the movie," that a speech verb or "who" follows stays a person. Sentences
written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_title_between_commas_after_a_film_is_a_work(resources: NlpResources) -> None:
    index = analyse(resources, "Voters picked a short film, Two Silent Neighbors, about a man who keeps missing his "
                               "train.")
    assert [(entity.name, entity.type) for entity in index.entities] == [("Two Silent Neighbors", "work")]


def test_a_title_between_commas_after_a_documentary_is_a_work(resources: NlpResources) -> None:
    index = analyse(resources, "Critics loved the documentary, Quiet Kade, which opened in Boston.")
    assert ("Quiet Kade", "work") in [(entity.name, entity.type) for entity in index.entities]


def test_a_speaker_after_the_movie_stays_a_person(resources: NlpResources) -> None:
    index = analyse(resources, "Kade Morrow starred in the movie, Ana Lee said. In the film, Tomas Rell, who plays "
                               "a nurse, steals every scene.")
    types = {entity.name: entity.type for entity in index.entities}
    assert types["Ana Lee"] == "person"
    assert types["Tomas Rell"] == "person"
