"""The story's own events against the background the articles recall (is_background), and on the example story."""

from __future__ import annotations

from datetime import date

import pytest

from newsprism.model import Report
from newsprism.timeline.events import is_background
from newsprism.values.moments import Point, TimeValue

STORY_DAYS = [date(2025, 3, 12), date(2025, 3, 11)]


def day(y: int, m: int, d: int) -> TimeValue:
    return TimeValue(Point(y, m, d, precision="day"))


@pytest.mark.parametrize(("value", "background"), [
    (day(2025, 3, 11), False),                                   # the day of the event
    (day(2025, 3, 9), False),                                    # two days before the first report
    (day(2025, 3, 3), True),                                     # over a week before
    (day(2025, 3, 18), False),                                   # what comes next
    (TimeValue(Point(2025, 3, precision="month")), False),       # the story's month
    (TimeValue(Point(2025, 2, precision="month")), True),        # last month
    (TimeValue(Point(2016, precision="year")), True),            # years ago
    (TimeValue(Point(2025, precision="year")), False),           # this year
    (TimeValue(Point(2021, precision="year"), Point(2026, precision="year")), True),  # a plan begun years ago
    (TimeValue(Point(2025, 3, 10, 6, 25, "time")), False),
])
def test_background_is_what_is_over_a_week_before_the_story(value: TimeValue, background: bool) -> None:
    assert is_background(value, STORY_DAYS) is background


def test_without_any_reference_date_nothing_is_background() -> None:
    assert is_background(TimeValue(Point(1990, precision="year")), []) is False


def test_the_example_story_keeps_its_own_events_and_recalls_the_inspection(example_report: Report) -> None:
    own = [t for t in example_report.timeline if not t.background]
    background = [t for t in example_report.timeline if t.background]
    assert any("collided" in e.text for t in own for e in t.evidence)
    assert [t.date for t in background] == ["2025-02"]
    assert "inspection" in background[0].what
