"""Issue #18, round 24: counts of one thing that two outlets give to one named day meet whatever their clauses'
cosine; a count with another time, a statement's day or an estimate in its clause has no day key (sentences and
stories written for these tests)."""

from __future__ import annotations

import pytest
from pipeline_input import story_conflicts

from newsprism.conflicts.day_counts import day_groups, day_key
from newsprism.model import Evidence
from newsprism.values import quantities


def _key(text: str):
    q = next(q for q in quantities(text) if q.dimension.startswith("count:"))
    return day_key(text, q)


def test_one_day_s_count_by_two_nouns_has_one_key() -> None:
    assert _key("That beat Tuesday's earlier high of 4,210 new cases.") == ("case", "tuesday", frozenset())
    assert _key("The region logged more than 4,300 infections on Tuesday.") == ("case", "tuesday", frozenset())
    assert _key("Rangers counted 640 nests in Lumo on Sunday.") == ("nest", "sunday", frozenset({"Lumo"}))


@pytest.mark.parametrize("text", [
    "The agency said Tuesday that 4,210 cases were logged.",  # the statement's day
    "By Tuesday night the region had logged 4,300 cases.",  # a time of day
    "The region logged 4,300 cases last Tuesday.",  # another week's day
    "The region logged 4,300 cases on Tuesday and Wednesday.",  # two days
    "Officials expected 4,500 cases on Tuesday.",  # an estimate
    "The region logged 4,300 cases in the week to Tuesday.",  # a week's count
    "The region logged 4,300 cases on Tuesday, March 3.",  # a dated day: the dated checks'
])
def test_a_count_with_anything_else_of_when_has_no_key(text: str) -> None:
    assert _key(text) is None


def _sentence(article: str, text: str) -> Evidence:
    return Evidence(article=article, start=0, end=len(text), text=text)


def test_counts_of_one_day_from_two_articles_group_other_days_do_not() -> None:
    sentences = [_sentence("a", "That beat Tuesday's earlier high of 4,210 new cases."),
                 _sentence("b", "The region logged more than 4,300 infections on Tuesday."),
                 _sentence("b", "The region logged 3,900 cases on Monday.")]
    groups = day_groups(sentences, lambda text, q: True)
    assert [[(s.article, q.written) for s, q in group] for group in groups] == [
        [("a", "4,210 new cases"), ("b", "4,300 infections")]]


STORY = [
    ("Lumo county sets a new record for flu cases",
     "Flu cases in Lumo county kept rising on Wednesday, when more than 5,800 infections were logged by the health "
     "board. That tops Tuesday's earlier record of 5,120 cases. Clinics stayed open late to cope."),
    ("Flu wave in Lumo county breaks a record again",
     "The Lumo county health board logged 5,810 new infections on Wednesday, a new daily high. The board logged "
     "more than 5,300 infections on Tuesday, its figures show. Clinics stayed open late to cope."),
]


def test_a_day_s_counts_that_cannot_both_be_true_are_a_conflict(resources) -> None:
    conflicts = story_conflicts(STORY, resources)
    pitted = [sorted(s.claim for s in c.sides) for c in conflicts if c.kind == "number"]
    assert pitted == [["5,120 cases", "5,300 infections"]]  # Wednesday's counts agree; Tuesday's cannot both hold
