"""Entities typed and merged on the whole story's evidence (issue #19), on stories written for these tests."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.evidence import cue
from newsprism.entities.not_entities import not_an_entity, trim_score
from newsprism.entities.spread import headline_line
from newsprism.model import Article, Entity
from newsprism.nlp import NlpResources, parse


def story(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source="test", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def with_form(index: EntityIndex, form: str) -> list[Entity]:
    return [e for e in index.entities if form == e.name or form in e.aliases]


def words(text: str, name: str) -> tuple[int, int, tuple[str, ...]]:
    start = text.index(name)
    return start, start + len(name), tuple(name.lower().split())


@pytest.mark.parametrize("text, name, kind", [
    ("Gunmen stormed the Odeon theatre on Friday.", "Odeon", "place"),
    ("The match at Harbour Stadium was stopped.", "Harbour Stadium", "place"),
    ("Voters backed the Verda party in the poll.", "Verda", "organisation"),
    ("Shares of Lumo Inc. fell sharply.", "Lumo", "organisation"),
    ("Talks were held by Senator Ilse Marr yesterday.", "Ilse Marr", "person"),
    ("Tomas Brill, 54, was arrested.", "Tomas Brill", "person"),
    ("Protests spread in Karvia overnight.", "Karvia", "place"),
])
def test_the_words_around_a_name_say_what_it_is(text: str, name: str, kind: str) -> None:
    start, end, tokens = words(text, name)
    found = cue(text, start, end, tokens)
    assert found is not None and found.type == kind


@pytest.mark.parametrize("text, name, expected", [
    ("The tablet has 8 GB of RAM and LTE.", "GB", True),
    ("The tablet has 8 GB of RAM and LTE.", "RAM", True),
    ("The tablet has 8 GB of RAM and LTE.", "LTE", True),
    ("Crowds in the square. Credit Mira Tolen/Northern Press\nNext line.", "Mira Tolen", True),
    ("Crowds in the square. Credit Mira Tolen/Northern Press\nNext line.", "Northern Press", True),
    ("Flights from Dallas/Fort Worth airport were cut, said Mira Tolen.", "Dallas", False),
    ("Flights from Dallas/Fort Worth airport were cut, said Mira Tolen.", "Mira Tolen", False),
])
def test_units_and_picture_credits_are_no_entities(text: str, name: str, expected: bool) -> None:
    start, end, tokens = words(text, name)
    assert not_an_entity(text, start, end, tokens) is expected


def test_a_score_is_cut_from_a_team_name() -> None:
    text = "Eastvale 51-50 after overtime"
    assert text[:trim_score(text, 0, len("Eastvale 51-50"))] == "Eastvale"


@pytest.mark.parametrize("line, expected", [
    ("Ana Lee Checks Into Clinic After Hearing", True),
    ("COLTS BEAT RAVENS IN OVERTIME", True),
    ("Russian President Vladimir Putin met Kim Jong Un in Vladivostok.", False),
    ("The actress entered a clinic on Monday", False),
])
def test_headline_lines(line: str, expected: bool) -> None:
    assert headline_line(line, 0) is expected


def test_venue_and_party_are_typed_on_their_context_not_on_spacys_label(resources: NlpResources) -> None:
    index = story(resources,
                  "Gunmen attacked the Odeon theatre in Velm on Friday. The Verda party condemned the attack.",
                  "Survivors of the Odeon described the night. Leaders of Verda met in the capital.")
    (odeon,) = with_form(index, "Odeon")
    (verda,) = with_form(index, "Verda")
    assert (odeon.type, verda.type) == ("place", "organisation")


def test_a_company_is_not_absorbed_by_a_longer_name_without_a_persons_cue(resources: NlpResources) -> None:
    index = story(resources,
                  "Samsung Apps is the company's store. Samsung said sales rose. Samsung Electronics posted results.",
                  "Samsung shares fell on Tuesday after Samsung warned of weak demand.")
    companies = [e for e in with_form(index, "Samsung") if e.name != "Samsung Apps"]
    assert companies and all("Samsung Apps" not in (e.name, *e.aliases) for e in companies)


def test_acronyms_and_expansions_merge_when_the_text_ties_them(resources: NlpResources) -> None:
    index = story(resources,
                  "The International Monetary Fund (IMF) cut its forecast. The Islamic State (ISIS) claimed it.",
                  "The IMF said growth would slow. ISIS fighters withdrew.")
    (fund,) = with_form(index, "International Monetary Fund")
    assert "IMF" in fund.aliases and fund.articles == 2
    (group,) = with_form(index, "Islamic State")
    assert "ISIS" in group.aliases


def test_a_surname_is_found_where_spacy_missed_it_and_joins_the_full_name(resources: NlpResources) -> None:
    index = story(resources, "Wiktor Palenko retained his title in Hamburg on Saturday, and Wiktor Palenko said he "
                  "would fight again.", "Palenko won on points. The crowd cheered Palenko as Palenko left the ring.")
    (boxer,) = with_form(index, "Wiktor Palenko")
    assert boxer.articles == 2 and boxer.type == "person"
    assert sum(m.article == "a1" for m in boxer.mentions) == 3


def test_a_team_nickname_joins_the_one_team_name_ending_in_it(resources: NlpResources) -> None:
    index = story(resources, "The Kansas City Chiefs beat the visitors on Sunday.",
                  "The Chiefs scored twice in the last quarter, and the Chiefs fans celebrated.")
    (team,) = with_form(index, "Kansas City Chiefs")
    assert "Chiefs" in team.aliases


def test_a_team_name_is_not_taken_for_a_players_first_word(resources: NlpResources) -> None:
    """'Colts' ends the body's name 'Indianapolis Colts': it is no short name of 'Colts QB Andrew Luck'."""
    index = story(resources, "The Indianapolis Colts beat the visitors. Colts QB Andrew Luck threw twice.",
                  "The Colts won again on Sunday. The Colts led early.")
    assert all("Colts QB Andrew Luck" not in (e.name, *e.aliases) for e in with_form(index, "Colts"))


def test_a_shortened_place_or_body_name_joins_the_one_longer_name_holding_it(resources: NlpResources) -> None:
    index = story(resources, "She checked into the Halvor Ford Treatment Center in Palm Valley on Monday.",
                  "Staff at the Halvor Ford Center declined to comment.",
                  "Climbers died on Aoraki Mount Sefton. Rescuers reached Mount Sefton on Tuesday.")
    (center,) = with_form(index, "Halvor Ford Treatment Center")
    assert "Halvor Ford Center" in center.aliases
    (mountain,) = with_form(index, "Aoraki Mount Sefton")
    assert "Mount Sefton" in mountain.aliases and mountain.type == "place"


def test_a_shortened_name_held_by_two_longer_names_joins_neither(resources: NlpResources) -> None:
    index = story(resources, "The Ardel Supreme Court ruled on Monday. The Varnia Supreme Court disagreed.",
                  "The Supreme Court will hear it again.")
    for entity in with_form(index, "Supreme Court"):
        assert {m.text for m in entity.mentions} == {"Supreme Court"}


def test_a_title_alone_is_no_entity() -> None:
    text = "Sgt said the inmate fled."
    assert not_an_entity(text, 0, 3, ("sgt",))
