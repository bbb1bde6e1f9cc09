"""The stream grouping's records (:mod:`newsprism.stream.stories`): each decision taken, each story as the stream
left it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

JOINED, STARTED, MERGED, FADED, SPLIT = "joined", "started", "merged", "faded", "split"


@dataclass(frozen=True)
class Decision:
    """One step of the grouping, in the order it was taken."""

    kind: str
    """'joined', 'started', 'merged' or 'faded'"""
    story: str
    """the story joined, started, merged into, or faded"""
    position: int
    """how many items had arrived when it was decided"""
    item: str | None = None
    """joined / started: the item"""
    other: str | None = None
    """merged: the story merged into ``story`` (it is no longer active); split: the story split off from"""
    score: float | None = None
    """joined: log-odds of the chosen story over a new one (> 0); started: log-odds of the new story over the
    best existing one (None when no story shared a term); merged: the profiles' cosine; split: how many items
    moved"""
    members: tuple[str, ...] = ()
    """split: the items that moved to the new story ``story``"""


@dataclass(frozen=True)
class Story:
    """A story as the stream left it."""

    id: str
    members: tuple[str, ...]
    """item ids in arrival order (with those of stories merged into it)"""
    top_terms: tuple[str, ...]
    entities: tuple[tuple[str, float], ...]
    """entity names and their weights, heaviest first"""
    first_published: datetime | None
    last_published: datetime | None
    active: bool
    """False once faded or merged"""
    merged_into: str | None = None


@dataclass(frozen=True)
class StoryResult:
    stories: list[Story]
    decisions: list[Decision]
    assignment: dict[str, str]
    """item id -> the id of the story it ended in (merges followed)"""


def story_id(number: int) -> str:
    """Stories are numbered from 1 in the order they start."""
    return f"s{number + 1}"
