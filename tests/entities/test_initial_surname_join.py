"""Issue #19: an initial before a surname ("J. Varga") joins the story's one full name it stands for ("Julio Varga")
whatever spaCy tags the initialled form (it tags "J. Varga" ORG but "J. Tavera" PERSON in the same sentence)."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, text: str) -> EntityIndex:
    return find_entities(parse([Article(id="a", source="a", format="text", text=text)], resources, NlpConfig()))


def story(full: str, short: str) -> str:
    return (f"{full}, 34, was arrested on Tuesday after the shooting, police said.\n\n"
            f"Officers said {short} had fled the scene in a grey car before he was stopped.")


@pytest.mark.parametrize(("full", "short"), [
    ("Julio Varga", "J. Varga"),
    ("Jorge Tavera", "J. Tavera"),
    ("Marta Lindqvist", "M. Lindqvist"),
    ("Pavel Okonjo", "P. Okonjo"),
    ("Julian Ostra", "J. Ostra"),
])
def test_an_initial_and_surname_joins_the_one_full_name(resources: NlpResources, full: str, short: str) -> None:
    index = analyse(resources, story(full, short))
    records = [(e.name, e.type, e.aliases) for e in index.entities if short.split()[-1] in e.name
               or any(short.split()[-1] in alias for alias in e.aliases)]
    assert records == [(full, "person", [short])]


def test_an_initial_before_two_full_names_joins_neither(resources: NlpResources) -> None:
    text = (story("Julio Varga", "J. Varga") + "\n\nHis brother Juan Varga, 29, was not charged, police said.")
    index = analyse(resources, text)
    assert sorted(e.name for e in index.entities if "Varga" in e.name) == ["J. Varga", "Juan Varga", "Julio Varga"]
