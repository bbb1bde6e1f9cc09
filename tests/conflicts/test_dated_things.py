"""Date conflicts between timeline events: two dates that are adjectives of different nouns date two things."""

from __future__ import annotations

import pytest

from newsprism.conflicts.dated import Dated, _dates_different_things
from newsprism.model import Evidence
from newsprism.values.moments import Point, TimeValue


def _dated(article: str, sentence: str, date: str) -> Dated:
    start = sentence.index(date)
    year = int(date[-4:])
    return Dated(TimeValue(Point(year, 1, precision="year")),
                 Evidence(article=article, start=start, end=start + len(date), text=date),
                 Evidence(article=article, start=0, end=len(sentence), text=sentence), clause="")


@pytest.mark.parametrize(
    ("first", "second", "different"),
    [
        (("The inquiry looked at the 2014 ballot in the province.", "2014"),
         ("The inquiry published its 2015 findings on the province.", "2015"), True),
        (("She first came to the port on her 2011 tour of the coast.", "2011"),
         ("She first came to the port on a tour of the coast in May 2012.", "May 2012"), False),
        (("It repeats the 2014 ballot of the province.", "2014"),
         ("It repeats the 2015 ballot of the province.", "2015"), False),
    ],
    ids=["adjectives-of-two-nouns", "one-date-stands-alone", "same-noun"],
)
def test_dates_as_adjectives_of_different_nouns_are_two_things(first, second, different) -> None:
    assert _dates_different_things(_dated("a", *first), _dated("b", *second)) is different
