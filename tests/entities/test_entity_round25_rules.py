"""Entities as issue #19's twenty-fifth round found them wrong on real stories, on sentences written for these
tests: "Native" of a census race group ("Native Lumarian", "Alaska Native") tagged a person; a vaccine maker
hyphened to its partner ("Lumo-Kade boosters") tagged a person; a federal bureau written "U.S. <Subject>" apart
from its "<Subject> Bureau"."""

from __future__ import annotations

from newsprism.entities.evidence import cue
from newsprism.entities.mentions import Mention, make_mention
from newsprism.entities.merge import Resolved, cluster
from newsprism.entities.pairs import cut_nationalities
from newsprism.model import EntityType


def _mention(text: str, name: str, label: EntityType = "person") -> Mention:
    start = text.index(name)
    return make_mention("a0", text, (start, start + len(name)), label, 0)


def _kept(text: str, names: list[str], nationalities: set[str]) -> list[str]:
    return [m.text for m in cut_nationalities([[_mention(text, n) for n in names]], [text], nationalities)[0]]


def test_native_before_a_nationality_is_a_people() -> None:
    text = "Residents who say they are Native Lumarian rose by a fifth, Ana Vane said."
    assert _kept(text, ["Native", "Ana Vane"], {"Lumarian"}) == ["Ana Vane"]


def test_native_after_a_state_is_a_people() -> None:
    text = "The count of Alaska Native residents grew."
    assert _kept(text, ["Alaska Native"], set()) == []


def test_native_joined_to_a_nationality_is_a_people() -> None:
    text = "The Native Lumarian share grew."
    assert _kept(text, ["Native Lumarian"], {"Lumarian"}) == []


def test_native_in_a_longer_name_or_beside_no_people_stays() -> None:
    text = "Native Kopa Instruments sued. Native Kopa denied it."
    assert _kept(text, ["Native Kopa Instruments", "Native Kopa"], {"Lumarian"}) == ["Native Kopa Instruments",
                                                                                      "Native Kopa"]


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


def _records(text: str, found: list[Mention]) -> dict[str, set[str]]:
    """First written name -> the names of its record."""
    return {group[0].text: {m.text for m in group}
            for group in cluster([Resolved(m, m.key) for m in found], {"a0": text})}


def test_a_country_and_subject_joins_the_subjects_bureau() -> None:
    text = "Figures from the U.S. Lumo show a rise, the Lumo Bureau said."
    found = [_mention(text, "U.S. Lumo", "organisation"), _mention(text, "Lumo Bureau", "organisation")]
    assert _records(text, found)["U.S. Lumo"] == {"U.S. Lumo", "Lumo Bureau"}


def test_a_person_or_another_subject_stays_apart_from_a_bureau() -> None:
    text = "The U.S. Lumo grew, the Lumo Bureau said."
    found = [_mention(text, "U.S. Lumo", "person"), _mention(text, "Lumo Bureau", "organisation")]
    assert _records(text, found)["U.S. Lumo"] == {"U.S. Lumo"}
    other = "Data from U.S. Kopa. The Lumo Bureau said so."
    found = [_mention(other, "U.S. Kopa", "organisation"), _mention(other, "Lumo Bureau", "organisation")]
    assert _records(other, found)["U.S. Kopa"] == {"U.S. Kopa"}


def test_a_white_house_before_a_role_noun_is_a_body() -> None:
    assert _cue_of("The former Lumo White House counsel spoke.", "Lumo White House") == "organisation"
    assert _cue_of("A White House aide left.", "White House") == "organisation"


def test_a_white_house_before_a_name_or_a_verb_gets_no_body_cue_of_its_own() -> None:
    assert _cue_of("She spoke at the White House Kade Garden.", "White House") != "organisation"
    assert _cue_of("Speaking at the White House, Ana Vane left.", "White House") != "organisation"
