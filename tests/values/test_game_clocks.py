"""Issue #18, round 26: game clocks ('with 11:27 to go', 'with 3:05 left in the second quarter') and running scores
('at 61-52', 'a 38-37 lead', 'made it 70-58') as sports reports write them; a team's record and a final score are no
running score (sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsprism.values.game_clocks import game_clocks, running_scores


@pytest.mark.parametrize(("text", "left", "period"), [
    ("Vasko hit a floater with 11:27 to go.", 687, None),
    ("The Otters led with 3:05 left in the second quarter.", 185, "second"),
    ("Pell kicked a field goal with 9:00 minutes remaining in the 3rd quarter.", 540, "third"),
    ("With 0:48 to play in the first half, Ruhl scored.", 48, "first"),
])
def test_a_game_clock_is_read_with_its_period(text: str, left: int, period: str | None) -> None:
    assert [(c.seconds, c.gone, c.period) for c in game_clocks(text)] == [(left, False, period)]


@pytest.mark.parametrize("text", [
    "The polls close at 8:00 tonight.",  # a time of day
    "Ruhl ran the mile in 4:02 last spring.",  # a race time
])
def test_other_clock_readings_are_no_game_clock(text: str) -> None:
    assert game_clocks(text) == []


@pytest.mark.parametrize(("text", "score"), [
    ("Brill pulled the Otters within 61-52 with 6:40 left.", (61, 52)),
    ("Ruhl's dunk gave Tarn a 38-37 lead.", (38, 37)),
    ("Two free throws made it 58-70 late.", (70, 58)),
    ("The sides were tied at 21-all at the break.", (21, 21)),
])
def test_a_running_score_is_read_higher_first(text: str, score: tuple[int, int]) -> None:
    assert [(s.high, s.low) for s in running_scores(text)] == [score]


@pytest.mark.parametrize("text", [
    "The Otters (4-11) came out flat with 9:00 left in the third quarter.",  # a team's record
    "Tarn sealed a 77-64 victory over the Otters.",  # a final score
    "Brill scored on 6-10 shooting.",  # no word makes it a score of the moment
])
def test_records_and_final_scores_are_no_running_score(text: str) -> None:
    assert running_scores(text) == []
