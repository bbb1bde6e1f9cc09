"""Issue #18: one signing dated by two outlets that name the club by different parts of its one name ('Kade' / 'the
Rovers' of 'Kade Rovers') and the act by a verb and a phrase ('re-signed' / 'picked up'), and the look-alikes that
still never meet (sentences written for these tests)."""

from __future__ import annotations

import pytest
from story_tables import text_table

from newsprism.conflicts.doers import doer, holding, story_names
from newsprism.conflicts.weekdays import weekday_conflicts

CLUB = "The Kade Rovers lost their home opener by two goals."
VERB = "On Tuesday, the Rovers re-signed forward Milo Brandt, who had left in the summer."
PHRASE = "Kade picked up Milo Brandt on Monday after putting Ivo Sarn on the injured list."


def _claims(texts: dict[str, str]) -> list[list[str]]:
    """The claims of each weekday conflict among ``texts`` (article id -> its one sentence), sorted."""
    table = text_table({article: [text] for article, text in texts.items()})
    return [sorted(s.claim for s in c.sides) for c in weekday_conflicts(table, hash)]


def test_the_doer_is_the_name_before_the_clause_verb() -> None:
    assert doer(PHRASE, PHRASE.index("Monday"), PHRASE.index("Monday") + 6) == ("Kade",)
    assert doer(VERB, VERB.index("the Rovers"), VERB.index("the Rovers")) == ("Rovers",)


def test_one_name_of_the_story_holds_both_doers() -> None:
    names = story_names([CLUB, VERB, PHRASE])
    assert holding(("Kade",), names) & holding(("The", "Rovers"), names) == {("The", "Kade", "Rovers")}


def test_one_signing_by_one_club_named_two_ways_on_two_days_conflicts() -> None:
    assert _claims({"a": VERB, "b": PHRASE, "c": CLUB}) == [["Monday", "Tuesday"]]


@pytest.mark.parametrize("second", [
    "Lumo picked up Milo Brandt on Monday after putting Ivo Sarn on the injured list.",  # another club
    "Kade picked Milo Brandt on Monday after putting Ivo Sarn on the injured list.",  # picked: chose, no signing
    "Kade picked up Dan Orrin on Monday after putting Ivo Sarn on the injured list.",  # another player
])
def test_look_alikes_never_meet(second: str) -> None:
    assert _claims({"a": VERB, "b": second, "c": CLUB, "d": "The Lumo Falcons won again."}) == []


def test_without_a_name_holding_both_the_doers_still_block() -> None:
    assert _claims({"a": VERB, "b": PHRASE}) == []
