"""A government body named for one holder of its office ("the Velkov White House", "the Velkov Justice Department")
is that body at one time: the bare body's mentions ("the White House said") do not join it, nor does the holder's
one-word name (issue #19's twenty-fourth round: AllSides roundup 5632's "the White House said" of one president's
staff went to a record named for his predecessor's White House). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.entities.holders import held_body, held_by_person
from newsprism.entities.names import name_tokens
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


@pytest.mark.parametrize("name", ["Velkov White House", "Velkov administration", "Velkov Justice Department",
                                  "Velkov State Department", "Velkov Pentagon"])
def test_a_name_then_a_government_body_is_a_held_body(name: str) -> None:
    assert held_body(name_tokens(name))


@pytest.mark.parametrize("name", ["Social Security Administration", "Food and Drug Administration", "White House",
                                  "Velkov Police Department", "Lumo House"])
def test_other_names_are_no_held_body(name: str) -> None:
    assert not held_body(name_tokens(name))


def test_the_bare_body_is_held_only_by_a_person_of_the_story() -> None:
    short, long = name_tokens("White House"), name_tokens("Velkov White House")
    assert held_by_person(short, long, {"velkov"})
    assert not held_by_person(short, long, {"kade"})
    assert not held_by_person(name_tokens("Justice Department"), name_tokens("Velkov Justice Department"), set())


def test_the_bare_white_house_stays_apart_from_a_holders(resources: NlpResources) -> None:
    texts = ["President Ana Marlow waived the privilege, the White House said on Friday in Washington.",
             "The White House confirmed that Marlow will release the files to the panel next week.",
             "Marlow said the papers from the Trump White House would go to the panel. Donald Trump objected."]
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    index = find_entities(parse(articles, resources, NlpConfig()))
    bare = [e for e in index.entities if any(m.text == "White House" for m in e.mentions)]
    assert len(bare) == 1 and bare[0].name == "White House"
    assert all(m.text == "White House" for m in bare[0].mentions)
