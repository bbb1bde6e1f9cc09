"""Issue #18, round 10: the size of a cut written as the verb's object is a change, set against a change ('would
cut $6.1 billion' / 'would cut the budget by $5.6 billion'), never against a level (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from newsprism.conflicts.amounts import Amount, contradict
from newsprism.model import Evidence
from newsprism.values import quantities


def _amount(article: str, text: str) -> Amount:
    q = next(q for q in quantities(text) if q.money)
    sentence = Evidence(article=article, start=0, end=len(text), text=text)
    return Amount(q, Evidence(article=article, start=q.start, end=q.end, text=q.written), sentence, text)


@pytest.mark.parametrize(("first", "second", "conflict"), [
    ("The plan would cut $6.1 billion from school funding.", "The plan would cut the school budget by $5.6 billion.",
     True),
    ("The plan slashes $6.1 billion from schools.", "The plan would cut the school budget by $6.1 billion.", False),
    ("The plan would cut $6.1 billion from school funding.", "The school budget is $5.6 billion.", False),
    ("The plan trims nearly $6 billion from schools.", "The school budget stands at $5.9 billion.", False),
])
def test_a_cut_is_a_change(first: str, second: str, conflict: bool) -> None:
    assert contradict(_amount("a", first), _amount("b", second)) is conflict
