"""values.agree (issue #18): 'about' before a round figure allows what its digits round, not 15 % on top of its
rounding (lengths and counts written for these tests)."""

from __future__ import annotations

import pytest

from newsprism.values import agree, quantities


@pytest.mark.parametrize(("first", "second", "agreeing"), [
    ("fell about 600m", "fell 700 metres", False),
    ("fell about 150 metres", "fell about 200 metres", False),
    ("fell about 60 metres", "fell 200 feet", True),  # 61 m
    ("about 1,500 people", "1,523 people", True),  # the benchmark's rounding to two digits
    ("about 200 people", "212 people", True),
    ("about 1,000 people", "1,049 people", True),
    ("about 120 people", "115 people", True),
    ("about a dozen people", "12 people", True),  # words: 'about' allows the most
])
def test_about_a_round_figure(first: str, second: str, agreeing: bool) -> None:
    assert agree(quantities(first)[0], quantities(second)[0]) is agreeing


def test_about_allows_at_most_the_approximate_share() -> None:
    wide = quantities("about 1,000 people")[0]
    assert (wide.low, wide.high) == pytest.approx((850.0, 1150.0))
