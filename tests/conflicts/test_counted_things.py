"""Issue #18, round 6: counts of things (cables, boats, banks) compared across unaligned sentences like amounts of
money; counts of people are left to the figures stage (sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsprism.conflicts.amounts import Amount, compared, contradict
from newsprism.model import Evidence
from newsprism.values import quantities


def _count(article: str, text: str) -> Amount:
    q = next(q for q in quantities(text) if q.dimension.startswith("count:"))
    sentence = Evidence(article=article, start=0, end=len(text), text=text)
    return Amount(q, Evidence(article=article, start=q.start, end=q.end, text=q.written), sentence, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("The storm cut four power lines near the coast.", True),
    ("The navy seized two speedboats.", True),
    ("Three firefighters were hurt.", False),  # people: the figures stage counts them
    ("Police held 12 Ruritanians.", False),  # a capitalised noun of people
    ("The navy seized six AK-47 rifles.", True),  # a model designation names no people
    ("The toll passed 90,000 deaths.", False),  # what befalls people: a measure of the figures stage
])
def test_counts_of_things_are_compared_counts_of_people_are_not(text: str, kept: bool) -> None:
    assert [compared(q) for q in quantities(text) if q.dimension.startswith("count:")] == [kept]


@pytest.mark.parametrize(("first", "second", "conflict"), [
    ("The storm cut four power lines near the coast.", "The storm cut two power lines near the coast.", True),
    ("Rioters set fire to at least five shops.", "Rioters set fire to three shops.", True),
    ("Rioters set fire to at least five shops.", "Rioters set fire to more than seven shops.", False),  # bounds hold
    ("In May, the storm cut six power lines.", "The storm cut two power lines.", False),  # dated apart
])
def test_counts_that_cannot_both_be_true(first: str, second: str, conflict: bool) -> None:
    assert contradict(_count("a", first), _count("b", second)) is conflict


def test_a_count_another_article_states_beside_the_other_is_explained() -> None:
    first, second = _count("a", "The storm cut four power lines."), _count("b", "The storm cut three power lines.")
    text = "Of four power lines there, three power lines were cut."
    both = [(q, text) for q in quantities(text) if q.dimension == "count:line"]
    assert contradict(first, second) and not contradict(first, second, {"c": both})


def test_a_count_of_other_things_explains_nothing() -> None:
    first, second = _count("a", "The storm cut four power lines."), _count("b", "The storm cut three power lines.")
    text = "Four trucks came; three towns were dark."
    other = [(q, text) for q in quantities(text) if q.dimension.startswith("count:")]
    assert {q.dimension for q, _ in other} == {"count:truck", "count:town"}
    assert contradict(first, second, {"c": other})
