"""A joint subject's gap is read word by word up to the first word that is no glue, never cut whole (issue #20: every
later mention's gap, up to the end of the article, was split into words), with the same answers as cutting it."""

from __future__ import annotations

from typing import SupportsIndex

import pytest

from newsprism.quotes import joint


class _Cut(str):
    """A gap that records whether it was cut into words whole."""

    cuts = 0

    def split(self, sep: str | None = None, maxsplit: SupportsIndex = -1) -> list[str]:
        _Cut.cuts += 1
        return super().split(sep, maxsplit)


def test_a_long_gap_is_not_cut_whole() -> None:
    _Cut.cuts = 0
    gap = _Cut(" and the ferry board met on Tuesday." + " The pier will open in May." * 2_000)
    assert joint._glue(gap) is False
    assert _Cut.cuts == 0


@pytest.mark.parametrize("gap", ["", " ", " and ", " and the ", ", and Mr. ", " and Dr.\u00a0", " and\u2003the ",
                                 " and\x1cthe ", " and fellow ", " and Gov. Ana ", "\n and Sen. "])
def test_the_answer_is_the_split_one(gap: str) -> None:
    assert joint._glue(gap) == all(word.strip(",.").lower() in joint._GLUE for word in gap.split())
