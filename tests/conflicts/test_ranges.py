"""Universal year-range claims ('all in 2018 and 2019') joining the side of a date conflict they support."""

from __future__ import annotations

import pytest

from newsprism.conflicts.ranges import RangeClaim, join_sides, year_range
from newsprism.model import ConflictSide, Evidence
from newsprism.values.moments import Point, TimeValue


@pytest.mark.parametrize(("text", "years"), [
    ("She has been abroad five times, all in 2014 and 2015.", ("2014", "2015")),
    ("He made four trips, all of them between 2001 and 2003.", ("2001", "2003")),
    ("The band toured six times, all from 1998 to 2004.", ("1998", "2004")),
    ("The mayor has visited three times, all in 2019–2020.", ("2019", "2020")),
    ("She travelled in 2014 and 2015.", None),
    ("All 2018 models were recalled in 2019.", None),
])
def test_range_claim_pattern(text: str, years: tuple[str, str] | None) -> None:
    found = year_range(text)
    assert (None if found is None else (str(found[0]), str(found[1]))) == years


def _evidence(article: str, text: str) -> Evidence:
    return Evidence(article=article, start=0, end=len(text), text=text)


def _year(first: int, last: int | None = None) -> TimeValue:
    return TimeValue(Point(first, precision="year"), None if last is None else Point(last, precision="year"))


SIDES = [
    ConflictSide(claim="May 2015", evidence=[_evidence("a", "It was her first trip to Estonia since a visit to "
                                                          "Tartu in May 2015 for talks.")], articles=1, origins=1),
    ConflictSide(claim="2011", evidence=[_evidence("b", "It was her first visit to Estonia since her 2011 trip "
                                                        "to Tallinn.")], articles=1, origins=1),
]
VALUES = {"May 2015": TimeValue(Point(2015, 5, precision="month")), "2011": _year(2011)}
CLAUSES = ["It was her first visit to Estonia since her trip to Tallinn",
           "It was her first trip to Estonia since a visit to Tartu for talks"]


def _claim(article: str, text: str, span: TimeValue) -> RangeClaim:
    found = year_range(text)
    assert found is not None
    start, end = found[2], found[3]
    rest = (text[:start] + text[end:]).strip(" ,.;")
    return RangeClaim(span, text[start:end], _evidence(article, text), rest)


TRIPS = "In six years as minister, Varga has travelled abroad only four times, all between 2014 and 2016."


@pytest.mark.parametrize(("claim", "joins"), [
    (_claim("c", TRIPS, _year(2014, 2016)), "May 2015"),
    (_claim("c", TRIPS.replace("2014", "2009"), _year(2009, 2016)), None),   # the range holds both dates
    (_claim("c", TRIPS.replace("2014 and 2016", "2017 and 2018"), _year(2017, 2018)), None),  # holds neither
    (_claim("c", "The bank opened four new branches, all between 2014 and 2016.", _year(2014, 2016)), None),
    (_claim("b", TRIPS, _year(2014, 2016)), None),   # article b is already on a side
])
def test_range_claim_joins_the_one_side_it_supports(encoder, claim: RangeClaim, joins: str | None) -> None:
    origin = {"a": 1, "b": 2, "c": 3}.__getitem__
    sides = join_sides(SIDES, VALUES, CLAUSES, [claim], encoder, origin)
    grown = [s for s in sides if claim.sentence in s.evidence]
    assert [s.claim for s in grown] == ([joins] if joins else [])
    if joins:
        assert (grown[0].articles, grown[0].origins) == (2, 2)


def test_a_reprint_joining_a_side_adds_no_origin(encoder) -> None:
    origin = {"a": 1, "b": 2, "c": 1}.__getitem__   # c reprints a
    sides = join_sides(SIDES, VALUES, CLAUSES, [_claim("c", TRIPS, _year(2014, 2016))], encoder, origin)
    side = next(s for s in sides if s.claim == "May 2015")
    assert (side.articles, side.origins) == (2, 1)
