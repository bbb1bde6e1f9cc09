"""Entities as issue #19's twenty-sixth round found them wrong on real stories, on sentences written for these
tests: a temperature's scale after "degrees" tagged a person; a reporter named after a station's possessive tagged a
body and the station a place; a survey's acronym in brackets tagged a body, and its owner run into its first words;
"US Department of X" apart from "X Department"; a state before a party's member ("a Lumo Democrat") tagged a
body."""

from __future__ import annotations

from newsprism.entities.evidence import cue
from newsprism.entities.mentions import Mention, make_mention
from newsprism.entities.merge import Resolved, cluster
from newsprism.entities.names import name_tokens
from newsprism.entities.not_entities import not_an_entity
from newsprism.entities.pairs import split_pairs


def _dropped(text: str, name: str) -> bool:
    start = text.index(name)
    return not_an_entity(text, start, start + len(name), name_tokens(name))


def _type(text: str, name: str) -> str | None:
    start = text.index(name)
    found = cue(text, start, start + len(name), name_tokens(name))
    return found.type if found is not None else None


def test_a_scale_after_a_number_of_degrees_is_no_entity() -> None:
    assert _dropped("Lumo Falls reached 41 degrees Celsius on Monday, the mayor said.", "Celsius")
    assert _dropped("The lake froze at -3 degrees Fahrenheit.", "Fahrenheit")
    assert _dropped("Highs near 95° Fahrenheit are expected.", "Fahrenheit")


def test_a_name_after_degrees_without_a_number_or_of_two_words_stays() -> None:
    assert not _dropped("Anders Celsius proposed the scale; Celsius later revised it.", "Celsius")
    assert not _dropped("She holds two degrees Kade Vane helped her earn.", "Kade")
    assert not _dropped("It reached 30 degrees Lumo Kade said.", "Lumo Kade")


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


def _records(text: str, names: list[str]) -> dict[str, set[str]]:
    """First written name -> the names of its record."""
    found: list[Mention] = []
    for name in names:
        start = text.index(name)
        found.append(make_mention("a0", text, (start, start + len(name)), "organisation", 0))
    return {group[0].text: {m.text for m in group}
            for group in cluster([Resolved(m, m.key) for m in found], {"a0": text})}


def test_a_country_and_department_of_x_joins_the_x_department() -> None:
    text = "The US Department of Lumo said openings rose. The Lumo Department said so in May."
    assert _records(text, ["US Department of Lumo", "Lumo Department"])["US Department of Lumo"] == {
        "US Department of Lumo", "Lumo Department"}
    text = "The U.S. Lumo Department said openings rose. The Department of Lumo said so in May."
    assert _records(text, ["U.S. Lumo Department", "Department of Lumo"])["U.S. Lumo Department"] == {
        "U.S. Lumo Department", "Department of Lumo"}


def test_a_country_and_another_department_stays_apart() -> None:
    text = "The US Department of Lumo said openings rose. The Kade Department said so in May."
    assert _records(text, ["US Department of Lumo", "Kade Department"])["US Department of Lumo"] == {
        "US Department of Lumo"}


def test_a_state_before_a_partys_member_is_the_place() -> None:
    text = "Sen. Ana Vane, a New Jersey Democrat, and Rep. Dan Kopa, a South Carolina Republican, met."
    assert _type(text, "New Jersey") == "place"
    assert _type(text, "South Carolina") == "place"


def test_a_name_no_state_before_a_partys_member_keeps_its_cue() -> None:
    assert _type("Ana Vane, a Lumo Democrat, spoke.", "Lumo") == "organisation"
