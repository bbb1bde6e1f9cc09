"""conflicts/scoped.py: the scope a number is said under (sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsprism.conflicts.scoped import number_scope


@pytest.mark.parametrize(("text", "number", "scope"), [
    ("There may have been three people hurt, the clerk said.", "three", "hedged"),
    ("When one is hurt, the whole crew suffers.", "one", "generic"),
    ("If 40 riders are late, the race starts anyway.", "40", "generic"),
    ("Okafor sat out six matches before returning in March.", "six", "until a return"),
    ("Three people were hurt, the clerk said.", "Three", ""),
    ("When two riders were hurt, the race stopped.", "two", ""),
    ("The driver hit four cars before fleeing the scene.", "four", ""),
])
def test_the_scope_of_a_number(text: str, number: str, scope: str) -> None:
    at = text.index(number)
    assert number_scope(text, at, at + len(number)) == scope
