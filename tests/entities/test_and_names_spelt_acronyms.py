"""entities/and_names.py: a body's name cut at its "and" whose first half spaCy tags a body of its own ("The U.K.
Rowing and | Canoe Federation") is one name when the acronym in brackets after it spells both halves ("(UKRCF)");
"the FBI and Justice Department (DOJ)" stays two. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_an_acronym_spelling_both_halves_joins_them(resources: NlpResources) -> None:
    index = analyse(resources, "The U.K. Rowing and Canoe Federation (UKRCF) said 40 athletes were tested.")
    names = [entity.name for entity in index.entities]
    assert "U.K. Rowing and Canoe Federation" in names
    assert "U.K. Rowing" not in names


def test_an_acronym_of_the_second_half_keeps_two(resources: NlpResources) -> None:
    index = analyse(resources, "The FBI and Justice Department (DOJ) declined to comment.")
    names = [entity.name for entity in index.entities]
    assert "FBI" in names
    assert "Justice Department" in names
