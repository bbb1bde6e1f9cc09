from __future__ import annotations

import pytest

from newsprism.values import agree, clock_times, clocks_agree, consistent, figures, quantities


def _one(text: str):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("a", "b"), [
    ("for 18 months", "for a year and a half"),
    ("for 30 months", "for two and a half years"),
    ("a 10 miles walk", "a 16 kilometres walk"),
    ("about 1,500 troops", "1,523 troops"),
    ("14 people", "fourteen people"),
    ("over four years", "for 53 months"),
    ("12 percent", "12%"),
    ("2 million dollars", "2,000,000 dollars"),
    ("more than 14 million views", "more than 14,000,000 views"),
])
def test_consistent_quantities_agree(a: str, b: str) -> None:
    x, y = _one(a), _one(b)
    assert x.dimension == y.dimension and agree(x, y)


@pytest.mark.parametrize(("a", "b"), [
    ("14 people", "41 people"),
    ("for 18 months", "for two years"),
    ("more than 14 million views", "more than 7 million views"),
    ("less than 24 hours", "less than 120 hours"),
    ("about 1,500 troops", "3,000 troops"),
])
def test_changed_quantities_disagree(a: str, b: str) -> None:
    x, y = _one(a), _one(b)
    assert x.dimension == y.dimension and not agree(x, y)


@pytest.mark.parametrize("text", ["in 2016", "once again", "three of them", "seven times", "Covid-19"])
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_counted_noun_after_an_adjective() -> None:
    assert _one("77,640 new cases").dimension == "count:case"


def test_figures_in_words_and_digits() -> None:
    assert figures("In all, 14 people were hurt and eleven ended up in the water") == {14.0, 11.0}


def test_clock_times() -> None:
    about, exact = clock_times("at about 6:40 a.m.")[0], clock_times("at 6:45 a.m.")[0]
    assert about.minutes == 400 and clocks_agree(about, exact)
    assert not clocks_agree(clock_times("at 6:25 a.m.")[0], exact)
    assert clock_times("at 2 p.m.")[0].minutes == 14 * 60


def test_a_rounding_allows_no_more_than_the_precision_written() -> None:
    from newsprism.values import agree, quantities
    from newsprism.values.numbers import numbers, precision

    def first(text: str):
        return quantities(text)[0]

    assert not agree(first("a $6.1 billion deal"), first("a $5.6 billion deal"))
    assert agree(first("a $6.1 billion deal"), first("a $6 billion deal"))
    assert agree(first("1,500 people"), first("1,523 people"))
    assert agree(first("10 miles"), first("16 km"))
    assert [precision(n) for n in numbers("6.1 billion, 1,500, 40 and two")] == [5e7, 50.0, 5.0, None]


def test_a_euro_sign_lost_to_an_e_is_read_as_euros() -> None:
    from newsprism.values import quantities

    assert [(q.value, q.dimension) for q in quantities("thieves took more than e85 million in gems")] == [
        (85e6, "money:EUR")]
    assert [(q.value, q.dimension) for q in quantities("a tanker with e75m of oil")] == [(75e6, "money:EUR")]
    assert [q.dimension for q in quantities("the e5 rule and the type e85 fuel")] == []


@pytest.mark.parametrize(("a", "b"), [
    ("more than 1,000 ferries", "at least 1,900 ferries"),
    ("at least eight ferries", "more than 40 ferries"),
    ("up to 5 hours", "at most 30 hours"),
])
def test_bounds_the_same_way_are_consistent_though_changed(a: str, b: str) -> None:
    x, y = _one(a), _one(b)
    assert consistent(x, y) and not agree(x, y)


@pytest.mark.parametrize(("a", "b"), [
    ("14 people", "41 people"), ("up to 5 hours", "at least 30 hours"),
    ("as many as 50 ferries", "at least 63 ferries"),
])
def test_values_that_cannot_both_hold_are_inconsistent(a: str, b: str) -> None:
    x, y = _one(a), _one(b)
    assert not consistent(x, y)


@pytest.mark.parametrize(("text", "value"), [
    ("a $3T plan", 3e12), ("a $1.5B loan", 1.5e9), ("a $300M fund", 3e8), ("the 4t lorry", None),
])
def test_money_suffixes_scale(text: str, value: float | None) -> None:
    found = quantities(text)
    assert (found[0].value if found else None) == value


def test_a_score_or_label_before_a_singular_noun_counts_nothing() -> None:
    assert list(quantities("The Herons fell in a 31-17 loss to the Rovers.")) == []
    assert list(quantities("He was hurt in the team's Round 12 loss at home.")) == []
    assert [q.dimension for q in quantities("They had three losses in a row.")] == ["count:losse"]
