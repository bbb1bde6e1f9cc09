"""Readings of dev residues 24, 26, 27 and 29 (texts written for the test, shaped like the pages read)."""

from __future__ import annotations

import pytest

from newsprism.figures.another_event import OTHER_SHOOTINGS, in_tally
from newsprism.figures.measures import read_claims
from newsprism.figures.together import listed_people
from newsprism.ingest.raw import RawArticle
from newsprism.model import Report
from newsprism.pipeline import analyze_raw


def claims(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.measure, c.subject, c.number.value) for c in read_claims(text)]


@pytest.mark.parametrize(("text", "count"), [
    ("A woman, 41, a man, 23, and his nephew were shot near the depot.", 3),
    ("A girl, age 9, a boy, age 12, and their grandmother were hurt in the crash of gunfire.", 3),
    ("A clerk, a driver and a 70-year-old customer were wounded outside the store.", 3),
])
def test_ages_in_a_list_of_people_count_no_one(text: str, count: int) -> None:
    assert [found for found, _, _ in listed_people(text)] == [count]


def test_guests_are_people_counted() -> None:
    assert claims("Eleven guests were wounded when the gunfire began.") == [("injured", None, 11.0)]


def test_one_person_before_a_plural_verb_is_no_count() -> None:
    found = claims("Three brothers driving back from a visit to a neighbor were shot, one fatally, late on Sunday.")
    assert ("shot", None, 1.0) not in found
    assert ("killed", None, 1.0) in found


def test_he_and_a_friend_stay_two() -> None:
    assert claims("He and a friend were wounded on the porch.") == [("injured", None, 2.0)]


def test_a_list_before_a_singular_verb_is_no_count() -> None:
    found = claims("Her son, Ray Otero, who adored his uncle and aunt, was shot and killed on Friday.")
    assert not [c for c in found if c[2] == 2.0]


@pytest.mark.parametrize(("text", "measure", "value"), [
    ("Two men were shot 15 minutes apart on Orchard Row.", "shot", 2.0),
    ("Four people were wounded three blocks from the school.", "injured", 4.0),
    ("A man was shot 4 times in the parking lot.", "shot", 1.0),
])
def test_a_number_after_a_passive_verb_is_no_object(text: str, measure: str, value: float) -> None:
    assert (measure, None, value) in claims(text)


def test_a_boy_who_shot_his_brother_is_still_active() -> None:
    assert claims("A boy shot his brother by accident.") == [("shot", None, 1.0)]


def test_fatally_injuring_counts_the_dead() -> None:
    assert claims("The rifle went off, fatally injuring the man who was loading it.") == [("killed", None, 1.0)]


@pytest.mark.parametrize(("text", "tally"), [
    ("Two girls and a man were shot in Fenwick, among at least 9 people shot in Marlow since Sunday night.", 9.0),
    ("It came during a bloody weekend in Marlow that saw 14 residents wounded by gunfire over a period of 60 hours.",
     14.0),
])
def test_a_running_tally_is_other_shootings(text: str, tally: float) -> None:
    found = claims(text)
    assert [c for c in found if c[2] == tally and OTHER_SHOOTINGS in (c[1] or "")]
    assert not [c for c in found if c[2] == tally and c[1] is None]


def test_the_story_s_own_count_beside_a_tally_stays() -> None:
    text = "A gunman killed a couple and shot two others, among 17 people shot in Marlow since Friday."
    assert ("shot", None, 2.0) in claims(text)
    assert not in_tally(text, text.index("two"))


@pytest.mark.parametrize("text", [
    "Two men were shot since Tuesday's quarrel, deputies said.",
    "Three men died in a deadly weekend shooting in Fenwick.",
])
def test_no_tally(text: str) -> None:
    assert all(c[1] is None for c in claims(text))


def test_a_page_that_counts_other_shootings_gives_one_victim_described(resources) -> None:
    text = ("Omar Pike, 31, was shot in the leg on Birch Street on Friday and is expected to recover. "
            "On Saturday, Lyle Dunmore, 44, was shot in the back on Fenn Avenue. "
            "Dunmore was listed in serious condition. "
            "Early Sunday, Rita Calloway, 27, was shot in the arm on Tamar Road. "
            "Gunfire elsewhere hurt at least 16 more residents in unrelated attacks between Friday and Sunday.")
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-06-07", text=text)]
    report: Report = analyze_raw(raws, resources=resources)
    injured = [h for f in report.figures for h in f.headlines if h.measure == "injured"]
    assert [h.value for h in injured] == [1.0]


@pytest.mark.parametrize(("text", "expected"), [
    ("A third man died from his wounds hours after the gunfire near the depot in Fenwick.", ("killed", None, 3.0)),
    ("A second woman was killed, officers said late on Monday.", ("killed", None, 2.0)),
])
def test_a_numbered_dead_person_counts_the_dead(text: str, expected: tuple[str, None, float]) -> None:
    assert claims(text) == [expected]


def test_the_second_victim_told_of_is_no_count_of_the_dead() -> None:
    assert ("killed", None, 2.0) not in claims("The second victim died at a clinic in Fenwick.")


@pytest.mark.parametrize("text", [
    "Deputies heard a bang and then saw a man fire another shot toward the lot.",
    "Somebody fired one shot at the parked van, a witness said.",
])
def test_shots_fired_count_no_one(text: str) -> None:
    assert claims(text) == []


def test_hitting_the_two_counts_two() -> None:
    assert claims("Officers believe a man in a gray van fired from the curb, hitting the two.") == [
        ("shot", None, 2.0)]


def test_an_early_report_s_victim_who_died_is_not_also_injured(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-04-03",
                       text="Deputies said they came upon a 16-year-old youth who had suffered a gunshot wound in his "
                            "side at a cousin's home in Fenwick."),
            RawArticle(id="b", source="b.txt", format="text", published="2021-04-10",
                       text="Tavi Rennick, 16, who was shot at his cousin's house in Fenwick last week, died on "
                            "Saturday, the medical examiner said.")]
    report: Report = analyze_raw(raws, resources=resources)
    heads = {h.measure: h.value for f in report.figures for h in f.headlines}
    assert heads.get("killed") == 1.0
    assert heads.get("injured", 0.0) == 0.0
