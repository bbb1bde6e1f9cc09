"""One person a headline names without a determiner (headlines written for the test)."""

from __future__ import annotations

import pytest

from newsprism.figures.title_people import title_claims
from newsprism.ingest.raw import RawArticle
from newsprism.model import Report
from newsprism.pipeline import analyze_raw


def read(title: str) -> list[tuple[str, float, str]]:
    return [(c.measure, c.number.value, title[c.number.start:c.end]) for c in title_claims(title)]


@pytest.mark.parametrize(("title", "expected"), [
    ("Youth Shot To Death Near Riverside Park", [("killed", 1.0, "Youth Shot To Death")]),
    ("Millbrook woman hospitalized after crash on Route 9", [("injured", 1.0, "woman hospitalized")]),
    ("Toddler grazed by bullet outside corner store", [("injured", 1.0, "Toddler grazed")]),
    ("Pinecrest man shot while fishing", [("shot", 1.0, "man shot")]),
    ("Teen shot near the stadium has died, deputies say", [("killed", 1.0, "Teen shot")]),
    ("Woman Killed, 3 Others Hurt In Wrenfield Street Shooting",
     [("injured", 3.0, "3 Others Hurt"), ("killed", 1.0, "Woman Killed")]),
])
def test_a_headline_s_one_person_is_one_victim(title: str, expected: list[tuple[str, float, str]]) -> None:
    assert read(title) == expected


@pytest.mark.parametrize("title", [
    "Man charged in weekend shooting",
    "Police seek woman after store robbery",
    "Boy, 9, finds father's pistol",  # 'Boy, 9, shot himself ...' is one shot now (test_title_people_readings)
    "Two arrested after store robbery",
])
def test_a_headline_naming_no_victim_by_a_bare_noun_gives_no_one(title: str) -> None:
    assert not [c for c in title_claims(title) if c.measure in ("killed", "injured", "shot")]


def test_a_page_saying_nothing_of_the_victim_counts_the_headline_s_one(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-04-02",
                       title="Portvale man hospitalized after hunting accident",
                       text="Thanks for signing up for our morning newsletter. Check your inbox to confirm the "
                            "address, and tell us which topics you would like to read about first.")]
    report: Report = analyze_raw(raws, resources=resources)
    injured = [h for f in report.figures for h in f.headlines if h.measure == "injured"]
    assert [h.value for h in injured] == [1.0]


def test_the_victims_the_text_describes_outrank_the_headline_s_one(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-04-02",
                       title="Portvale man shot outside bar",
                       text="A 31-year-old man was shot through the wrist by a bar on Quill Lane on Friday. A "
                            "24-year-old woman was wounded in the leg, police said.")]
    report: Report = analyze_raw(raws, resources=resources)
    injured = [h for f in report.figures for h in f.headlines if h.measure == "injured"]
    assert [h.value for h in injured] == [2.0]


def test_a_headline_s_one_person_hurt_who_died_in_a_later_report_is_not_also_injured(resources) -> None:
    raws = [RawArticle(id="a", source="a.txt", format="text", published="2021-04-02T08:00:00",
                       title="Teen critically hurt after gun goes off in garage",
                       text="The boy is in critical condition after a rifle went off in a garage on Tamsin Street, "
                            "deputies said."),
            RawArticle(id="b", source="b.txt", format="text", published="2021-04-03T09:00:00",
                       title="Teen dies after garage shooting",
                       text="The boy who was shot in a garage on Tamsin Street has died, his family said.")]
    report: Report = analyze_raw(raws, resources=resources)
    counts = {h.measure: h.value for f in report.figures for h in f.headlines}
    assert counts.get("killed") == 1.0 and counts.get("injured", 0.0) == 0.0
