"""Minimal contradictions read by the shared value reader: units converted are one value, changed amounts are not."""

from __future__ import annotations

import pytest

from newsprism.align.contradiction import contradictions

PAIRS = [
    ("He travelled 10 miles to the town on Friday.", "He travelled 16 km to the town on Friday.", False),
    ("He travelled 10 miles to the town on Friday.", "He travelled 30 km to the town on Friday.", True),
    ("The city paid $50 million for the land.", "The city paid $80 million for the land.", True),
    ("The vote was held on Nov. 8 in the capital.", "The vote was held on Nov. 12 in the capital.", True),
    ("Fourteen people were hurt in the crash.", "14 people were hurt in the crash.", False),
    ("The road was closed for 18 months.", "The road was closed for a year and a half.", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), PAIRS)
def test_minimal_contradictions_read_values(a: str, b: str, expected: bool) -> None:
    assert contradictions([a, b], [b, a]).tolist() == [expected, expected]
