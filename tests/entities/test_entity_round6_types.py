"""Streets, restaurants, venues, spaced picture credits and rank fragments (issue #19, sixth fresh-stories round),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.context import MOVED_WEIGHT, STREET_PAIR_WEIGHT, context_cue
from newsprism.entities.continued import continued
from newsprism.entities.evidence import CUE_WEIGHT, cue
from newsprism.entities.mentions import _slashed, make_mention, role_only
from newsprism.entities.not_entities import not_an_entity
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def around(text: str, name: str) -> tuple[str, str]:
    start = text.index(name)
    return text[max(0, start - 40):start], text[start + len(name):start + len(name) + 30]


@pytest.mark.parametrize(("text", "name", "weight"), [
    ("A man walked into Kade's Diner at Outer Lumo Drive and Tarvo on Sunday.", "Tarvo", CUE_WEIGHT),
    ("The crash happened at Tarvo and Lumo Street overnight.", "Tarvo", CUE_WEIGHT),
    ("She was walking on Tarvo in the old town when she was hit.", "Tarvo", CUE_WEIGHT),
    ("The zone runs from the river to Tarvo to the east.", "Tarvo", CUE_WEIGHT),
    ("Police searched the area of Tarvo and Webbly for shell casings.", "Tarvo", STREET_PAIR_WEIGHT),
    ("Police searched the area of Tarvo and Webbly for shell casings.", "Webbly", STREET_PAIR_WEIGHT),
    ("The shooting happened near Tarvo and Webbly just before 9 p.m.", "Webbly", STREET_PAIR_WEIGHT),
    ("He said he recently moved to Tarvo because of the crime.", "Tarvo", MOVED_WEIGHT),
])
def test_streets_and_towns_by_the_phrase_around_them(text: str, name: str, weight: float) -> None:
    found = context_cue(*around(text, name))
    assert found is not None and found.type == "place" and found.weight == weight


@pytest.mark.parametrize(("text", "name"), [
    ("He works at Tarvo and Webbly Inc in the city.", "Tarvo"),  # a firm: more words after the pair
    ("The deal was struck at Tarvo & Webbly last year.", "Tarvo"),
    ("She talked to Tarvo about the plan.", "Tarvo"),
    ("The talks went on Tarvo's terms.", "Tarvo"),
])
def test_no_street_without_its_cue(text: str, name: str) -> None:
    found = context_cue(*around(text, name))
    assert found is None or found.type != "place"


def test_a_numbered_court_is_a_street_and_a_circuit_court_a_body() -> None:
    text = "The house on Northwest Fourth Court was sold. The Fourth Circuit Court ruled."
    street = cue(text, 13, 13 + len("Northwest Fourth Court"), ("northwest", "fourth", "court"))
    at = text.index("Fourth Circuit")
    body = cue(text, at, at + len("Fourth Circuit Court"), ("fourth", "circuit", "court"))
    assert street is not None and street.type == "place"
    assert body is not None and body.type == "organisation"


def test_a_compass_abbreviation_alone_is_no_entity() -> None:
    text = "It was in the 1200 block of NW 4th court."
    at = text.index("NW")
    assert not_an_entity(text, at, at + 2, ("nw",))
    assert not not_an_entity("He flew to Lumo.", 11, 15, ("lumo",))


def test_a_credit_with_a_spaced_slash_is_cut_and_left_out() -> None:
    text = "Fatal fire at the house Ana Lee / Kade Times Police interview neighbours on Sunday."
    start = text.index("Ana")
    pieces = _slashed(text, start, text.index(" Times") + len(" Times"), "person")
    assert [text[a:b] for a, b in pieces] == ["Ana Lee", "Kade Times"]
    assert all(not_an_entity(text, a, b, tuple(text[a:b].lower().split())) for a, b in pieces)
    assert not not_an_entity("Ana Lee said / wrote it on Sunday.", 0, 7, ("ana", "lee"))


def test_a_restaurant_named_after_its_owner_is_one_place() -> None:
    text = "A robber entered Kade's Grill on Lumo Street."
    start = text.index("Kade")
    end, kind = continued(text, start, start + len("Kade"), "person")
    assert (text[start:end], kind) == ("Kade's Grill", "place")
    text = "Kade's lawyer spoke."
    assert continued(text, 0, 4, "person")[0] == 4


def test_a_town_owning_a_venue_is_no_part_of_its_name() -> None:
    text = "They met by Lumo's Kade Nations Plaza on Sunday."
    start = text.index("Lumo's")
    assert continued(text, start, start + len("Lumo's"), "place")[0] == start + len("Lumo's")
    text = "They met at the Kade Nations Plaza on Sunday."
    start = text.index("Kade")
    end, kind = continued(text, start, start + len("Kade Nations"), "organisation")
    assert (text[start:end], kind) == ("Kade Nations Plaza", "place")


def test_a_span_before_ranks_and_a_name_is_a_title_fragment() -> None:
    text = "She was wounded, her uncle, Army Command Sgt. Maj. Tom Berg, told reporters."
    start = text.index("Army")
    mention = make_mention("a0", text, (start, start + len("Army Command")), "organisation", 0)
    assert role_only(text, mention)
    text = "The Lumo Police Sgt. Tom Berg said."
    start = text.index("Lumo")
    assert not role_only(text, make_mention("a0", text, (start, start + len("Lumo Police")), "organisation", 0))


def test_streets_spacy_tags_people_are_places_in_the_story(resources: NlpResources) -> None:
    text = ("A robber entered a diner at Outer Tarvo Drive and Delacroix on Sunday. Another woman was wounded while "
            "walking on Marbury in the old town. Police said the boundaries run to Delacroix to the east.")
    records = {entity.name: entity.type for entity in analyse(resources, text).entities}
    assert records.get("Delacroix") == "place"
    assert records.get("Marbury") == "place"


def test_a_town_before_police_said_after_a_comma() -> None:
    text = "A woman was killed in Tarvo, police said Sunday."
    found = context_cue(*around(text, "Tarvo"))
    assert found is not None and found.type == "place"


def test_a_comma_ends_what_follows_a_name_except_a_company_suffix() -> None:
    text = "He lived in Tarvo, police said."
    at = text.index("Tarvo")
    found = cue(text, at, at + 5, ("tarvo",))
    assert found is None or found.type != "organisation"
    text = "He worked for Tarvo, Inc. for years."
    found = cue(text, text.index("Tarvo"), text.index("Tarvo") + 5, ("tarvo",))
    assert found is not None and found.type == "organisation"


@pytest.mark.parametrize(("text", "name", "tokens", "kind"), [
    ("Lumo News reported the claim first.", "Lumo News", ("lumo", "news"), "organisation"),
    ("The home stands on Kentucky 218 near the creek.", "Kentucky 218", ("kentucky", "218"), "place"),
    ("The house is in the Tarvo area of the county.", "Tarvo", ("tarvo",), "place"),
])
def test_what_a_name_is_by_its_words(text: str, name: str, tokens: tuple[str, ...], kind: str) -> None:
    at = text.index(name)
    found = cue(text, at, at + len(name), tokens)
    assert found is not None and found.type == kind


def test_a_name_and_its_bracketed_acronym_are_cut_apart() -> None:
    text = "Funding for the Lumo Health Organization (LHO) was halted."
    start = text.index("Lumo")
    pieces = _slashed(text, start, text.index("LHO") + 3, "organisation")
    assert [text[a:b] for a, b in pieces] == ["Lumo Health Organization", "LHO"]


@pytest.mark.parametrize(("text", "person"), [
    ('"We only wanted peace," said Tarvo, whose family escaped.', True),
    ('"We only wanted peace," said Tarvo.', True),
    ('"We are searching," said Tarvo police on Sunday.', False),  # the town's police
    ("The report said Tarvo had grown.", False),  # no quotation before it
    ('"We won," said Tarvo, who lost last year.', True),
])
def test_the_speaker_named_after_a_quotation(text: str, person: bool) -> None:
    found = context_cue(*around(text, "Tarvo"))
    assert (found is not None and found.type == "person") == person


def test_a_longer_name_after_said_or_a_team_before_who_is_no_person() -> None:
    text = '"Traffic is back," said Tarvo Operations. Fans cheered Lumo, who beat Kade.'
    found = context_cue(*around(text, "Tarvo Operations"), one_word=False)
    assert found is None or found.type != "person"
    found = context_cue(*around(text, "Lumo"))
    assert found is None or found.type != "person"


def test_in_before_a_possessive_is_no_place_cue() -> None:
    text = "Police have no suspects in Tarvo's killing."
    at = text.index("Tarvo")
    found = cue(text, at, at + 5, ("tarvo",))
    assert found is None or found.type != "place"
    text = "Police have no suspects in Tarvo yet."
    found = cue(text, text.index("Tarvo"), text.index("Tarvo") + 5, ("tarvo",))
    assert found is not None and found.type == "place"


def test_a_name_before_its_members_is_a_body() -> None:
    text = "Lumo Dawn lawmakers walked out of the chamber."
    mention = make_mention("a0", text, (0, len("Lumo Dawn")), "person", 0)
    assert mention.cue is not None and mention.cue.type == "organisation"
    text = "Ana Lee supporters walked out of the chamber."
    mention = make_mention("a0", text, (0, len("Ana Lee")), "person", 0)
    assert mention.cue is None or mention.cue.type == "person"


def test_a_one_word_street_so_cued_joins_the_street_it_opens(resources: NlpResources) -> None:
    text = ("Rioters gathered at Tarvo and Delacroix on Monday. Shops on Tarvo Avenue were looted. "
            "Police closed Tarvo Avenue near the square.")
    records = {entity.name: entity for entity in analyse(resources, text).entities}
    assert "Tarvo" not in records


@pytest.mark.parametrize(("text", "owner", "name"), [
    ("She chaired the Lumo's Council on Ethical Affairs.", "Lumo's", "Lumo's Council"),
    ("He shot photos for Ana Lee's Kade News in 1950.", "Ana Lee's", "Ana Lee's"),
    ("Deputies of the Lumo County Sheriff's Homicide Bureau came.", "Lumo County Sheriff's",
     "Lumo County Sheriff's Homicide Bureau"),
])
def test_what_a_possessive_runs_on_to(text: str, owner: str, name: str) -> None:
    start = text.index(owner)
    assert text[start:continued(text, start, start + len(owner), "place")[0]] == name


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("He stood in front of his house at 18 Lumvale Court near noon.", "Lumvale Court", "place"),
    ("He lived on N Lumvale Court for years.", "N Lumvale Court", "place"),
    ("It was a 2015 Lumvale Court ruling.", "Lumvale Court", "organisation"),
])
def test_streets_ending_in_court(text: str, name: str, kind: str) -> None:
    at = text.index(name)
    found = cue(text, at, at + len(name), tuple(name.lower().split()))
    assert found is not None and found.type == kind


def test_storms_and_credits_via_an_agency_are_no_entities() -> None:
    text = "Counties hit by Hurricane Lumo voted."
    at = text.index("Lumo")
    assert not_an_entity(text, at, at + 4, ("lumo",))
    text = "Credit: YouTube/Kadeena via Lumoful"
    at = text.index("Kadeena")
    assert not_an_entity(text, at, at + 7, ("kadeena",))
    assert not not_an_entity("Ana Lee met Lumo Kade on Sunday.", 12, 21, ("lumo", "kade"))
