"""entities/evidence.py: the type evidence around a name (cue, CUE_WEIGHT): a station's possessive before a reporter, a
country before a reporting person, a state before a party's member, a survey's acronym, the words a cue reads past
or stops at. Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_texts import around, cue_and_weight, cue_of

from newsprism.entities.context import MOVED_WEIGHT, STREET_PAIR_WEIGHT, context_cue
from newsprism.entities.evidence import CUE_WEIGHT, VESSEL_PREFIX, cue
from newsprism.entities.names import name_tokens
from newsprism.model import EntityType


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("A man was shot on Maple Court in the night.", "Maple Court", "place"),
    ("Police found him in the 100 block of Maple Court.", "Maple Court", "place"),
    ("She served on Lumo County Court for years.", "Lumo County Court", None),
])
def test_a_court_after_on_is_a_street(text: str, name: str, kind: str | None) -> None:
    start = text.index(name)
    found = cue(text, start, start + len(name), name_tokens(name))
    assert (found.type if found is not None and found.type == "place" else None) == kind


def test_an_age_after_a_comma_and_age_marks_a_person() -> None:
    text = "Two people died, including Dario Lumo, age 38 and Mila Kade, aged 12."
    for name in ("Dario Lumo", "Mila Kade"):
        at = text.index(name)
        found = cue(text, at, at + len(name), tuple(name.lower().split()))
        assert found is not None and found.type == "person", name
    assert cue("in Lumo, agents said", 3, 7, ("lumo",)) is None or cue("in Lumo, agents said", 3, 7, (
        "lumo",)).type != "person"


def test_named_ships_are_no_people_and_their_short_names_join() -> None:
    for text, name in (("The navy sent its stealth frigate INS Kopa to the strait.", "INS Kopa"),
                       ("Marines from INS Kopa boarded the boat.", "Kopa"),
                       ("The pirates fired at the dhow, Tarnak, which towed a skiff.", "Tarnak"),
                       ("the capture of the supertanker Lumo Star last month", "Lumo Star"),
                       ("Warship Kopa foiled a piracy attempt", "Warship Kopa")):
        start = text.index(name)
        found = cue(text, start, start + len(name), name_tokens(name))
        assert found is not None and found.type == "organisation", text
    assert VESSEL_PREFIX.match("MV Lumo Star") and VESSEL_PREFIX.match("Lumarian Naval Ship Kopa")
    assert VESSEL_PREFIX.match("MS Society") is None and VESSEL_PREFIX.match("Mv Lumo") is None


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


def _cue_of(text: str, name: str) -> EntityType | None:
    start = text.index(name)
    found = cue(text, start, start + len(name), tuple(name.lower().split()))
    return found.type if found is not None else None


def test_a_maker_hyphened_to_its_partner_before_boosters_is_a_body() -> None:
    assert _cue_of("Regulators will weigh the Lumo-Kade boosters next week.", "Lumo") == "organisation"
    assert _cue_of("Millions took the Lumo-Kade vaccine.", "Lumo") == "organisation"
    assert _cue_of("Clinics gave the Lumo-Kade Kopa-19 vaccine.", "Lumo") == "organisation"


def test_a_hyphened_ticket_before_administration_is_no_body() -> None:
    assert _cue_of("Critics faulted the Lumo-Kade administration on trade.", "Lumo") != "organisation"
    assert _cue_of("Donors backed the Lumo-Kade campaign.", "Lumo") != "organisation"


def test_a_white_house_before_a_role_noun_is_a_body() -> None:
    assert _cue_of("The former Lumo White House counsel spoke.", "Lumo White House") == "organisation"
    assert _cue_of("A White House aide left.", "White House") == "organisation"


def test_a_white_house_before_a_name_or_a_verb_gets_no_body_cue_of_its_own() -> None:
    assert _cue_of("She spoke at the White House Kade Garden.", "White House") != "organisation"
    assert _cue_of("Speaking at the White House, Ana Vane left.", "White House") != "organisation"


def _type(text: str, name: str) -> str | None:
    start = text.index(name)
    found = cue(text, start, start + len(name), name_tokens(name))
    return found.type if found is not None else None


def test_a_reporter_after_a_stations_possessive_is_a_person() -> None:
    text = "WKDA990's Marla Quenby reports that Lumo County will reopen its parks."
    assert _type(text, "Marla Quenby") == "person"
    assert _type("Kopa7's Dennis Orlov reported the fire first.", "Dennis Orlov") == "person"


def test_the_possessive_before_a_reporter_is_the_outlet() -> None:
    text = "WKDA990's Marla Quenby reports that Lumo County will reopen its parks."
    assert _type(text, "WKDA990") == "organisation"


def test_a_country_before_a_reporting_person_or_a_non_reporting_verb_gives_no_outlet() -> None:
    assert _type("Canada's Marla Quenby reported a rise in claims.", "Canada") != "organisation"
    assert _type("WKDA990's Marla Quenby said the parks would reopen.", "WKDA990") is None
    assert _type("Kopa's Lumo Board reported a loss.", "Lumo Board") != "person"


def test_a_surveys_acronym_in_brackets_is_a_work() -> None:
    text = "The Lumo Openings and Kade Turnover Survey (LOKTS) showed 9 million openings."
    assert _type(text, "LOKTS") == "work"
    assert _type("The Kade Price Index (KPI) rose 0.4%.", "KPI") == "work"


def test_an_agencys_or_an_unspelled_acronym_stays() -> None:
    assert _type("The Lumo Geological Survey (LGS) recorded the quake.", "LGS") is None
    assert _type("The Kade Price Index (KPX) rose 0.4%.", "KPX") is None


def test_a_state_before_a_partys_member_is_the_place() -> None:
    text = "Sen. Ana Vane, a New Jersey Democrat, and Rep. Dan Kopa, a South Carolina Republican, met."
    assert _type(text, "New Jersey") == "place"
    assert _type(text, "South Carolina") == "place"


def test_a_name_no_state_before_a_partys_member_keeps_its_cue() -> None:
    assert _type("Ana Vane, a Lumo Democrat, spoke.", "Lumo") == "organisation"


def test_a_leaders_border_policy_is_a_weak_place_cue() -> None:
    found = cue_of("Senators voted to end Varlo's border emergency on Friday.", "Varlo")
    assert found is not None and found.type == "place" and found.weight < CUE_WEIGHT


def test_a_countrys_borders_stay_a_strong_place_cue() -> None:
    for text in ("Troops massed along Lumaria's border with its neighbour.", "Lumaria's borders were shut."):
        found = cue_of(text, "Lumaria")
        assert found is not None and found.type == "place" and found.weight >= CUE_WEIGHT, text


def test_show_after_to_is_a_verb_not_a_work() -> None:
    found = cue_of("The clip claims to show Varlo is unwell.", "Varlo")
    assert found is None or found.type != "work"


def test_the_show_before_a_name_is_still_a_work() -> None:
    found = cue_of("She starred in the show Lumo Nights for a decade.", "Lumo Nights")
    assert found is not None and found.type == "work"


def test_a_possessive_before_a_vaccine_makes_its_maker() -> None:
    for text in ("The state ordered 40,000 doses of Varlex's Kopa-19 vaccine for its clinics.",
                 "Officials said the Varlex coronavirus vaccine is safe for teenagers.",
                 "Varlex's vaccine, the agency said, works against the new strain."):
        found = cue_of(text, "Varlex")
        assert found is not None and found.type == "organisation", text


def test_makers_listed_before_vaccines_are_companies() -> None:
    text = "The nation will share doses of the approved Varlex, Kadem and Tovana & Tovana vaccines to clinics abroad."
    for name in ("Varlex", "Kadem", "Tovana & Tovana"):
        found = cue_of(text, name)
        assert found is not None and found.type == "organisation", name


def test_makers_paired_or_offered_as_choices_before_vaccines_are_companies() -> None:
    for text, name in (("Nurses were denied the Varlex/Kadem vaccine last month.", "Varlex"),
                       ("Clinics gave the Varlex or Kadem vaccines, officials said.", "Kadem"),
                       ("The agency cleared Varlex-Kadem and Tovana's Kopa-19 vaccines for teenagers.", "Tovana"),
                       ("A panel backed the Varlex-Kadem coronavirus booster shots for older people.", "Varlex")):
        found = cue_of(text, name)
        assert found is not None and found.type == "organisation", text


def test_a_leaders_vaccine_policy_makes_no_company() -> None:
    for text in ("Governors sued over Orin Varlo's vaccine mandate last week.", "Brazil's vaccine is cheaper.",
                 "Governors fought the Varlo or Kade vaccine mandates."):
        found = cue_of(text, "Varlo" if "Varlo" in text else "Brazil")
        assert found is None or found.type != "organisation", text


def test_a_ticker_after_a_name_makes_a_company() -> None:
    for text, name in (("Shares of Varlex (VRX.N) rose 3%.", "Varlex"),
                       ("Tovana Inc (NYSE: TVN) said on Monday it would cut jobs.", "Tovana Inc")):
        found = cue_of(text, name)
        assert found is not None and found.type == "organisation", text


def test_who_surveyed_analysts_is_a_body() -> None:
    for text in ("Economists surveyed by Varlex had expected a 0.4% rise.", "Analysts polled by Varlex saw 5% growth."):
        found = cue_of(text, "Varlex")
        assert found is not None and found.type == "organisation", text


def test_a_possessive_after_surveyed_by_names_no_body() -> None:
    found = cue_of("Voters polled by Orin Varlo's firm backed the plan.", "Orin Varlo")
    assert found is None or found.type != "organisation"


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


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("said Lumo Police Dept. Chief Ana Lee.", "Lumo Police Dept", "organisation"),
    ("shot at the Kade Basketball Complex, home of", "Kade Basketball Complex", "place"),
])
def test_short_body_words_and_complexes(text: str, name: str, kind: EntityType) -> None:
    start = text.index(name)
    found = cue(text, start, start + len(name), tuple(name.lower().split()))
    assert found is not None and found.type == kind


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


def test_a_numbered_court_is_a_street_and_a_circuit_court_a_body() -> None:
    text = "The house on Northwest Fourth Court was sold. The Fourth Circuit Court ruled."
    street = cue(text, 13, 13 + len("Northwest Fourth Court"), ("northwest", "fourth", "court"))
    at = text.index("Fourth Circuit")
    body = cue(text, at, at + len("Fourth Circuit Court"), ("fourth", "circuit", "court"))
    assert street is not None and street.type == "place"
    assert body is not None and body.type == "organisation"


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


def test_in_before_a_possessive_is_no_place_cue() -> None:
    text = "Police have no suspects in Tarvo's killing."
    at = text.index("Tarvo")
    found = cue(text, at, at + 5, ("tarvo",))
    assert found is None or found.type != "place"
    text = "Police have no suspects in Tarvo yet."
    found = cue(text, text.index("Tarvo"), text.index("Tarvo") + 5, ("tarvo",))
    assert found is not None and found.type == "place"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("He stood in front of his house at 18 Lumvale Court near noon.", "Lumvale Court", "place"),
    ("He lived on N Lumvale Court for years.", "N Lumvale Court", "place"),
    ("It was a 2015 Lumvale Court ruling.", "Lumvale Court", "organisation"),
])
def test_streets_ending_in_court(text: str, name: str, kind: str) -> None:
    at = text.index(name)
    found = cue(text, at, at + len(name), tuple(name.lower().split()))
    assert found is not None and found.type == kind


@pytest.mark.parametrize(("text", "name", "street"), [
    ("Two men were shot at Tarvo and Webbly streets on Sunday.", "Tarvo", True),
    ("Two men were shot at Tarvo and Webbly streets on Sunday.", "Webbly", True),
    ("He was a police chief in Lumvale and Kadeston counties for years.", "Lumvale", False),
    ("They were treated at Brookvale and Kade County hospitals overnight.", "Brookvale", True),
    ("The couple was found dead in their Tarvo home on Monday.", "Tarvo", False),
])
def test_names_sharing_a_plural_head_and_a_home_town(text: str, name: str, street: bool) -> None:
    found = context_cue(*around(text, name))
    assert found is not None and found.type == "place" and found.weight == CUE_WEIGHT and found.street is street


@pytest.mark.parametrize(("text", "name"), [
    ("The victim was taken to Kade County Hospital in stable condition.", "Kade County Hospital"),
    ("Both were taken to the Lumvale hospital after midnight.", "Lumvale"),
    ("Checks of Utah court files turned up nothing.", "Utah"),
    ("It was the fifth Utah murder-suicide this year.", "Utah"),
])
def test_hospitals_and_states_before_a_noun_are_places(text: str, name: str) -> None:
    assert cue_and_weight(text, name) == ("place", CUE_WEIGHT)


def test_a_states_body_keeps_its_own_name() -> None:
    assert cue_and_weight("The Utah Jazz won again.", "Utah Jazz") is None or cue_and_weight(
        "The Utah Jazz won again.", "Utah Jazz") != ("place", CUE_WEIGHT)
