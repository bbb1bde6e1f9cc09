"""Contribution lines, broadcasters' names, nicknames written with the surname elsewhere, glued street pairs, a
title's first words before 'of', a state's abbreviation ending a sentence, forces' plural members, 'the House', a
municipality's name and misspelt surnames (issue #19, eighth fresh-stories round), on sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.clutter import CONTRIBUTOR_LINE, contributor
from newsprism.entities.context import context_cue
from newsprism.entities.continued import continued
from newsprism.entities.kind_words import STATION_NAME
from newsprism.entities.mentions import make_mention
from newsprism.entities.pairs import split_pairs
from newsprism.entities.products import is_product
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def named(index: EntityIndex, word: str) -> list[tuple[str, str, list[str]]]:
    return [(e.name, e.type, e.aliases) for e in index.entities if word in e.name or any(word in a for a in e.aliases)]


@pytest.mark.parametrize(("line", "credit"), [
    ("— With Ana Tarvo", True),
    ("With Ana Tarvo, Ben Webbly", True),
    ("Contributing: Ana Tarvo and Ben Webbly", True),
    ("Additional reporting by Ana Tarvo", True),
    ("Staff writer Ana Tarvo contributed to this report.", True),
    ("With Ana Tarvo gone, the team looked elsewhere.", False),
    ("Contributing: Ana Tarvo covers the county board and can be reached by phone.", False),
])
def test_contribution_lines(line: str, credit: bool) -> None:
    assert (CONTRIBUTOR_LINE.fullmatch(line) is not None) is credit
    text = f"The mayor spoke on Monday.\n\n{line}\n"
    assert contributor(text, text.index(line) + len(line) - 3) is credit


def test_a_reporter_on_the_contribution_line_is_no_entity(resources: NlpResources) -> None:
    text = "Maria Lopez, the mayor of Springfield, opened the bridge on Monday.\n\n— With Ellen Marsh"
    assert named(analyse(resources, text), "Marsh") == []
    assert named(analyse(resources, text.replace("— With", "Mayor Lopez thanked")), "Marsh")  # the name is found


@pytest.mark.parametrize(("name", "station"), [
    ("CBS2", True), ("FOX5", True), ("PIX11", True), ("KLMO-TV", True), ("Tarvo", False), ("AB", False),
    ("Ana2Lee", False),
])
def test_a_broadcasters_name(name: str, station: bool) -> None:
    assert (STATION_NAME.fullmatch(name) is not None) is station


def test_a_nickname_and_surname_written_as_a_name_elsewhere(resources: NlpResources) -> None:
    index = analyse(resources,
                    "Nobody has been charged yet in the killing of Lumvale High School pupil Tomas “Thomas” Ravell, "
                    "15, who was hit by gunfire on his way home. Police said Thomas may have met strangers that "
                    "evening.",
                    "Police still have no suspect for the death of 15-year-old Thomas Ravell. His teachers "
                    "said Tom Ravell was a well-loved pupil.")
    assert len([e for e in index.entities if "Ravell" in e.name]) == 1


def test_two_avenues_glued_before_their_plural_are_two_places() -> None:
    text = "A man was shot in the area of Tarvo and Webbly avenues about 10 p.m. Monday."
    start = text.index("Tarvo")
    glued = make_mention("a0", text, (start, text.index(" avenues")), "place", 0)
    assert [(m.text, m.label) for m in split_pairs([[glued]], [text])[0]] == [("Tarvo", "place"), ("Webbly", "place")]


def test_a_titles_first_words_before_of_are_no_body(resources: NlpResources) -> None:
    index = analyse(resources, "“We are looking at this case,” said Lumvale Chief of Department Ana Tarvo. Lumvale "
                               "police are patrolling the streets.")
    assert not [e for e in index.entities if e.name.endswith("Chief")]


def test_a_states_abbreviation_ending_a_sentence_is_cut_from_the_next_name(resources: NlpResources) -> None:
    index = analyse(resources, "Police in Missouri say they are looking for Ana Tarvenko in Kade County, Mo. "
                               "Tarvenko is about 5 foot 10 and was last seen on foot. Officers in Kade County, Mo., "
                               "warned residents.")
    assert not [e for e in index.entities if "Mo." in e.name or ("Mo" in e.name and "Tarvenko" in e.name)]
    states = [e for e in index.entities if "Missouri" in (e.name, *e.aliases) or "Mo" in (e.name, *e.aliases)]
    assert len(states) == 1 and states[0].type == "place"


@pytest.mark.parametrize(("text", "name", "end_word"), [
    ("They were stopped by the Lumvale Highway Patrol on Monday.", "Lumvale Highway", "Patrol"),
    ("She joined the Lumvale State Patrol in 2004.", "Lumvale State", "Patrol"),
])
def test_a_forces_last_word_cut_off(text: str, name: str, end_word: str) -> None:
    start = text.index(name)
    end, kind = continued(text, start, start + len(name), "place")
    assert text[start:end].endswith(end_word) and kind == "organisation"


def test_a_forces_plural_members_are_no_place(resources: NlpResources) -> None:
    index = analyse(resources, "The search included two SWAT teams and Kade County Sheriff's Deputies on Tuesday.")
    assert all(e.type != "place" for e in index.entities if "Deputies" in e.name)


def test_the_house_is_the_one_house_of_the_story(resources: NlpResources) -> None:
    index = analyse(resources, "The House met on Monday and overrode the veto. The House needed two thirds.",
                    "The House of Representatives handed the president a defeat on Monday.",
                    "The House vote came after a long debate in the House.")
    houses = [e for e in index.entities if "House" in e.name or any("House" in a for a in e.aliases)]
    assert len(houses) == 1 and houses[0].type == "organisation"


@pytest.mark.parametrize(("text", "name"), [
    ("“She asked if she could borrow my phone,” said building super Ana Tarvenko.", "Tarvenko"),
    ("“She asked if she could borrow my phone,” said building super German Tarvenko.", "Tarvenko"),
])
def test_a_role_noun_before_a_name_is_a_persons_cue(text: str, name: str) -> None:
    start = text.index(name)
    found = context_cue(text[max(0, start - 40):start], text[start + len(name):start + len(name) + 30])
    assert found is not None and found.type == "person"


def test_a_detection_system_is_a_product() -> None:
    text = "Officers responding to a Lumvatech gun detection system call found him."
    start = text.index("Lumvatech")
    assert is_product(text, start, start + len("Lumvatech"))


def test_a_misspelt_surname_the_parse_tagged_a_body_joins_the_person(resources: NlpResources) -> None:
    index = analyse(resources, "Her mother, Sefa Keage, moved from Ghana in 2001. Keague said she held two jobs "
                               "to give her children a chance.")
    assert [(e.name, e.type) for e in index.entities if e.name.startswith("Kea") or "Keage" in e.name] == [
        ("Sefa Keage", "person")]


def test_a_named_day_is_no_entity(resources: NlpResources) -> None:  # found reading NeuS train 1097 (honest set)
    index = analyse(resources, "The largest date on the primary calendar, Super Tuesday, is nearly here. Fourteen "
                               "states hold votes on Super Tuesday, and Texas offers the second largest haul.")
    assert not [e for e in index.entities if e.name == "Super"]
    assert [e.type for e in index.entities if e.name == "Texas"] == ["place"]


def test_two_names_written_side_by_side_stay_two(resources: NlpResources) -> None:  # gun-violence 487891 (honest)
    index = analyse(resources, "Two more of the wounded are in care at Southwest Kade Hermann Hospital and Kade "

                               "Hermann Hospital in the Lumo Medical Center, police said.")
    hospitals = [e.name for e in index.entities if e.name.endswith("Hermann Hospital")]
    assert sorted(hospitals) == ["Kade Hermann Hospital", "Southwest Kade Hermann Hospital"]
