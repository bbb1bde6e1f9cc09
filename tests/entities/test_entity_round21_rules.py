"""Entities as issue #19's twentieth round's honest readings (seeds 73 and 74) found them wrong on real stories, on
sentences written for these tests: a pipeline's name typed a person, a room of a head of state's residence typed a
body, the place of a peer's title ("Duke of ...") read as a place of the story, and a royal's style ("His Royal
Highness") read as a person."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.entities.mentions import make_mention
from newsprism.entities.names import name_tokens
from newsprism.entities.not_entities import not_an_entity
from newsprism.model import Article, EntityType
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def cue_of(text: str, name: str, label: EntityType) -> str | None:
    start = text.index(name)
    mention = make_mention("a1", text, (start, start + len(name)), label, 0)
    return None if mention.cue is None else mention.cue.type


@pytest.mark.parametrize("after", ["pipeline", "oil pipeline", "pipelines"])
def test_a_name_before_a_pipeline_is_a_place(after: str) -> None:
    text = f"Lawmakers fought over the Lumo XL {after} for years."
    assert cue_of(text, "Lumo XL", "person") == "place"


def test_a_company_tagged_a_body_before_its_pipeline_keeps_its_type() -> None:
    text = "Engineers at the Kade Energy pipeline found a leak."
    assert cue_of(text, "Kade Energy", "organisation") != "place"


def test_a_person_before_other_words_is_no_pipeline() -> None:
    assert cue_of("Ana Vane piped up at the hearing.", "Ana Vane", "person") is None


@pytest.mark.parametrize("room", ["Oval Office", "Situation Room", "Rose Garden"])
def test_a_residences_room_is_a_place(room: str) -> None:
    text = f"The two leaders held a tense {room} meeting on Friday."
    assert cue_of(text, room, "organisation") == "place"


def test_an_office_of_a_body_stays_a_body() -> None:
    text = "A report from the Lumo Budget Office said costs would rise."
    assert cue_of(text, "Lumo Budget Office", "organisation") != "place"


def is_out(text: str, name: str) -> bool:
    start = text.index(name)
    return not_an_entity(text, start, start + len(name), name_tokens(name))


@pytest.mark.parametrize("title", ["the Duke of ", "Prince Tomas, Earl of ", "the Princess of "])
def test_the_place_of_a_peers_title_is_no_entity(title: str) -> None:
    assert is_out(f"Crowds cheered {title}Lumoshire outside the palace.", "Lumoshire")


def test_a_place_after_a_role_of_is_still_a_place() -> None:
    assert not is_out("The mayor of Lumoshire opened the bridge.", "Lumoshire")


@pytest.mark.parametrize("style", ["Royal Highness", "Majesty"])
def test_a_royal_style_is_no_entity(style: str) -> None:
    assert is_out(f"A statement said His {style} would attend.", style)


def test_a_name_with_royal_in_it_stays() -> None:
    assert not is_out("The Royal Lumo Society met in June.", "Royal Lumo Society")


@pytest.mark.parametrize(("written", "name"), [("US Surgeon General", "US Surgeon"),
                                               ("Lumo Attorney General", "Lumo Attorney")])
def test_a_title_cut_before_general_is_no_entity(written: str, name: str) -> None:
    assert is_out(f"The {written} Ana Vane warned on Monday.", name)


def test_a_us_attorney_without_general_stays() -> None:
    assert not is_out("The Lumo Attorney Ana Vane warned on Monday.", "Lumo Attorney")


def test_a_country_is_not_the_strait_named_after_it(resources: NlpResources) -> None:
    texts = ["Japan said on Monday that two warships sailed through the Japan Strait near dawn.",
             "Japan will not bow to pressure, its premier said, as Japan marked a holiday with a parade."]
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    index = find_entities(parse(articles, resources, NlpConfig()))
    holders = {e.name for e in index.entities if any(m.text == "Japan" for m in e.mentions)}
    assert holders == {"Japan"}


@pytest.mark.parametrize("name", ["Lumo", "Kade"])
def test_names_listed_before_capital_counties_are_places(name: str) -> None:
    text = "Officials said Lumo, Kade and Ria Counties voted on Tuesday."
    assert cue_of(text, name, "person") == "place"


def test_a_surname_before_and_a_capital_park_is_no_place() -> None:
    text = "She thanked Lumo and Rosa Parks for their courage."
    assert cue_of(text, "Lumo", "person") != "place"


def test_counties_alone_is_no_entity() -> None:
    assert is_out("Boards in Lumo and Kade-Dale Counties met.", "Counties")
