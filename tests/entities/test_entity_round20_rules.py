"""Entities as issue #19's nineteenth round's honest reading (seed 72) found them wrong on real stories, on
sentences written for these tests: a motor tanker's "MT" name typed a place, a company's "hospital system" typed a
hospital (a place), a group's plural name ("... Boys") typed a person;
and (the seed-73 reading) a weekday that spaCy ran into a person's name ("Trump Thursday"), (seed 74) an acronym
spelling the letters of a dotted "U.S." ("USCP") apart from its body."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.entities.evidence import cue
from newsprism.entities.names import clean_span, name_tokens
from newsprism.entities.products import plural_body
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def cue_type(text: str, name: str) -> str | None:
    start = text.index(name)
    found = cue(text, start, start + len(name), name_tokens(name))
    return None if found is None else found.type


def test_a_motor_tankers_mark_makes_a_ship() -> None:
    assert cue_type("Navy officers said the Lumarian-owned MT Kade Star was hit near dawn.", "MT Kade Star") == (
        "organisation")


def test_mountain_time_before_a_name_is_no_ship() -> None:
    assert cue_type("The vote closes at 9 p.m. MT, Ana Vane told reporters.", "Ana Vane") != "organisation"


def test_a_hospital_system_is_a_company() -> None:
    assert cue_type("According to the Kade Health hospital system in Lumo, two patients fell ill.",
                    "Kade Health") == "organisation"


def test_a_named_hospital_stays_a_place() -> None:
    assert cue_type("Both were taken to a Kade Health hospital in Lumo on Friday.", "Kade Health") == "place"


@pytest.mark.parametrize("name", ["Lumo Boys", "Harbor Keepers", "Kade Patriots"])
def test_a_plural_for_people_ends_a_groups_name(name: str) -> None:
    text = f"Members of the far-right {name} marched downtown on Saturday."
    assert plural_body(text, text.index(name), name_tokens(name))


@pytest.mark.parametrize("name", ["Ana Summers", "Tom Sanders", "Boys"])
def test_a_surname_in_s_is_no_group(name: str) -> None:
    text = f"Members cheered {name} downtown on Saturday."
    assert not plural_body(text, text.index(name), name_tokens(name))


@pytest.mark.parametrize(("written", "name"), [("President Ana Vane Thursday", "President Ana Vane"),
                                               ("Tom Kade Monday", "Tom Kade")])
def test_a_weekday_ends_no_persons_name(written: str, name: str) -> None:
    text = f"Reporters met {written} at the harbor."
    start = text.index(written)
    span = clean_span(text, start, start + len(written), "person")
    assert span is not None and text[span[0]:span[1]] == name.removeprefix("President ")


def test_a_places_weekday_is_left_to_the_place() -> None:
    text = "Crowds gathered in Lumo Tuesday for the vote."
    start = text.index("Lumo Tuesday")
    assert clean_span(text, start, start + len("Lumo Tuesday"), "place") == (start, start + len("Lumo Tuesday"))


def test_an_acronym_spells_the_letters_of_a_dotted_country(resources: NlpResources) -> None:
    text = ("The U.S. Department of Harbors said on Monday that the ferry fees would rise. A spokesman for the USDH "
            "said the new fees would pay for repairs.")
    index = find_entities(parse([Article(id="a0", source="a0", format="text", text=text)], resources, NlpConfig()))
    holders = [e.name for e in index.entities if any(m.text == "USDH" for m in e.mentions)]
    assert holders == ["U.S. Department of Harbors"]
