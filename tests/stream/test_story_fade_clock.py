"""Fading follows the dates of the items arriving, not the newest date seen: a late feed's items still find the
stories of their days (issue #17: grouping must not depend on arrival in date order)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from newsprism.stream.features import ItemFeatures, StreamItem, item_features
from newsprism.stream.stories import FADED, StoryConfig, group_stories

FLOOD = [
    ("Flood closes Marrow bridge", "The river Marrow burst its banks overnight and the old stone bridge was closed."),
    ("Marrow bridge shut as river floods", "Engineers closed the stone bridge after the Marrow rose two metres."),
    ("River flooding keeps Marrow bridge closed", "The flooded bridge over the Marrow stays closed for now."),
    ("Marrow flood: bridge closure", "Drivers face detours while the Marrow flood keeps the stone bridge closed."),
]
LIVE = [
    ("Quillby elects new mayor", "Voters in Quillby chose Tamsin Hale as mayor in Sunday's election."),
    ("Hale wins Quillby mayoral election", "Tamsin Hale won the Quillby mayoral election with 54 per cent."),
    ("Dorwen win the cup final", "Two goals from striker Pell gave Dorwen the cup in the final at Yarrow."),
    ("Pell double seals cup for Dorwen", "Striker Pell scored twice as Dorwen won the cup final."),
]
DAY = datetime(2026, 3, 2, 9, 0)


def items(pairs: list[tuple[str, str]], prefix: str, start: datetime) -> list[ItemFeatures]:
    return [item_features(StreamItem(f"{prefix}{n}", title, lead, published=start + timedelta(hours=n)))
            for n, (title, lead) in enumerate(pairs)]


def interleaved(first: list[ItemFeatures], second: list[ItemFeatures]) -> list[ItemFeatures]:
    out = []
    for n in range(max(len(first), len(second))):
        out += first[n:n + 1] + second[n:n + 1]
    return out


def late_feed(gap_days: int) -> tuple[list[ItemFeatures], list[ItemFeatures], list[ItemFeatures]]:
    """Two flood reports, then a live feed ``gap_days`` later interleaved with the flood's two late reports."""
    early = items(FLOOD[:2], "early", DAY)
    late = items(FLOOD[2:], "late", DAY + timedelta(hours=2))
    live = items(LIVE, "live", DAY + timedelta(days=gap_days))
    return early, late, early + interleaved(live, late)


@pytest.mark.parametrize("gap_days", [10, 60])
def test_a_late_feed_joins_the_story_of_its_days_while_a_live_feed_runs_ahead(gap_days: int) -> None:
    early, late, stream = late_feed(gap_days)
    result = group_stories(stream, StoryConfig(fade_hours=72, merge_every=2))
    assert {result.assignment[i.id] for i in early + late} == {result.assignment["early0"]}
    kinds = [(d.kind, d.story, d.item) for d in result.decisions]
    last_late = max(n for n, (_, _, item) in enumerate(kinds) if item == late[-1].id)
    assert (FADED, result.assignment["early0"], None) not in kinds[:last_late]


def test_the_newest_date_as_the_clock_fades_the_story_the_late_feed_is_of() -> None:
    """The old clock (the newest date seen, ``fade_quantile`` 1) on the same stream: the flood story fades as the
    live feed arrives, and the late reports start another story."""
    _, _, stream = late_feed(10)
    result = group_stories(stream, StoryConfig(fade_hours=72, merge_every=2, fade_quantile=1.0))
    assert result.assignment["late1"] != result.assignment["early0"]
    assert result.assignment["early0"] in {d.story for d in result.decisions if d.kind == FADED}


def test_a_stream_in_date_order_still_fades_what_it_left_behind() -> None:
    early = items(FLOOD[:2], "early", DAY)
    live = items(LIVE, "live", DAY + timedelta(days=10))
    result = group_stories(early + live, StoryConfig(fade_hours=72, merge_every=2))
    assert result.assignment["early0"] in {d.story for d in result.decisions if d.kind == FADED}
