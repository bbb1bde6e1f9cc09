"""Update markers `clean.context.update_marker` reads with their day in figures ('UPDATE 3-9-18 14:30', 'Update 11/4,
6 p.m.:'), and the lines of the same opening that are no marker (issue #16). Texts written for the test, no
publisher's text."""

from __future__ import annotations

import pytest

from newsprism.clean.context import update_marker


@pytest.mark.parametrize("marker", ["UPDATE 3-9-18 14:30", "Update 3-10-18 0915", "Update 11/4, 6 p.m.:",
                                    "[UPDATE 7/5/19 @ 9:40p.m.]", "UPDATE: 10/2/21 8:15 a.m. -", "Update 11/4"])
def test_update_markers_with_their_day_in_figures(marker: str) -> None:
    assert update_marker(marker)


@pytest.mark.parametrize("line", ["Update 11/4/2021 brought a second arrest in the case",
                                  "Update 3/4 of the county's radios by spring", "Update 2019",
                                  "UPDATE 3-9-18 1430 hours the road reopened"])
def test_a_line_going_on_after_the_day_is_no_update_marker(line: str) -> None:
    assert not update_marker(line)
