"""Issue #18: a killing dated once through its noun ('the fatal shooting of Tomas Ferrel, 17, on Friday') and once
through its verb ('Sgt Orvane killed Ferrel on Saturday'), and the look-alikes that still never meet (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from story_tables import text_table

from newsprism.conflicts.act_nouns import noun_act
from newsprism.conflicts.weekdays import weekday_conflicts

NOUN = "The fatal shooting of Tomas Ferrel, 17, on Friday set off four nights of unrest across Lundia."


def _claims(texts: dict[str, str]) -> list[list[str]]:
    """The claims of each weekday conflict among ``texts`` (article id -> its one sentence), sorted."""
    table = text_table({article: [text] for article, text in texts.items()})
    return [sorted(s.claim for s in c.sides) for c in weekday_conflicts(table, hash)]


def test_the_noun_names_the_act_and_whom_it_was_done_to() -> None:
    found = noun_act(NOUN, NOUN.index("Friday"))
    assert found is not None and (found.act, found.patient) == ("kill", "Ferrel")


def test_noun_and_verb_of_one_killing_on_two_days_conflict() -> None:
    assert _claims({"a": NOUN, "b": "Prosecutors say Sgt Orvane killed Ferrel on Saturday near the old market."}) == [
        ["Friday", "Saturday"]]


@pytest.mark.parametrize("second", [
    "Prosecutors say Sgt Orvane killed Mika Dorn on Saturday near the old market.",  # another person killed
    "Prosecutors say Ferrel died on Saturday at the city hospital.",  # the death, not the killing
    "Prosecutors say Sgt Orvane killed Ferrel on Friday near the old market.",  # the same day
    "Prosecutors say Sgt Orvane arrested Ferrel on Saturday near the old market.",  # another act
])
def test_look_alikes_never_meet(second: str) -> None:
    assert _claims({"a": NOUN, "b": second}) == []


def test_a_noun_without_a_name_reads_no_act() -> None:
    text = "Riots have spread since the fatal shooting of a teenage boy in the capital Friday night."
    assert noun_act(text, text.index("Friday")) is None
