"""The digits written before a scale word: what the conflict check's rounding test reads ('$1 trillion' may round
'$1.2 trillion')."""

from __future__ import annotations

import pytest

from newsprism.values import scaled_digits


@pytest.mark.parametrize(("written", "digits"), [
    ("$1.2 trillion", "1.2"), ("$1 trillion", "1"), ("2 million people", "2"), ("$3bn", "3"), ("$5m", "5"),
    ("about 1.5 million km", "1.5"), ("$1,200 million", "1,200"),
])
def test_digits_before_a_scale(written: str, digits: str) -> None:
    assert scaled_digits(written) == digits


@pytest.mark.parametrize("written", ["1,500", "5m", "twenty million", "14 people", ""])
def test_no_scale_no_digits(written: str) -> None:
    assert scaled_digits(written) is None
