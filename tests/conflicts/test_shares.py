"""Issue #18, round 21: percentages compared only with a percentage of the same place and measure
(:mod:`newsprism.conflicts.shares`; sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsprism.conflicts.amounts import Amount, compared, contradict
from newsprism.conflicts.compare import number_about
from newsprism.conflicts.shares import held, held_quantities, masked_share, same_measure, takes_no_side
from newsprism.model import Evidence
from newsprism.values import quantities


def _dimensions(text: str) -> list[str]:
    return [q.dimension for q in held_quantities(text) if q.dimension.startswith("percent")]


def _share(article: str, text: str, at: int = 0) -> Amount:
    q = [q for q in held_quantities(text) if q.dimension.startswith("percent")][at]
    sentence = Evidence(article=article, start=0, end=len(text), text=text)
    return Amount(q, Evidence(article=article, start=q.start, end=q.end, text=q.written), sentence, text)


@pytest.mark.parametrize(("text", "dimensions"), [
    ("Fuel sales in Peru fell by 40 percent, in Chile by 25 percent.", ["percent:peru", "percent:chile"]),
    ("About 30% of flights to Kenya were cancelled, while trains ran.", ["percent:kenya"]),
    ("Up to 45 per cent of the grid in Norway, and 20 per cent in Sweden, went dark.",
     ["percent:norway", "percent:sweden"]),
    ("Mexico's exports rose 6%, and Brazil's 4.5%.", ["percent:mexico", "percent:brazil"]),
    ("Sales in Saudi Arabia fell 12 percent.", ["percent:saudi arabia"]),
    ("A poll found 52% of voters back the plan.", ["percent"]),  # no place: not held
    ("Greece Telecom said 90 percent of calls failed.", ["percent"]),  # a place in a longer name
    ("Some 40% of us stayed home.", ["percent"]),  # the pronoun, not the US
    ("Some 40% of shops in the US stayed shut.", ["percent:us"]),
])
def test_a_share_is_held_by_the_place_of_its_own_segment(text: str, dimensions: list[str]) -> None:
    assert _dimensions(text) == dimensions


def test_only_held_shares_are_compared() -> None:
    held_share, bare = (held_quantities(t)[0] for t in ("Sales in Peru fell 40%.", "Sales fell 40%."))
    assert compared(held_share) and not compared(bare)
    assert number_about(held_share.dimension) == "the percentage (peru)"


def test_shares_of_two_places_never_meet() -> None:
    assert _dimensions("Mexico's growth was 7%.") != _dimensions("Brazil's growth was 7.5%.")


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Peru's exports grew 6% last year.", "Peru's exports grew by 9% last year.", True),
    ("Peru's exports grew 6% last year.", "Inflation in Peru reached 9%.", False),  # another measure
    ("Fuel sales in Peru fell by 40 percent, in Chile by 25 percent.",  # a list's item: the sentence's words
     "Fuel sales in Chile fell by 35 percent.", True),
])
def test_shares_meet_on_their_measure_words(first: str, second: str, same: bool) -> None:
    a, b = _share("a", first, -1), _share("b", second)
    assert a.quantity.dimension == b.quantity.dimension
    assert same_measure(first, a.quantity, second, b.quantity) is same


@pytest.mark.parametrize(("first", "second", "conflict"), [
    ("Power in Norway was down by 80 percent.", "About 45 percent of power in Norway was cut.", True),
    ("Power in Norway was down by 80 percent.", "Up to 90 percent of power in Norway was cut.", False),  # holds
    ("In May, 80 percent of power in Norway was cut.", "In June, 45 percent of power in Norway was cut.", False),
])
def test_shares_that_cannot_both_be_true(first: str, second: str, conflict: bool) -> None:
    assert contradict(_share("a", first), _share("b", second)) is conflict


def test_a_bound_both_rivals_meet_takes_no_side() -> None:
    up_to_80, eighty, up_to_70 = (_share(a, t).quantity for a, t in (
        ("a", "Up to 80 percent of power in Norway was cut."), ("b", "Power in Norway was down by 80 percent."),
        ("c", "Up to 70 percent of power in Norway was cut.")))
    assert takes_no_side(up_to_80, [up_to_80, eighty, up_to_70])
    assert not takes_no_side(up_to_70, [up_to_80, eighty, up_to_70])  # 'up to 70' rules out 80: a side
    assert not takes_no_side(up_to_80, [up_to_80, eighty])


def test_a_short_list_item_is_masked_in_its_whole_sentence() -> None:
    text = "Fuel sales in Peru fell by 40 percent, in Chile by 25 percent."
    q = held_quantities(text)[1]
    assert masked_share(text, q) == "Fuel sales in Peru fell by 40 percent, in Chile by ."
    bare = quantities("Sales fell 40%.")[0]
    assert held("Sales fell 40%.", bare) == bare and masked_share("Sales fell 40%.", bare) is None
