from __future__ import annotations

import pytest

from newsprism.values import agree, clock_times, dates, first_difference, negations, quantities, ranks, read, same_verb


def _one(text: str):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "value"), [
    ("a dozen eggs", 12), ("three hundred troops", 300), ("1.5 million people", 1.5e6), ("twenty-five people", 25),
    ("two thousand five hundred votes", 2500), ("$3bn", 3e9), ("1,500 troops", 1500),
])
def test_numbers_in_digits_and_words(text: str, value: float) -> None:
    assert read(text).numbers[0].value == value


@pytest.mark.parametrize(("a", "b"), [
    ("travelled 10 miles", "travelled 16 km"), ("for 18 months", "for a year and a half"),
    ("about 1,500 troops", "1,523 troops"), ("14 people", "fourteen people"), ("12 percent", "12%"),
    ("$2 million", "$2,000,000"), ("a 100 square mile area", "a 259 sq km area"), ("at 60 mph", "at 97 km/h"),
])
def test_restatements_agree(a: str, b: str) -> None:
    x, y = _one(a), _one(b)
    assert x.dimension == y.dimension and agree(x, y)


@pytest.mark.parametrize(("a", "b"), [
    ("raised $50 million", "raised $80 million"), ("14 people", "41 people"),
    ("more than 14 million views", "more than 7 million views"), ("a magnitude 8.9 quake", "a magnitude 9.0 quake"),
])
def test_changes_disagree(a: str, b: str) -> None:
    x, y = _one(a), _one(b)
    assert x.dimension == y.dimension and not agree(x, y)


def test_money_keeps_its_currency() -> None:
    assert _one("paid £3bn").dimension == "money:GBP"
    assert _one("paid 50 million euros").dimension == "money:EUR"
    assert _one("paid $3-5 million").high == pytest.approx(5e6 * 1.05)


def test_qualifiers_bound_the_value() -> None:
    assert _one("at least 129 people").bound == "above"
    assert _one("up to 20 people").bound == "below"
    assert _one("nearly 200 people").bound == "about"


def test_day_of_the_month_differs() -> None:
    a, b = dates("on Nov. 8")[0], dates("on Nov. 12")[0]
    assert (a.month, a.day, b.day) == (11, 8, 12) and first_difference(a, b) == "day"
    assert first_difference(dates("November 8, 2015")[0], a) is None


def test_a_time_with_a_zone_is_no_year() -> None:
    assert dates("at 2030 GMT") == [] and clock_times("at 2030 GMT")[0].minutes == 20 * 60 + 30
    assert dates("in 2030")[0].year == 2030


def test_ranks() -> None:
    assert [(r.position, r.scale) for r in ranks("the fourth largest and the fifth-largest")] == [
        (4, "largest"), (5, "largest")]
    assert read("on November 8th").ranks == ()


@pytest.mark.parametrize(("text", "verb"), [
    ("He did not pay the fine", "pay"), ("She doesn't have a car", "have"), ("It no longer holds it", "holds"),
    ("They never won", "won"),
])
def test_negations(text: str, verb: str) -> None:
    assert negations(text)[0].verb == verb


def test_verbs_match_across_forms() -> None:
    assert same_verb("pay", "paid") and same_verb("go", "went") and not same_verb("pay", "play")
