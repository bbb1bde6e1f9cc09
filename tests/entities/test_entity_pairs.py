"""entities/pairs.py: spans that hold two things (split_pairs, cut_nationalities): a station run into its
reporter, a survey's owner run into its first words, nationalities before a name. Sentences written for these tests."""

from __future__ import annotations

from newsprism.entities.mentions import Mention, make_mention
from newsprism.entities.merge import Resolved, cluster
from newsprism.entities.pairs import cut_nationalities, split_pairs
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


def _split(text: str, name: str) -> list[str]:
    start = text.index(name)
    return [m.text for m in split_pairs([[make_mention("a0", text, (start, start + len(name)), "organisation", 0)]],
                                        [text])[0]]


def test_a_surveys_owner_run_into_the_surveys_first_words_is_cut_to_the_owner() -> None:
    text = "The Lumo Bureau of Labor's Job Openings and Kade Turnover Survey (JOKTS) showed a rise."
    assert _split(text, "Lumo Bureau of Labor's Job Openings") == ["Lumo Bureau of Labor"]


def test_a_possessive_span_before_no_surveys_name_stays_whole() -> None:
    text = "The Lumo Bureau's Job Openings and Kade Turnover rose."
    assert _split(text, "Lumo Bureau's Job Openings") == ["Lumo Bureau's Job Openings"]


def _labels(text: str, name: str) -> list[tuple[str, str]]:
    start = text.index(name)
    return [(m.text, m.label) for m in split_pairs(
        [[make_mention("a0", text, (start, start + len(name)), "organisation", 0)]], [text])[0]]


def test_a_station_run_into_its_reporter_is_split_into_both() -> None:
    text = "The pier closed, as WKDA9’s Marla Quenby reported on Monday."
    assert _labels(text, "WKDA9’s Marla Quenby") == [("WKDA9", "organisation"), ("Marla Quenby", "person")]


def test_a_possessive_span_before_no_reporting_verb_or_no_given_name_stays_whole() -> None:
    assert _labels("WKDA9’s Marla Quenby said the pier closed.", "WKDA9’s Marla Quenby") == [
        ("WKDA9’s Marla Quenby", "organisation")]
    assert _labels("Kopa’s Lumo Board reported a loss.", "Kopa’s Lumo Board") == [("Kopa’s Lumo Board", "organisation")]


def test_two_avenues_glued_before_their_plural_are_two_places() -> None:
    text = "A man was shot in the area of Tarvo and Webbly avenues about 10 p.m. Monday."
    start = text.index("Tarvo")
    glued = make_mention("a0", text, (start, text.index(" avenues")), "place", 0)
    assert [(m.text, m.label) for m in split_pairs([[glued]], [text])[0]] == [("Tarvo", "place"), ("Webbly", "place")]
