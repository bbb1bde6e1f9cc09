"""Issue #18, round 21: how many times one named subject did one thing, as outlets give it differently
(:mod:`newsprism.values.occurrences`, :mod:`newsprism.conflicts.occurrences`; sentences written for these tests)."""

from __future__ import annotations

import pytest
from story_tables import text_table

from newsprism.conflicts.occurrences import occurrence_conflicts
from newsprism.values.occurrences import occurrences


@pytest.mark.parametrize(("text", "read"), [
    ("Vera Lund married twice, both times in Oslo.", [(2, "married", False)]),
    ("Lund was married three times but had no heirs.", [(3, "married", False)]),
    ("The mayor was arrested 4 times.", [(4, "arrested", False)]),
    ("She married two more times.", [(2, "married", True)]),
    ("Turnout was three times as high.", []),  # a multiplier
    ("Prices rose four times faster.", []),
    ("He takes the pill twice a day.", []),  # a rate
    ("He was fined at least four times.", []),  # a bound
    ("It was twice the size of the old one.", []),
])
def test_counts_of_times(text: str, read: list[tuple[int, str, bool]]) -> None:
    assert [(o.count, o.verb, o.more) for o in occurrences(text)] == read


def _sides(texts: dict[str, list[str]]) -> list[list[tuple[str, list[str]]]]:
    return [sorted((s.claim, sorted(e.article for e in s.evidence)) for s in c.sides)
            for c in occurrence_conflicts(text_table(texts), lambda article: hash(article))]


def test_one_subjects_count_of_times_given_differently() -> None:
    assert _sides({"a": ["Vera Lund married twice; her first husband was a sailor."],
                   "b": ["Lund was married three times but had no heirs."],
                   "c": ["Vera Lund, who was married three times, died on Sunday."]}) == [
        [("three times", ["b"]), ("twice (2)", ["a"])]]  # c: the count is in an apposition, no subject before it


@pytest.mark.parametrize("texts", [
    {"a": ["Vera Lund married twice."], "b": ["Her sister Ada married three times."]},  # other subjects
    {"a": ["Vera Lund married twice."], "b": ["She married three times."]},  # no subject named
    {"a": ["Vera Lund married twice."], "b": ["Lund later married two more times."]},  # more times: no total
    {"a": ["Vera Lund married twice."], "b": ["Lund was divorced three times."]},  # another thing done
    {"a": ["Lund married twice."], "b": ["Lund married three times.", "Lund married twice, records show."]},
])
def test_no_conflict(texts: dict[str, list[str]]) -> None:
    assert _sides(texts) == []
