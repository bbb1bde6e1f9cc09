"""Numbers that are no level of a measure (issue #18's audit): a multiple of another toll, a ratio's denominator, an
increase over a span of time; and a headline's 'deadly shooting', one dead at least. Sentences written for this
test."""

from __future__ import annotations

import pytest

from newsprism.figures.measures import read_claims
from newsprism.figures.title_people import title_claims


def counts(text: str) -> list[tuple[str, float, str]]:
    return [(c.measure, c.number.value, c.number.qualifier) for c in read_claims(text)]


@pytest.mark.parametrize("text", [
    "The death toll in the province is equivalent to about 40 Lumo dam collapses.",
    "The region recorded about one in every eight deaths in the nation.",
    "The county has logged about 3,000 more deaths over the past two months.",
])
def test_no_level_of_the_toll(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("One of five men shot outside a Lumo bakery dies", ("shot", 5.0, "exact")),
    ("Two boys were killed and three more people wounded near the pier.", ("injured", 3.0, "exact")),
    ("At least 3,000 residents have died in the county since the floods began.", ("killed", 3000.0, "at least")),
])
def test_counts_stay_counts(text: str, expected: tuple[str, float, str]) -> None:
    assert expected in counts(text)


def test_a_deadly_shooting_headline_is_one_dead_at_least() -> None:
    found = [(c.measure, c.number.value, c.number.qualifier)
             for c in title_claims("Mayor speaks after deadly Lumo harbour shooting: 'We will rebuild'")]
    assert found == [("killed", 1.0, "at least")]
