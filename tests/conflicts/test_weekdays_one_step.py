"""Issue #18, round 18: one step given with two verbs ('checked into' / 'entered') and one place named longer by
one article ('the Vantor Halvard Clinic' / 'the Halvard Clinic'), on two weekdays; and the look-alikes that still
never meet (sentences written for these tests)."""

from __future__ import annotations

import pytest
from story_tables import text_table

from newsprism.conflicts.weekdays import weekday_conflicts


def _claims(texts: dict[str, str]) -> list[list[str]]:
    """The claims of each weekday conflict among ``texts`` (article id -> its one sentence), sorted."""
    table = text_table({article: [text] for article, text in texts.items()})
    return [sorted(s.claim for s in c.sides) for c in weekday_conflicts(table, hash)]


def test_checked_into_and_entered_one_clinic_named_longer_conflict() -> None:
    assert _claims({"a": "The singer Mara Quell finally entered Vantor Halvard Clinic on Monday, her agent said.",
                    "b": "Later the singer Mara Quell checked into Halvard Clinic on Thursday for a rest."}) == [
        ["Monday", "Thursday"]]


@pytest.mark.parametrize("second", [
    "Later the singer Mara Quell visited Halvard Clinic on Thursday for a rest.",  # another verb, no step of entry
    "Later the singer Mara Quell checked into Osterby Clinic on Thursday for a rest.",  # another clinic
    "Later the singer Mara Quell checked into Halvard Clinic on Monday for a rest.",  # the same day
])
def test_look_alikes_never_meet(second: str) -> None:
    assert _claims({"a": "The singer Mara Quell finally entered Vantor Halvard Clinic on Monday, her agent said.",
                    "b": second}) == []


def test_a_name_missing_from_the_other_sentence_and_standing_apart_still_blocks() -> None:
    assert _claims({"a": "The singer Mara Quell entered Halvard Clinic with Dora Vint on Monday.",
                    "b": "Later the singer Mara Quell checked into Halvard Clinic on Thursday for a rest."}) == []
