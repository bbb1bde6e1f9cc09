"""quotes/rementions.py: a description opening with the possessive of the place a person serves ('The state's top
transport expert') re-mentions the person the sentence before names, as one with no possessive does; another
possessor is someone else's (issue #19, E22's seed-100 honest reading, AllSides 5941); in texts written for these
tests."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

PLACE = ("The state will spend more than $2 billion on new roads, Dr. Ana Vell said Thursday.\n\nThe state\u2019s "
         "top transport expert announced the $2.1 billion plan as part of a new \u201croads for small towns\u201d "
         "program to fix bridges.")
PERSON = ("The state will spend more than $2 billion on new roads, Dr. Ana Vell said Thursday.\n\nThe governor\u2019s "
          "top transport expert announced the $2.1 billion plan as part of a new \u201croads for small towns\u201d "
          "program to fix bridges.")


def test_a_place_possessive_description_is_the_person_before(resources: NlpResources) -> None:
    assert quote_of(resources, PLACE, "roads for").speaker == "Ana Vell"


def test_a_person_possessive_description_is_someone_else(resources: NlpResources) -> None:
    assert quote_of(resources, PERSON, "roads for").speaker != "Ana Vell"
