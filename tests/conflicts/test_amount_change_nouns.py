"""Issue #18 precision (the h18audit's budget against the tax cut it protects): a money amount whose noun names a
change ('a $1.6 trillion levy cut', 'a $200 million fee hike') is a difference, never set against a level ('a $4
trillion budget'); two changes, or two levels, are compared. Sentences written for this test."""

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
    ("Lawmakers in Pellworth pass $4 trillion budget in key step for levy overhaul.",
     "The chamber adopted a budget outline that would shield a $1.6 trillion levy cut against any procedural block.",
     False),
    ("The council approved a $900 million spending plan.", "The council approved a $300 million fee hike.", False),
    ("The council approved a $300 million fee hike.", "Council members backed a $200 million fee hike.", True),
    ("The council approved a $900 million spending plan.", "Council members backed a $600 million spending plan.",
     True),
    ("The council approved a $900 million tax cut bill.", "Council members backed a $600 million tax cut bill.",
     True),
])
def test_a_change_noun_is_no_level(first: str, second: str, conflict: bool) -> None:
    assert contradict(_amount("a", first), _amount("b", second)) is conflict
