"""Time expressions normalised against a fixed publication date: 2024-03-14, a Thursday."""

from __future__ import annotations

from datetime import date

import pytest

from newsprism.timeline.expressions import read_expression
from newsprism.values.moments import Clock, Point, TimeValue, same_time

REF = date(2024, 3, 14)


@pytest.mark.parametrize(("text", "future", "expected"), [
    # absolute dates
    ("Sept. 13, 2023", False, "2023-09-13"),
    ("on 13 September 2023", False, "2023-09-13"),
    ("the 2nd of March, 2022", False, "2022-03-02"),
    ("in April 2019", False, "2019-04"),
    ("in May 2019", False, "2019-05"),
    ("2016", False, "2016"),
    ("in 2016", False, "2016"),
    ("2023-09-13", False, "2023-09-13"),
    # a day or month without a year: the most recent one, or the next one in future-tense text
    ("13 September", False, "2023-09-13"),
    ("March 2", False, "2024-03-02"),
    ("in May", False, "2023-05"),
    ("in May", True, "2024-05"),
    ("February", False, "2024-02"),
    ("August this year", False, "2024-08"),
    ("May last year", False, "2023-05"),
    ("mid-January", False, "2024-01"),
    # weekdays
    ("on Tuesday", False, "2024-03-12"),
    ("Thursday", False, "2024-03-14"),
    ("on Friday", False, "2024-03-08"),
    ("on Friday", True, "2024-03-15"),
    ("last Thursday", False, "2024-03-07"),
    ("next Thursday", False, "2024-03-21"),
    ("Wednesday (March 13)", False, "2024-03-13"),
    # parts of day keep day precision
    ("early on Tuesday", False, "2024-03-12"),
    ("Wednesday morning", False, "2024-03-13"),
    ("on Sunday afternoon", False, "2024-03-10"),
    ("earlier Wednesday", False, "2024-03-13"),
    # relative
    ("yesterday", False, "2024-03-13"),
    ("today", False, "2024-03-14"),
    ("tomorrow", True, "2024-03-15"),
    ("last month", False, "2024-02"),
    ("last year", False, "2023"),
    ("earlier this month", False, "2024-03"),
    ("next month", True, "2024-04"),
    ("next week", True, "2024-03-18/2024-03-24"),
    ("last week", False, "2024-03-04/2024-03-10"),
    ("earlier this week", False, "2024-03-11/2024-03-13"),
    ("three days ago", False, "2024-03-11"),
    ("two years ago", False, "2022"),
    # clock times with their day
    ("at 9:17 a.m. on Wednesday", False, "2024-03-13T09:17"),
    ("Tuesday at 6 p.m.", False, "2024-03-12T18:00"),
    ("10 a.m. local time Wednesday", False, "2024-03-13T10:00"),
    # ranges
    ("2018-2019", False, "2018/2019"),
    ("from 2021 to 2026", False, "2021/2026"),
    ("1950-53", False, "1950/1953"),
    ("2018–2019", False, "2018/2019"),
    ("April ― June 2019", False, "2019-04/2019-06"),
    ("from April to June", False, "2023-04/2023-06"),
    ("from January to March", False, "2024-01/2024-03"),
    ("from April to June 2019", False, "2019-04/2019-06"),
    ("the 1990s", False, "1990/1999"),
    ("the first quarter of 2023", False, "2023-01/2023-03"),
])
def test_expression_is_normalised(text: str, future: bool, expected: str) -> None:
    reading = read_expression(text, REF, future)
    assert reading is not None
    assert isinstance(reading.value, TimeValue)
    assert reading.value.iso() == expected


@pytest.mark.parametrize(("text", "clock"), [
    ("9:17 a.m.", Clock(9, 17)),
    ("at 10 a.m. local time", Clock(10, 0)),
    ("9pm", Clock(21, 0)),
    ("noon", Clock(12, 0)),
    ("between 9:17 a.m. and 9:26 a.m.", Clock(9, 17, (9, 26))),
    ("between 9:17 and 9:26 a.m.", Clock(9, 17, (9, 26))),
    ("at 1700 GMT", Clock(17, 0)),  # four digits with a time zone: a time, never the year 1700
    ("0930 ET", Clock(9, 30)),
    ("2015 UTC", Clock(20, 15)),
    ("from 8:30 to 10 pm", Clock(20, 30, (22, 0))),  # the first takes the second's am/pm
    ("between 11 am and noon", Clock(11, 0, (12, 0))),
    ("4pm-6pm", Clock(16, 0, (18, 0))),
    ("at 0200 HKT", Clock(2, 0)),  # the lexicon's zones
])
def test_clock_time_waits_for_its_day(text: str, clock: Clock) -> None:
    reading = read_expression(text, REF)
    assert reading is not None and reading.value == clock


@pytest.mark.parametrize(("text", "year"), [("two years ago", 2022), ("twenty years ago", 2004)])
def test_years_ago_counts_in_words(text: str, year: int) -> None:
    reading = read_expression(text, REF)
    assert reading is not None and isinstance(reading.value, TimeValue) and reading.value.start.year == year


@pytest.mark.parametrize("text", [
    "for 18 months", "four years", "more than 18 months", "five-year", "the last four months", "a year and a half",
    "his 12 years", "years", "three hours", "40-second", "over four years", "four years after 2019", "annual",
    "Earlier that day", "the end of the 1914-18", "13", "the weekend",
])
def test_durations_and_vague_phrases_are_not_dates(text: str) -> None:
    assert read_expression(text, REF) is None


@pytest.mark.parametrize("text", ["on Tuesday", "last month", "in May", "yesterday", "13 September", "next week"])
def test_relative_expressions_need_a_reference(text: str) -> None:
    assert read_expression(text, None) is None
    reading = read_expression(text, REF)
    assert reading is not None and reading.relative


@pytest.mark.parametrize("text", ["Sept. 13, 2023", "in April 2019", "2016", "2018-2019"])
def test_absolute_expressions_need_no_reference(text: str) -> None:
    reading = read_expression(text, None)
    assert reading is not None and not reading.relative


@pytest.mark.parametrize(("a", "b", "same"), [
    (TimeValue(Point(2023, 9, 13)), TimeValue(Point(2023, 9, 13, 11, 43, "time")), True),
    (TimeValue(Point(2023, 9, 13)), TimeValue(Point(2023, 9, 12)), False),
    (TimeValue(Point(2019, precision="year")), TimeValue(Point(2019, 4, precision="month")), True),
    (TimeValue(Point(2023, 9, 13)), TimeValue(Point(2023, 9, 13, 11, 43, "time"), Point(2023, 9, 13, 11, 53, "time")),
     True),
    (TimeValue(Point(2018, precision="year"), Point(2019, precision="year")), TimeValue(Point(2018, precision="year")),
     False),
])
def test_values_compare_at_the_coarser_precision(a: TimeValue, b: TimeValue, same: bool) -> None:
    assert same_time(a, b) is same
    assert same_time(b, a) is same
