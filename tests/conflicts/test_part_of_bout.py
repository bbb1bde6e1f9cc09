"""Issue #18, round 10: a count of one part of a bout or game is another scope than the whole's (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from newsprism.conflicts.compare import disagreements, in_part
from newsprism.model import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(start=0, end=len(text), text=text, entities=[])


@pytest.mark.parametrize(("text", "part"), [
    ("Vale connected with 31 of his 75 shots during the round.", True),
    ("Vale scored 14 points in the first half.", True),
    ("Vale connected with 203 of 412 shots.", False),
    ("Vale landed 178 punches in the fight.", False),
])
def test_a_part_of_the_event(text: str, part: bool) -> None:
    assert in_part(text) is part


def test_a_rounds_count_is_no_rival_of_the_fights() -> None:
    whole = _sentence("The closing tallies had Vale connecting with 203 of 412 shots.")
    assert disagreements(whole, _sentence("Vale connected with 31 of his 75 shots during the round.")) == []
    changed = disagreements(whole, _sentence("The closing tallies had Vale connecting with 203 of 440 shots."))
    assert [d.kind for d in changed] == ["number"]
