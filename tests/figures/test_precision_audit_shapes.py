"""Issue #18 precision: shapes of the h18audit's wrong items, in sentences written for these tests — a first
report corrected in the same sentence, a count named by an appositive of one side's dead, an early point of the
story ('within days') set beside a later total."""

from __future__ import annotations

import pytest

from newsprism.figures.another_event import of_another_event
from newsprism.figures.measures import read_claims
from newsprism.figures.rivals import apart


@pytest.mark.parametrize("text", [
    "Early reports suggested two people had been hurt, but Lt. Col. Ama Forde gave updated figures at a noon briefing.",
    "Only one guard was killed at first, but the ministry later revised the toll.",
])
def test_a_corrected_first_report_is_no_count_of_the_story(text: str) -> None:
    claims = read_claims(text)
    assert claims and all(of_another_event(c.subject) for c in claims), claims


@pytest.mark.parametrize("text", [
    "Two people were hurt, officials said, but added that the numbers could change.",
    "Two people were hurt in the blast on the quay.",
    "Preliminary counts said four people died.",
])
def test_a_count_with_no_correction_stays_the_story_s(text: str) -> None:
    claims = read_claims(text)
    assert claims and not any(of_another_event(c.subject) for c in claims), claims


def test_the_count_after_the_correction_is_not_marked() -> None:
    text = "Three guards were hurt, but the sheriff later revised that and said five people were hurt."
    marked = {c.number.value: of_another_event(c.subject) for c in read_claims(text)}
    assert marked.get(3.0) is True and marked.get(5.0) is not True, marked


def test_an_appositive_names_the_group_of_the_dead() -> None:
    text = "Gunners shelled the ridge at dawn, killing two women, the first Varnish casualties in the fighting."
    (claim,) = read_claims(text)
    assert claim.subject == "varnish"
    plain = "Gunners shelled the ridge at dawn, killing two women, the first deaths of the fighting."
    assert [c.subject for c in read_claims(plain)] == [None]


@pytest.mark.parametrize(("first", "second", "is_apart"), [
    ("Within days, the Larch Fund said it had raised $20 million.", "The Larch Fund has raised over $30 million.",
     True),
    ("At first, the shelter took in 40 families.", "The shelter has taken in 65 families.", True),
    ("The Larch Fund said it had raised $20 million.", "The Larch Fund has raised over $30 million.", False),
    ("Within days, the fund said it had raised $20 million.", "In the first days, it had $25 million.", False),
])
def test_an_early_point_of_the_story_is_apart(first: str, second: str, is_apart: bool) -> None:
    assert apart(first, second) is is_apart
    assert apart(second, first) is is_apart
