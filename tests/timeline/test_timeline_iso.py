"""The report's dates read back: one parser (values.moments) for the HTML timeline and the dated-conflict check."""

from __future__ import annotations

import pytest

from newsprism.values.moments import Point, TimeValue


@pytest.mark.parametrize("point", [
    Point(2016, precision="year"), Point(2019, 4, precision="month"), Point(2025, 3, 11, precision="day"),
    Point(2025, 3, 11, 6, 25, "time"), Point(2024, 2, 29, 23, 59, "time"),
])
def test_a_point_reads_back_what_it_writes(point: Point) -> None:
    assert Point.parse(point.iso()) == point


@pytest.mark.parametrize("iso", ["2025-02-29", "2019-13", "2019-04-01T24:00", "April 2019", "19-04", ""])
def test_no_point_from_an_impossible_or_foreign_date(iso: str) -> None:
    assert Point.parse(iso) is None


def test_ranges_read_back() -> None:
    value = TimeValue(Point(2021, precision="year"), Point(2026, precision="year"))
    assert TimeValue.parse(value.iso()) == value
    assert TimeValue.parse("2021/x") is None and TimeValue.parse("2019/2020/2021") is None
