"""Names spaCy cut before their last words, an initial standing for a given name, a broadcaster's helicopter and a
force's name written without its generic head (issue #19, ninth round), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.clutter import _aircraft
from newsprism.entities.tails import name_tail
from newsprism.entities.variants import initial_given_names
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def records(index: EntityIndex, word: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in index.entities if word in e.name or any(word in a for a in e.aliases)]


@pytest.mark.parametrize(("text", "cut", "found"), [
    ("taken to Ben Kade General Hospital, where", "Ben Kade", ("Ben Kade General Hospital", "place")),
    ("call Lumo County Crime Stoppers at", "Lumo County Crime", ("Lumo County Crime Stoppers", "organisation")),
    ("on Lumo Forest DriveTuesday morning", "Lumo Forest", ("Lumo Forest Drive", "place")),
    ("on Lumo Forest Drive Tuesday morning", "Lumo Forest", None),
    ("Ana Kade Tuesday said", "Ana Kade", None),
    ("Ben Kade, General Hospital", "Ben Kade", None),
    ("Ben Kade\nGeneral Hospital", "Ben Kade", None),
    ("at Fort Lumo's Soldier Readiness Center", "Fort Lumo's Soldier", None),
])
def test_a_name_goes_on_after_its_span(text: str, cut: str, found: tuple[str, str] | None) -> None:
    start = text.index(cut)
    tail = name_tail(text, start, start + len(cut), "person")
    assert (None if tail is None else (text[start:tail[0]], tail[1])) == found


def test_a_hospital_spacy_cut_is_one_place(resources: NlpResources) -> None:
    index = analyse(resources, "Medics drove the victim to Lena Kaub General Hospital; he did not survive. Lena Kaub "
                               "General Hospital said he arrived at 4 a.m.")
    assert records(index, "Kaub") == [("Lena Kaub General Hospital", "place")]


@pytest.mark.parametrize(("names", "joined"), [
    ({("j", "tavera"), ("jorge", "tavera")}, {"jtavera": "jorgetavera"}),
    ({("j", "tavera"), ("jorge", "tavera"), ("juan", "tavera")}, {}),
    ({("j", "tavera"), ("maria", "tavera")}, {}),
    ({("j", "tavera"), ("jorge", "lopez")}, {}),
])
def test_an_initial_stands_for_the_one_given_name(names: set[tuple[str, ...]], joined: dict[str, str]) -> None:
    assert initial_given_names(names, {}) == joined


def test_an_initial_joins_the_full_name_already_joined(resources: NlpResources) -> None:
    assert initial_given_names({("j", "tavera"), ("jorge", "tavera"), ("jorge", "a", "tavera")},
                               {"jorgetavera": "jorgeatavera"}) == {"jtavera": "jorgeatavera"}
    index = analyse(resources, "Deputies arrested J. Tavera, 41, on Monday. Jorge Tavera was held in the county jail. "
                               "Tavera is due in court Friday.")
    assert records(index, "Tavera") == [("Jorge Tavera", "person")]


@pytest.mark.parametrize(("tokens", "aircraft"), [
    (("newschopper", "2"), True), (("sky", "copter", "4"), True), (("chopper", "7"), True),
    (("chopper", "street"), False), (("lumo", "2"), False), (("newschopper",), False),
])
def test_a_broadcasters_helicopter(tokens: tuple[str, ...], aircraft: bool) -> None:
    assert _aircraft(tokens) is aircraft


def test_a_news_helicopter_is_no_entity(resources: NlpResources) -> None:
    text = "NewsChopper 2 flew over the scene. Video from NewsChopper 2 showed police cars on Main Street in Lumvale."
    assert records(analyse(resources, text), "Chopper") == []
    assert records(analyse(resources, text), "Lumvale")  # the rest of the sentence is read


def test_a_force_without_its_generic_head(resources: NlpResources) -> None:
    index = analyse(resources, "Village Police said the man fled. The Lumvale Village Police Department is "
                               "investigating. Village Police asked anyone with information to call.")
    assert records(index, "Village Police") == [("Lumvale Village Police Department", "organisation")]
    two = analyse(resources, "Village Police said the man fled. The Lumvale Village Police Department and the Kade "
                             "Village Police Department are investigating. Village Police asked for help.")
    assert len(records(two, "Village Police")) == 3  # two forces: the short name joins neither


def test_a_forces_generic_name_still_joins_its_one_force(resources: NlpResources) -> None:
    index = analyse(resources, "The Stockville Police Department said the man was arrested. A spokesman for the "
                               "Police Department said he had no lawyer. The Stockville Police Department thanked "
                               "the public.")
    assert records(index, "Police Department") == [("Stockville Police Department", "organisation")]


def test_a_force_written_in_full_joins_no_glued_name(resources: NlpResources) -> None:
    from newsprism.entities.contained import _held
    assert _held(("county", "police"), ("prince", "kade's", "county", "police"), True)
    assert not _held(("lumo", "police"), ("lumo", "daily", "news", "police"), True)
    assert _held(("lumo", "police"), ("lumo", "county", "police"), False)
