"""Two figures written in one unit at one scale are compared as written: the reader's conversion widening
(``ROUNDING_TOLERANCE``) only bridges a conversion between units or scales; a round figure keeps what its last
digit rounds ('240' stands for 235-245), and a qualifier its spread (issue #18)."""

from newsprism.values import Quantity, agree, consistent, quantities


def _one(text: str) -> Quantity:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_same_unit_weights_differ_as_written() -> None:
    a, b = _one("The parcel weighed 240 pounds at the depot."), _one("The parcel weighed 248 pounds on arrival.")
    assert not agree(a, b)
    assert not consistent(a, b)


def test_same_unit_distances_differ_as_written() -> None:
    a, b = _one("The trail runs 12 kilometres up the ridge."), _one("The trail runs 12.5 kilometres up the ridge.")
    assert not agree(a, b)
    assert not consistent(a, b)


def test_a_round_figure_keeps_its_rounding_in_one_unit() -> None:
    assert agree(_one("The studio paid $60 million for it."), _one("The studio paid $61 million for it."))
    assert agree(_one("The hall seats 2,400 guests."), _one("The hall seats 2,436 guests."))
    assert agree(_one("a $7 billion fund"), _one("a $7.35 billion fund"))  # a rounding at its edge still meets


def test_a_conversion_keeps_its_widening() -> None:
    assert agree(_one("The river is 40 miles long."), _one("The river is 65 kilometres long."))
    assert agree(_one("a grant of $70 million"), _one("a grant of $70,400,000"))


def test_a_qualifier_keeps_its_spread_in_one_unit() -> None:
    assert agree(_one("The crate weighed about 240 pounds."), _one("The crate weighed 248 pounds."))
    assert agree(_one("nearly $61 million in fees"), _one("$60 million in fees"))


def test_one_figure_restated_in_one_unit_agrees() -> None:
    assert agree(_one("The dam holds 310 tonnes of silt."), _one("The dam holds 310 tonnes of silt, engineers said."))
