"""Issue #18, round 10: the one value reader's win-loss records and mixed fractions (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from newsprism.values import numbers, quantities, records
from newsprism.values.numbers import precision


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Vale (30-2, 21 KOs) won again.", [(30, 2, None, 21, "bracket")]),
    ("Champion, Tom Vale, 31-2, 22 KO's, won again.", [(31, 2, None, 22, "apposition")]),
    ("Ned Ross (12-10-1, 4 knockouts) lost.", [(12, 10, 1, 4, "bracket")]),
    ("Ned Ross (12-10-1) lost.", [(12, 10, 1, None, "bracket")]),
    ("The Hawks won 31-24 on Sunday.", []),  # a score after a verb
    ("Lee beat Ned Ross, 6-4, 6-3, on Sunday.", []),  # set scores
    ("Ned Ross (2-1 in 2008 and 3-0 since) lost.", []),  # more than a record in the bracket
])
def test_records_against_a_name(text: str, expected: list[tuple[int, int, int | None, int | None, str]]) -> None:
    assert [(r.wins, r.losses, r.draws, r.knockouts, r.opened) for r in records(text)] == expected


def test_records_disagree_only_on_a_field_both_give() -> None:
    first, second, third = (records(t)[0] for t in ("Vale (30-2, 21 KOs) won.", "Vale (30-2) won.",
                                                    "Vale (30-2, 22 KOs) won."))
    assert not first.disagrees(second) and first.disagrees(third) and not second.disagrees(third)


@pytest.mark.parametrize(("text", "value", "written"), [
    ("He was jailed for 2 1/2 years.", 2.5, "2 1/2"),
    ("He served part of a 2-1/2 year term.", 2.5, "2-1/2"),
    ("It took 3½ hours.", 3.5, "3½"),
    ("A 1 3/4 mile walk.", 1.75, "1 3/4"),
])
def test_a_whole_number_and_its_fraction_are_one_figure(text: str, value: float, written: str) -> None:
    found = numbers(text)
    assert [(n.value, n.written) for n in found] == [(value, written)]
    assert precision(found[0]) is None


def test_a_fraction_changes_the_quantity() -> None:
    two, two_and_a_half = quantities("jailed for 2 years")[0], quantities("jailed for 2 1/2 years")[0]
    assert two.dimension == two_and_a_half.dimension == "time"
    assert two.high < two_and_a_half.low


def test_a_date_with_slashes_is_no_fraction() -> None:
    assert [n.value for n in numbers("On 1/2/2009 he left, 2 days later.")] == [2.0]
