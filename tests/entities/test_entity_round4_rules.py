"""Possessives that belong to a name, roles written as names, glued spans, name variants and acronyms across
articles (issue #19, fourth fresh-stories round), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.context import context_cue
from newsprism.entities.continued import continued
from newsprism.entities.evidence import cue
from newsprism.entities.find import _unify_initials, _untitled
from newsprism.entities.mentions import _slashed, make_mention, role_only
from newsprism.entities.merge import Resolved, cluster
from newsprism.entities.not_entities import not_an_entity
from newsprism.entities.surnames import name_ends
from newsprism.entities.variants import person_variants
from newsprism.model import Article, EntityType
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def names_of(index: EntityIndex) -> dict[str, tuple[str, set[str]]]:
    return {e.name: (e.type, {m.text for m in e.mentions}) for e in index.entities}


@pytest.mark.parametrize(("text", "span", "label", "whole", "kind"), [
    ("The wake is at St. Kade's Parish on Monday.", "St. Kade's", "place", "St. Kade's Parish", "place"),
    ("According to the Lumo County Sheriff's Department, two died.", "Lumo County Sheriff's", "organisation",
     "Lumo County Sheriff's Department", "organisation"),
    ("said Prince Kade's County Executive Ana Lee.", "Prince Kade's County", "person", "Prince Kade's County",
     "place"),
    ("Lumo County State's Attorney Ana Lee said.", "Lumo County State's", "place", "Lumo County", "place"),
    ("Ana Lee's Department was closed.", "Ana Lee's", "person", "Ana Lee's", "person"),
    ("Tom Berg's house burnt.", "Tom Berg's", "person", "Tom Berg's", "person"),
])
def test_a_possessive_and_a_place_or_body_word_after_it_belong_to_the_name(
        text: str, span: str, label: EntityType, whole: str, kind: EntityType) -> None:
    start = text.index(span)
    end, found = continued(text, start, start + len(span), label)
    assert (text[start:end], found) == (whole, kind)


@pytest.mark.parametrize(("text", "name", "label", "role"), [
    ("It injured a Lumo State Trooper on Thursday.", "Trooper", "organisation", True),
    ("Paramedics pronounced two dead.", "Paramedics", "organisation", True),
    ("said Lumo County Executive Ana Lee.", "Lumo County Executive", "place", True),
    ("the Lumo County Sheriff said.", "Lumo County Sheriff", "organisation", False),
    ("Ana Trooper said.", "Ana Trooper", "person", False),
    ("Lumo said.", "Lumo", "organisation", False),
])
def test_a_role_written_as_a_name_is_no_entity(text: str, name: str, label: EntityType, role: bool) -> None:
    start = text.index(name)
    assert role_only(text, make_mention("a0", text, (start, start + len(name)), label, 0)) == role


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("the remains of a 21-year-old Lumo County Sheriff's volunteer", "Lumo County Sheriff", "organisation"),
    ("a 21-year-old Ana Lee was hurt", "Ana Lee", "person"),
    ("owners of the nearby Kade night club say", "Kade", "place"),
    ("Investigator Ana Lee at the Lumo Treatment Center", "Treatment Center", "place"),
])
def test_the_words_around_a_name_give_its_kind(text: str, name: str, kind: EntityType) -> None:
    start = text.index(name)
    found = cue(text, start, start + len(name), tuple(name.lower().split()))
    assert found is not None and found.type == kind


@pytest.mark.parametrize(("before", "kind"), [
    ("The 17-year-old from ", "place"),
    ("a man from ", "place"),
    ("a letter from ", None),
])
def test_a_person_from_a_name_makes_it_a_place(before: str, kind: EntityType | None) -> None:
    found = context_cue(before, " is charged")
    assert (found.type if found is not None else None) == kind


@pytest.mark.parametrize(("text", "pieces"), [
    ("Lee at Lumo Hospital", ["Lee", "Lumo Hospital"]),
    ("Kade Sreet in Downtown Lumo", ["Kade Sreet", "Downtown Lumo"]),
    ("(LNN)Kadeland", ["(LNN", "Kadeland"]),
    ("Bank of Lumo", ["Bank of Lumo"]),
    ("Ana Lee/Lumo County", ["Ana Lee", "Lumo County"]),
])
def test_a_span_glued_by_at_in_or_a_bracket_is_two_names(text: str, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in _slashed(text, 0, len(text), "person")] == pieces


def test_a_surname_before_a_generation_suffix_stands_for_the_full_name() -> None:
    assert "kessel" in name_ends(("ana", "l", "kessel", "iii"))
    assert name_ends(("ana", "kessel")) == {"ana", "kessel"}


def test_a_middle_initial_and_the_middle_name_it_opens_are_one_person() -> None:
    full, initial, plain = ("tom", "ernest", "kessel"), ("tom", "e", "kessel"), ("tom", "kessel")
    rewrite = person_variants({full, initial, plain})
    assert {rewrite.get("".join(n), "".join(n)) for n in (full, initial, plain)} == {"tomernestkessel"}
    assert person_variants({("tom", "e", "kessel"), ("tom", "ira", "kessel")}) == {}


def test_a_chain_of_rewrites_ends_at_the_fullest_name() -> None:
    text = "Tom E. Kessel met Tom Kessel and Tom Ernest Kessel."
    mentions = [make_mention("a0", text, (text.index(n), text.index(n) + len(n)), "person", 0)
                for n in ("Tom E. Kessel", "Tom Kessel", "Tom Ernest Kessel")]
    assert {m.key for m in _unify_initials([mentions])[0]} == {"tomernestkessel"}


def test_a_usual_short_given_name_joins_the_full_one() -> None:
    assert person_variants({("art", "kessel"), ("arthur", "kessel")}) == {"artkessel": "arthurkessel"}


def test_an_acronym_joins_the_name_another_article_spells_out(resources: NlpResources) -> None:
    first = "The LBI released its report on Friday about the senator's emails."
    second = "Documents were released on Friday by the Lumo Bureau of Inquiry, officials said."
    names = names_of(analyse(resources, first, second))
    assert any({"LBI", "Lumo Bureau of Inquiry"} <= forms for _, forms in names.values())


@pytest.mark.parametrize(("before", "after", "kind"), [
    ("A ", " man was killed", "place"),
    ("the dog of ", " man", None),
    ("", ", New Hampshire (LNN) - Crowds", "place"),
    ("born in ", ", IL. He was", "place"),
    ("said Ana ", ", Washington Post reporter", None),
    ("said ", ", AP", None),
])
def test_a_person_noun_after_a_or_a_state_after_a_comma_makes_a_town(before: str, after: str,
                                                                      kind: EntityType | None) -> None:
    found = context_cue(before, after)
    assert (found.type if found is not None else None) == kind


@pytest.mark.parametrize(("text", "span", "whole"), [
    ("Just how close is the Lumo Democratic primary?", "Lumo Democratic", "Lumo"),
    ("The Lumo Democratic Party met.", "Lumo Democratic Party", "Lumo Democratic Party"),
])
def test_a_party_adjective_before_a_lower_case_noun_is_no_part_of_the_name(text: str, span: str, whole: str) -> None:
    start = text.index(span)
    end, _ = continued(text, start, start + len(span), "organisation")
    assert text[start:end] == whole


def test_a_rank_after_a_place_tagged_as_a_person_is_no_name() -> None:
    text = "On Thursday, Lumo Lt. Ana Kessel said the man was hurt."
    start = text.index("Lumo Lt")
    assert role_only(text, make_mention("a0", text, (start, start + len("Lumo Lt")), "person", 0))


def test_a_coloured_vehicle_is_no_entity(resources: NlpResources) -> None:
    text = ("Ana Kessel, 18, is charged with murder. Officers took a black Chevy Impala they think the "
            "gunman drove. Neighbours saw a black Chevy speed off.")
    assert "Chevy" not in names_of(analyse(resources, text))


@pytest.mark.parametrize(("name", "charge"), [
    ("First Degree Murder", True), ("Aggravated Battery with a Firearm", True), ("Lumo Murder", True),
    ("Murder", False), ("Ana Kessel", False),
])
def test_a_charge_in_capitals_is_no_entity(name: str, charge: bool) -> None:
    text = f"She is held for {name} in Lumo."
    start = text.index(name)
    tokens = tuple(word.lower() for word in name.split())
    assert not_an_entity(text, start, start + len(name), tokens) == charge


@pytest.mark.parametrize(("before", "after", "kind"), [
    ("two ", " men were killed", "place"),
    ("said neighbor ", " of the house", "person"),
    ("Ana Lee, 35, of ", " was booked", "place"),
])
def test_more_phrases_around_a_name_give_its_kind(before: str, after: str, kind: EntityType) -> None:
    found = context_cue(before, after)
    assert found is not None and found.type == kind


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("said Lumo Police Dept. Chief Ana Lee.", "Lumo Police Dept", "organisation"),
    ("shot at the Kade Basketball Complex, home of", "Kade Basketball Complex", "place"),
])
def test_short_body_words_and_complexes(text: str, name: str, kind: EntityType) -> None:
    start = text.index(name)
    found = cue(text, start, start + len(name), tuple(name.lower().split()))
    assert found is not None and found.type == kind


def test_a_verb_of_saying_opening_a_sentence_is_no_part_of_the_name(resources: NlpResources) -> None:
    text = "The park was quiet. Said Shaun Kessel, son of Herbert Kessel Jr., Lumo co-founder, \"My dad is sad.\""
    names = names_of(analyse(resources, text))
    assert not any(name.startswith("Said") for name in names)


def test_an_ap_state_abbreviation_is_the_state(resources: NlpResources) -> None:
    names = names_of(analyse(resources, "Six people were shot in Lumo, Ind. on Saturday."))
    assert names.get("Indiana", ("", set()))[0] == "place"


def test_a_possessive_and_several_capitalised_words_up_to_a_place_word_belong_to_the_name() -> None:
    text = "He died at the Lumo Children's Medical Center in Kade."
    start = text.index("Lumo Children's")
    end, kind = continued(text, start, start + len("Lumo Children's"), "place")
    assert (text[start:end], kind) == ("Lumo Children's Medical Center", "place")
    text = "Said Lumo's Ana Lee, the coach."
    start = text.index("Lumo's")
    assert continued(text, start, start + len("Lumo's"), "place")[0] == start + len("Lumo's")


def test_an_office_joins_its_department() -> None:
    text = "The Kade County Sheriff's Department said. Kade County Sheriff deputies came. Lumo County Sheriff spoke."
    found = [make_mention("a0", text, (text.index(name), text.index(name) + len(name)), "organisation", 0)
             for name in ("Kade County Sheriff's Department", "Kade County Sheriff", "Lumo County Sheriff")]
    groups = cluster([Resolved(m, m.key) for m in found])
    assert sorted(len(group) for group in groups) == [1, 2]


def test_a_town_stays_apart_from_its_festival(resources: NlpResources) -> None:
    text = ("Shots were fired at the Lumo Garlic Festival on Sunday. The Lumo Garlic Festival was closed. "
            "Police in Lumo, California, said a man was held. The Lumo Garlic Festival opens again next year.")
    names = names_of(analyse(resources, text))
    assert not any("Lumo" in forms and "Lumo Garlic Festival" in forms for _, forms in names.values())


def test_a_titled_span_tagged_a_body_is_the_person_the_story_names() -> None:
    text = "Trooper Ana Kessel said the man fled. Ana Kessel said more later. Major League Baseball said nothing."
    spans = {"Trooper Ana Kessel": "organisation", "Ana Kessel": "person", "Major League Baseball": "organisation"}
    found = [make_mention("a0", text, (text.index(name), text.index(name) + len(name)), label, 0)
             for name, label in spans.items()]
    rewritten = _untitled([found], [text])[0]
    assert [(m.text, m.label) for m in rewritten] == [
        ("Ana Kessel", "person"), ("Ana Kessel", "person"), ("Major League Baseball", "organisation")]
