"""Issue #18: a unit and a half, or half a unit, with no figure ('a mile and a half', 'half a mile', 'half an hour')
is 1.5 or 0.5 of the unit, as 'a year and a half' was (ECB+ 21/ecbplus wrote a home's distance both ways). Texts
invented for these tests."""

from __future__ import annotations

import pytest

from newsprism.values import agree, quantities


@pytest.mark.parametrize(("text", "written", "dimension", "value"), [
    ("The farm lay half a mile from the ford.", "half a mile", "length", 0.5),
    ("Vane moved a mile and a half down the valley.", "a mile and a half", "length", 1.5),
    ("The ferry waited half an hour at the pier.", "half an hour", "time", 0.5),
    ("The calf weighed a pound and a half more.", "a pound and a half", "mass", 1.5),
    ("The talks ran for a year and a half.", "a year and a half", "time", 1.5),
])
def test_half_units_are_read(text: str, written: str, dimension: str, value: float) -> None:
    assert [(q.written, q.dimension, q.value) for q in quantities(text)] == [(written, dimension, value)]


def test_half_a_mile_is_the_distance_in_figures() -> None:
    assert agree(quantities("half a mile away")[0], quantities("0.5 miles away")[0])
    assert not agree(quantities("half a mile away")[0], quantities("a mile and a half away")[0])


@pytest.mark.parametrize("text", ["She half expected the call.", "half a dozen goats", "half the town"])
def test_no_unit_no_half_unit(text: str) -> None:
    assert [q.dimension for q in quantities(text)] in ([], ["count:goat"])
