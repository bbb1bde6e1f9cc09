"""entities/merge.py: 'US Department of X' and the 'X Department' are one body; another department stays
apart. Sentences written for these tests."""

from __future__ import annotations

from newsprism.entities.mentions import Mention, make_mention
from newsprism.entities.merge import Resolved, cluster


def _records(text: str, names: list[str]) -> dict[str, set[str]]:
    """First written name -> the names of its record."""
    found: list[Mention] = []
    for name in names:
        start = text.index(name)
        found.append(make_mention("a0", text, (start, start + len(name)), "organisation", 0))
    return {group[0].text: {m.text for m in group}
            for group in cluster([Resolved(m, m.key) for m in found], {"a0": text})}


def test_a_country_and_department_of_x_joins_the_x_department() -> None:
    text = "The US Department of Lumo said openings rose. The Lumo Department said so in May."
    assert _records(text, ["US Department of Lumo", "Lumo Department"])["US Department of Lumo"] == {
        "US Department of Lumo", "Lumo Department"}
    text = "The U.S. Lumo Department said openings rose. The Department of Lumo said so in May."
    assert _records(text, ["U.S. Lumo Department", "Department of Lumo"])["U.S. Lumo Department"] == {
        "U.S. Lumo Department", "Department of Lumo"}


def test_a_country_and_another_department_stays_apart() -> None:
    text = "The US Department of Lumo said openings rose. The Kade Department said so in May."
    assert _records(text, ["US Department of Lumo", "Kade Department"])["US Department of Lumo"] == {
        "US Department of Lumo"}
