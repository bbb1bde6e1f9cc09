"""Entities as issue #19's eighteenth round found them wrong on real stories, on sentences written for these tests:
a bare surname before a person's noun ("allies", "dossier", "probe") kept spaCy's body label when the story named
nobody with that surname in full; a political adjective opening a chamber's name ("Conservative House"); a chamber's
members joined to a committee of that chamber."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def type_of(index: EntityIndex, form: str) -> str:
    """The type of the one record holding ``form``."""
    found = [e for e in index.entities if any(m.text == form for m in e.mentions)]
    assert len(found) == 1, [(e.name, [m.text for m in e.mentions]) for e in index.entities]
    return found[0].type


@pytest.mark.parametrize("text", [
    "It is the second attempt this year by Vane allies to unseat the deputy minister.",
    "Reporters asked about the so-called Vane dossier, a key document in the inquiry.",
])
def test_a_surname_before_a_persons_noun_is_a_person(resources: NlpResources, text: str) -> None:
    assert type_of(analyse(resources, text), "Vane") == "person"


def test_bodies_places_and_seats_before_allies_stay_what_they_are(resources: NlpResources) -> None:
    index = analyse(resources, "Nato allies met in Lisbon on Monday. House allies of the speaker walked out, the "
                               "Kremlin allies stayed home, and the Orlando probe went on.")
    assert type_of(index, "Nato") == "organisation"
    assert type_of(index, "House") == "organisation"
    assert type_of(index, "Kremlin") == "organisation"
    assert type_of(index, "Orlando") == "place"


def test_a_political_adjective_before_a_chamber_is_no_part_of_its_name(resources: NlpResources) -> None:
    index = analyse(resources, "Conservative House lawmakers filed a motion on Tuesday to remove the deputy minister.",
                    "House conservatives said on Wednesday the motion would fail.")
    assert not any(m.text == "Conservative House" for e in index.entities for m in e.mentions)
    assert type_of(index, "House") == "organisation"


def test_a_chambers_members_are_no_committees(resources: NlpResources) -> None:
    index = analyse(resources, "Republican House members led by Rep. Ana Vane said the House Budget Committee erred.")
    assert sorted(m.text for m in next(e for e in index.entities if e.name == "House Budget Committee").mentions) == [
        "House Budget Committee"]
    assert type_of(index, "House") == "organisation"

