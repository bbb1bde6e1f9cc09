"""Issue #18, round 12: a rate is never set against a sum, and a negated bound turns (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from newsprism.conflicts.amounts import Amount, contradict
from newsprism.conflicts.compare import disagreements
from newsprism.model import Evidence, Sentence
from newsprism.values import agree, quantities


def _sentence(text: str) -> Sentence:
    return Sentence(text=text, start=0, end=len(text))


@pytest.mark.parametrize(("second", "disputed"), [
    ("The club offered the player a deal worth $22 million per season.", False),  # a rate
    ("The club offered the player a deal worth $22 million a year.", False),
    ("The club offered the player a deal worth $220 million.", True),  # a sum against a sum
])
def test_a_rate_is_never_set_against_a_sum(second: str, disputed: bool) -> None:
    first = _sentence("The club offered the player a deal worth $140 million.")
    found = [d for d in disagreements(first, _sentence(second)) if d.kind == "number"]
    assert bool(found) is disputed


def _money(article: str, text: str) -> Amount:
    q = next(q for q in quantities(text) if q.money)
    sentence = Evidence(article=article, start=0, end=len(text), text=text)
    return Amount(q, Evidence(article=article, start=q.start, end=q.end, text=q.written), sentence, text)


def test_a_season_is_a_span_of_time() -> None:
    total = _money("a", "The club offered a seven-year deal worth $140 million.")
    assert not contradict(total, _money("b", "The club put about $22 million per season on the table."))
    assert contradict(total, _money("b", "The club offered a deal worth $220 million."))


@pytest.mark.parametrize(("negated", "bound", "meets"), [
    ("not more than 50 rifles", "below", "40 rifles"),
    ("not fewer than 12 boats", "above", "15 boats"),
    ("not less than 3 hours", "above", "4 hours"),
])
def test_a_negated_bound_turns(negated: str, bound: str, meets: str) -> None:
    q = quantities(f"They said {negated}.")[0]
    assert q.bound == bound
    assert agree(q, quantities(f"They said {meets}.")[0])
