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

