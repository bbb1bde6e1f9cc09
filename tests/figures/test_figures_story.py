"""Figures of a whole story (articles written for the test), through the pipeline: grouping across articles by
measure and subject, verdicts, and the conflicts that disputed figures become."""

from __future__ import annotations

import pytest

from newsprism.ingest.raw import RawArticle
from newsprism.model import Report
from newsprism.pipeline import analyze_raw

ARTICLES = {
    "north": ("2024-05-04", "A fire swept through a textile depot in the river port of Marlow on Friday. "
                            "Officials said 23 people were killed in the fire. "
                            "Rescue teams searched the ruins through the night."),
    "south": ("2024-05-04", "Firefighters fought a blaze at a textile depot in Marlow for eight hours. "
                            "At least 27 people died, the regional governor told reporters. "
                            "Forty people were injured, eleven of them seriously."),
    "east": ("2024-05-06", "The death toll from the Marlow depot fire has risen to 31, officials said on Sunday. "
                           "Investigators are looking at faulty wiring."),
    "west": ("2024-05-04", "Marlow depot fire: 23 people were killed and 40 were injured, emergency services said. "
                           "The depot stored cotton and dyes."),
}


@pytest.fixture(scope="module")
def report(resources) -> Report:
    raws = [RawArticle(id=name, source=f"{name}.txt", format="text", text=text, published=day)
            for name, (day, text) in ARTICLES.items()]
    return analyze_raw(raws, resources=resources)


def test_figures_are_grouped_by_measure_across_articles(report: Report) -> None:
    measures = {(f.measure, f.subject): {v.article for v in f.values} for f in report.figures}
    assert measures[("killed", None)] == {"north", "south", "east", "west"}
    assert measures[("injured", None)] == {"south", "west"}


def test_each_value_points_at_its_words(report: Report) -> None:
    articles = {a.id: a for a in report.articles}
    for figure in report.figures:
        for value in figure.values:
            assert articles[value.article].text[value.mention.start:value.mention.end] == value.mention.text
            assert value.evidence.start <= value.mention.start < value.evidence.end
            assert value.published == ARTICLES[value.article][0]


def test_different_counts_on_one_day_are_disputed_and_become_a_conflict(report: Report) -> None:
    killed = next(f for f in report.figures if f.measure == "killed")
    assert killed.verdict == "disputed"
    claims = {s.claim: s.articles for s in killed.sides}
    assert claims["23"] == ["north", "west"]
    conflict = next(c for c in report.conflicts if c.about == "people killed")
    assert {s.claim for s in conflict.sides} >= {"23 people were killed", "At least 27 people died"}
    assert "north, west say \"23\"" in conflict.explanation


def test_injured_is_never_compared_with_killed(report: Report) -> None:
    injured = next(f for f in report.figures if f.measure == "injured")
    assert injured.verdict == "agreed"
    assert all(not ({s.claim for s in c.sides} & {"Forty", "40"}) for c in report.conflicts)



def test_a_count_only_a_headline_gives_is_the_articles_value(resources) -> None:
    raws = [RawArticle(id="h", source="h.txt", format="text", published="2022-06-01",
                       title="Five wounded in shooting outside Kestrel roller rink",
                       text="Three patrons were struck by bullets and two more were cut by flying glass when someone "
                            "fired at the roller rink on Kestrel Avenue late Friday. Police have no suspect yet."),
            RawArticle(id="r", source="r.txt", format="text", published="2022-06-02",
                       title="6 hurt in 3 overnight shooting incidents around the county",
                       text="Deputies are asking for tips about the rink shooting on Kestrel Avenue.")]
    report = analyze_raw(raws, resources=resources)
    injured = next(f for f in report.figures if f.measure == "injured" and f.subject is None)
    assert [(v.article, v.value, v.evidence.part) for v in injured.values] == [("h", 5.0, "title")]
    assert injured.headlines[0].value == 5.0


def test_a_headline_never_outranks_the_text_of_its_article(resources) -> None:
    raws = [RawArticle(id="t", source="t.txt", format="text", published="2022-06-01",
                       title="4 wounded in Kestrel shooting",
                       text="Five people were wounded when someone fired at the roller rink on Kestrel Avenue.")]
    report = analyze_raw(raws, resources=resources)
    injured = next(f for f in report.figures if f.measure == "injured" and f.subject is None)
    assert [v.value for v in injured.values] == [5.0]
