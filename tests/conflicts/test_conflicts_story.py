"""Conflicts on whole stories: the example's planted errors and the seeds' 2016/2019 disagreement."""

from __future__ import annotations

from newsprism.conflicts import find_conflicts
from newsprism.model import Conflict


def _sides(conflict: Conflict) -> list[tuple[str, list[str], int]]:
    return [(s.claim, sorted(e.article for e in s.evidence), s.origins) for s in conflict.sides]


def test_example_planted_errors_and_nothing_else(example_story) -> None:
    conflicts = find_conflicts(example_story)
    assert sorted(c.kind for c in conflicts) == ["date", "number"]
    number = next(c for c in conflicts if c.kind == "number")
    # the wire and its reprint are one origin; the Observer and the feed report the figure on their own
    assert _sides(number) == [("14 people", ["01-wire", "02-reprint", "04-independent", "06-feed"], 3),
                              ("41 people", ["rewrite-daily"], 1)]
    date = next(c for c in conflicts if c.kind == "date")
    assert _sides(date)[1] == ("Monday", ["rewrite-daily"], 1)
    assert _sides(date)[0][:2] == ("Tuesday", ["01-wire", "02-reprint", "04-independent"])
    assert "rewrite-daily" in number.explanation and '"41 people"' in number.explanation


def test_seeds_previous_visit_2016_against_april_2019_and_no_false_conflicts(seeds_story) -> None:
    conflicts = find_conflicts(seeds_story)
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict.kind == "date"
    claims = {s.claim: s for s in conflict.sides}
    assert set(claims) == {"2016", "April 2019"}
    assert [e.article[:3] for e in claims["2016"].evidence] == ["004"]
    assert (claims["2016"].articles, claims["2016"].origins) == (1, 1)
    # 000 and 002 date it; 001 and 003 (a rewrite of it: one origin) say every trip abroad was in 2018-2019
    assert sorted(e.article[:3] for e in claims["April 2019"].evidence) == ["000", "001", "002", "003"]
    assert (claims["April 2019"].articles, claims["April 2019"].origins) == (4, 3)
    assert "Moscow" in claims["2016"].evidence[0].text and "Vladivostok" in conflict.explanation


def test_without_encoder_dated_check_is_skipped(seeds_story) -> None:
    from dataclasses import replace

    assert find_conflicts(replace(seeds_story, encoder=None)) == []
