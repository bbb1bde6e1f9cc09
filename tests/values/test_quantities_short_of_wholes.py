"""'nearly N' / 'almost M' for two different small whole numbers cannot both hold (issue #18): each stands for less
than its number and more than the number below it, though 'about''s spread lets their intervals meet."""

from __future__ import annotations

from newsprism.values import agree, consistent, quantities


def _one(text: str):  # type: ignore[no-untyped-def]
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_nearly_six_and_almost_seven_hours_disagree() -> None:
    a = _one("The ferry crew kept the harbour closed for nearly six hours before the fog lifted.")
    b = _one("Pilots waited almost seven hours on the quay at Tarnholm.")
    assert not agree(a, b)
    assert not consistent(a, b)


def test_two_approximations_of_one_whole_number_agree() -> None:
    a = _one("The ferry crew kept the harbour closed for nearly six hours.")
    b = _one("The harbour stayed shut for almost six hours.")
    assert agree(a, b)


def test_nearly_nine_meets_an_exact_eight() -> None:
    a = _one("The climbers spent nearly nine days on the ridge.")
    b = _one("The climbers spent eight days on the ridge.")
    assert agree(a, b)


def test_about_and_nearly_keep_the_spread() -> None:
    a = _one("The climbers spent about eight days on the ridge.")
    b = _one("The climbers spent nearly nine days on the ridge.")
    assert agree(a, b)


def test_large_numbers_keep_the_spread() -> None:
    a = _one("The convoy drove nearly 19 miles through the pass.")
    b = _one("The convoy drove almost 20 miles through the pass.")
    assert agree(a, b)


def test_the_rule_holds_for_weeks_too() -> None:
    a = _one("The trawler sat idle for nearly seven weeks.")
    b = _one("The trawler sat idle for almost eight weeks.")
    assert not agree(a, b)
