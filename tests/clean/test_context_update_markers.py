"""Update markers `clean.context.update_marker` reads with their time first or in brackets, and the
sentences and asides of the same shape that are no marker (issue #16). Texts written for the test, no publisher's
text."""

from __future__ import annotations

import pytest

from newsprism.clean.context import update_marker


@pytest.mark.parametrize("marker", ["8:45 p.m. update", "4:20 P.M. UPDATE:"])
def test_update_markers_with_the_time_first(marker: str) -> None:
    assert update_marker(marker)


def test_a_sentence_opening_with_a_time_is_no_update_marker() -> None:
    assert not update_marker("8:45 p.m. updates were given to the council")


@pytest.mark.parametrize("marker", ["Update (6:20 a.m. Sunday)", "Original story (10:35 p.m. Saturday)",
                                    "UPDATE (4/12 at 1:25 p.m.):"])
def test_update_markers_with_their_time_in_brackets(marker: str) -> None:
    assert update_marker(marker)


def test_a_bracketed_aside_is_no_update_marker() -> None:
    assert not update_marker("Update (see below)")
