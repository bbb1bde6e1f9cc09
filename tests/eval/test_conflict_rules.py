"""The benchmark's transforms for money, the day of the month, negation with an auxiliary and ranks."""

from __future__ import annotations

import random

from newsprism.eval.conflict_pairs import CONFLICT_RULES, CONSISTENT_RULES, convert_unit
from newsprism.eval.conflict_rules import (
    change_day,
    change_money,
    change_rank,
    contract_negation,
    day_restated,
    money_restated,
    negate_with_auxiliary,
    rank_restated,
)

SENTENCE = "The council paid $50 million on Nov. 8 for the fourth-largest port in the region."


def test_money_changes_the_amount_only() -> None:
    changed = change_money(SENTENCE, random.Random(1))
    assert changed is not None and changed != SENTENCE and "$50 million" not in changed and "million" in changed
    assert money_restated(SENTENCE, random.Random(1)) == SENTENCE.replace("$50 million", "50 million dollars")


def test_day_changes_the_day_of_the_same_month() -> None:
    changed = change_day(SENTENCE, random.Random(2))
    assert changed is not None and "Nov. " in changed and "Nov. 8 " not in changed
    assert day_restated(SENTENCE, random.Random(2)) == SENTENCE.replace("Nov. 8", "November 8th")


def test_rank_moves_on_the_same_scale() -> None:
    changed = change_rank(SENTENCE, random.Random(3))
    assert changed is not None and "-largest" in changed and "fourth" not in changed
    assert rank_restated(SENTENCE, random.Random(3)) == SENTENCE.replace("fourth-largest", "4th largest")


def test_negation_with_an_auxiliary_takes_the_base_form() -> None:
    rng = random.Random(4)
    outcomes = {negate_with_auxiliary("She paid the fine in full last year.", rng) for _ in range(20)}
    assert outcomes <= {"She did not pay the fine in full last year.", "She never paid the fine in full last year."}
    assert negate_with_auxiliary("The report paid nothing, and she did not pay.", rng) is None  # already negated
    assert contract_negation("She did not pay.", rng) == "She didn't pay."


def test_new_units_convert() -> None:
    assert convert_unit("Winds reached 60 mph on the coast.", random.Random(0)) == \
        "Winds reached 97 km/h on the coast."


def test_every_new_kind_has_a_rule() -> None:
    kinds = {r.kind for r in CONFLICT_RULES}
    assert {"money", "day", "aux-negation", "rank"} <= kinds
    assert {"money-restated", "day-restated", "rank-restated", "contracted"} <= {r.name for r in CONSISTENT_RULES}
