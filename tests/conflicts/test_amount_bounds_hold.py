"""Two amounts bounded the same way can both be true however far apart (issue #18: the one rule of values.consistent
and the figures' verdict); a bound and an amount it rules out still conflict. Sentences written for this test."""

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
    ("The harbour appeal collected more than $10 million.", "The harbour appeal collected at least $18 million.",
     False),
    ("The ferry repairs may cost up to $4 million.", "The ferry repairs may cost at most $9 million.", False),
    ("The harbour appeal collected as much as $10 million.", "The harbour appeal collected more than $18 million.",
     True),
    ("The harbour appeal collected $12 million.", "The harbour appeal collected $17 million.", True),
])
def test_bounds_the_same_way_both_hold(first: str, second: str, conflict: bool) -> None:
    assert contradict(_amount("a", first), _amount("b", second)) is conflict
