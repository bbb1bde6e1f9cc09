"""Sides of a disagreement: which articles may take one."""

from __future__ import annotations

from newsprism.conflicts.sides import two_valued


def test_an_article_giving_two_values_of_one_thing_is_two_valued() -> None:
    stated = [("a", "12"), ("b", "12"), ("a", "14"), ("c", "9"), ("c", "9")]
    assert two_valued(stated) == {"a"}
    assert two_valued([]) == set()
