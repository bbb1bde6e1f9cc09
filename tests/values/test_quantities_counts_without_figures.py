"""Counts the value reader used to drop: two modifiers before the counted noun ('four straight right jabs'), 'a pair
of' and 'a quarter-century' (issue #18)."""

import pytest

from newsprism.values import quantities

DAY_YEARS = 365.25


def _read(text: str) -> list[tuple[str, str, float]]:
    return [(q.written, q.dimension, q.value) for q in quantities(text)]


@pytest.mark.parametrize(("text", "written", "noun"), [
    ("she went down from four straight right jabs in the ninth", "four straight right jabs", "count:jab"),
    ("records list two earlier OWI arrests from 2004", "two earlier OWI arrests", "count:arrest"),
    ("crews found two abandoned fishing skiffs", "two abandoned fishing skiffs", "count:skiff"),
])
def test_two_modifiers_before_the_counted_noun(text: str, written: str, noun: str) -> None:
    assert (written, noun) in [(w, d) for w, d, _ in _read(text)]


def test_a_plural_right_after_a_modifier_is_the_noun() -> None:
    assert _read("he ran for 140 rushing yards this week") == [("140 rushing yards", "count:yard", 140.0)]


@pytest.mark.parametrize("text", ["two of the suspects fled", "three of those barns burned",
                                  "4 hurt after rioters storm a depot", "2.1 million seeking housing grants"])
def test_another_clause_counts_nothing(text: str) -> None:
    assert _read(text) == []


def test_a_pair_of_counts_two() -> None:
    assert _read("he planted a pair of right uppercuts") == [("a pair of right uppercuts", "count:uppercut", 2.0)]
    assert _read("a pair of them came back") == []


def test_a_quarter_century_is_25_years() -> None:
    (span,) = quantities("after almost a quarter-century of silence")
    assert (span.dimension, span.value, span.qualifier) == ("time", 25.0, "almost")
    assert span.high <= 25 * DAY_YEARS * 1.05 and span.low < 25 * DAY_YEARS
    (half,) = quantities("a half century of rule")
    assert half.value == 50.0
