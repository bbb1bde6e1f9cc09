"""`figures.together.listed_people`: ages in a list of people count no one (issue #18). Texts written
for the test, no publisher's text."""

from __future__ import annotations

import pytest

from newsprism.figures.together import listed_people


@pytest.mark.parametrize(("text", "count"), [
    ("A woman, 41, a man, 23, and his nephew were shot near the depot.", 3),
    ("A girl, age 9, a boy, age 12, and their grandmother were hurt in the crash of gunfire.", 3),
    ("A clerk, a driver and a 70-year-old customer were wounded outside the store.", 3),
])
def test_ages_in_a_list_of_people_count_no_one(text: str, count: int) -> None:
    assert [found for found, _, _ in listed_people(text)] == [count]
