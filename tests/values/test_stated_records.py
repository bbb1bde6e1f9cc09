"""Issue #18, round 19: records a clause states of its subject or a possessor, besides those written against a name;
two records are of one time when their games are close (sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsprism.values import final_score, stated_records


@pytest.mark.parametrize(("text", "expected"), [
    ("The Hawks improved to 21-6 on the season.", [(21, 6, "stated", "improved to ")]),
    ("With the loss, the Hawks' record dropped to 9-7.", [(9, 7, "stated", "record dropped to ")]),
    ("The Hawks stand at 10-5 after the win.", [(10, 5, "stated", "stand at ")]),
    ("Vale is now 12-0 as a pro.", [(12, 0, "stated", "is now ")]),
    ("Vale compiled a 150-131 record in four seasons.", [(150, 131, "stated", "compiled a ")]),
    ("Vale compiled a mark of 150-131 (.534).", [(150, 131, "stated", "compiled a mark of ")]),
    ("Tom Vale (30-2, 21 KOs) won again.", [(30, 2, "bracket", "")]),
])
def test_a_record_a_clause_states(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert [(r.wins, r.losses, r.opened, text[r.said:r.start] if r.said is not None else "")
            for r in stated_records(text)] == expected


@pytest.mark.parametrize("text", [
    "The Hawks won a 31-24 victory on Sunday.",  # a score
    "They led 14-3 at halftime.",  # no verb of a record
    "The board voted 5-4 to approve it, and the vote was 5-4.",  # a vote
    "It was a 2-1 decision.",
    "He was born on 12-5-1990.",
])
def test_scores_votes_and_dates_are_no_records(text: str) -> None:
    assert stated_records(text) == []


def test_records_of_one_time_are_close_in_games() -> None:
    first, misreported, later = (stated_records(t)[0] for t in (
        "The Hawks (10-0) won.", "The Hawks (11-0) won.", "The Hawks (14-1) lost."))
    assert first.same_time(misreported)
    assert not first.same_time(later)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Hawks defeated Dunmore, 65-53, on Friday.", (65, 53)),
    ("It ended in a 70-108 loss at home.", (108, 70)),
    ("Lakeland beat the Hawks 3-1 on Sunday.", (3, 1)),
    ("They led 13-3 at halftime and went on to win.", None),
    ("Lakeland (10-5) plays on Sunday.", None),
])
def test_a_game_final_score(text: str, expected: tuple[int, int] | None) -> None:
    assert final_score(text) == expected
