"""What says two articles report one event, for :class:`~newsprism.stream.stories.StoryGrouper` (issue #17).

Words say "same topic"; event keys (names and numbers of title and lead, :mod:`newsprism.stream.features`) and
time say "same event":

- **Key gate.** Where an item and a story both name keys, the item may join only if they share rare ones
  (``key_evidence``: summed IDF, each capped at ``idf_cap``, :func:`~newsprism.stream.scoring.evidence`).
- **Activity window.** A story spans its first to its latest article; an item more than ``window_hours``
  outside that span joins only on ``strong_evidence`` of keys that are the story's own (each key's rarity weighted
  by the share of the items naming it that are the story's, :func:`~newsprism.stream.scoring.own_evidence`), and
  two stories further apart never merge.
- **Splits.** A story whose members fall into groups that share no key rarer than ``split_key_idf`` has grown
  over two events: each later group of ``split_min`` or more members is split off.

:class:`EventRules` applies these to any story record with the fields of :class:`EventSpan`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from newsprism.stream import scoring
from newsprism.stream.features import ItemFeatures
from newsprism.stream.story_config import StoryConfig

OUT_OF_REACH, ON_EVIDENCE, IN_WINDOW = 0, 1, 2
"""What a story's gap says of an item joining it (:meth:`EventRules.reach`)."""


class EventSpan(Protocol):
    """What the event rules read of a story."""

    members: list[str]
    counts: dict[str, float]
    keyed: float
    """the summed weight of its event keys (0: it names none)"""
    first: datetime | None
    last: datetime | None
    held: dict[str, ItemFeatures]


def gap_hours(published: datetime | None, span: EventSpan) -> float:
    """Hours between a date and the story's dated span (0 inside it, or when either is undated)."""
    if published is None or span.first is None or span.last is None:
        return 0.0
    gap = max(span.first - published, published - span.last, timedelta(0))
    return gap.total_seconds() / 3600


class EventRules:
    """The key gate, the activity window and the split, with the stream's key rarity so far."""

    def __init__(self, config: StoryConfig, keys: scoring.KeyFrequency) -> None:
        self.config = config
        self.keys = keys

    def weigh(self, keys: list[str]) -> list[tuple[str, float]]:
        """An item's event keys with their capped IDF as the stream stands (:func:`~newsprism.stream.scoring.weigh`):
        worked out once per item, not once per story it is scored against."""
        return scoring.weigh(keys, self.keys, self.config.idf_cap)

    def support(self, weighed: list[tuple[str, float]], published: datetime | None, span: EventSpan) -> float | None:
        """The evidence that an item (its event keys, :meth:`weigh`, and its date) is of the story's event, or None
        when it may not join it: both name events and share too few keys, or it lies outside the story's activity
        window without strong evidence."""
        found = self.gate(weighed, span)
        return found if found is not None and self.in_reach(weighed, published, span) else None

    def gate(self, weighed: list[tuple[str, float]], span: EventSpan) -> float | None:
        """:meth:`support` for an item already known to be within the story's reach (the grouper's candidates are,
        :meth:`reach`): the key gate alone, so the date is checked once per candidate, not twice."""
        found = scoring.evidence(weighed, span.counts)
        return None if weighed and span.keyed and found < self.config.key_evidence else found

    def in_reach(self, weighed: list[tuple[str, float]], published: datetime | None, span: EventSpan) -> bool:
        """Whether the item's date lets it join the story: within the story's activity window (its dated span,
        widened by ``window_hours`` either side, however its articles arrived), or outside it but within
        ``reach_hours`` with strong evidence of the story's own keys."""
        c = self.config
        gap = gap_hours(published, span)
        return gap <= c.window_hours or (gap <= c.reach_hours and self.strong(weighed, span))

    def reach(self, gaps: NDArray[np.float64]) -> NDArray[np.int8]:
        """:meth:`in_reach` of many stories at once by their gaps (:class:`~newsprism.stream.spans.StorySpans`):
        :data:`IN_WINDOW` (it may join), :data:`ON_EVIDENCE` (only if :meth:`strong`) or :data:`OUT_OF_REACH`."""
        c = self.config
        verdict: NDArray[np.int8] = np.where(gaps <= c.window_hours, IN_WINDOW,
                                             np.where(gaps <= c.reach_hours, ON_EVIDENCE, OUT_OF_REACH)).astype(np.int8)
        return verdict

    def strong(self, weighed: list[tuple[str, float]], span: EventSpan) -> bool:
        """Whether the item's keys are strong evidence of the story's own (outside its window, within reach)."""
        return scoring.own_evidence(weighed, span.counts, self.keys) >= self.config.strong_evidence

    def may_merge(self, keep: EventSpan, gone: EventSpan) -> bool:
        """Two stories merge only within each other's window and, when both name events, on shared keys."""
        c = self.config
        found = scoring.evidence(self.weigh([t for t in gone.counts if scoring.is_key(t)]), keep.counts)
        if keep.keyed and gone.keyed and found < c.key_evidence:
            return False
        if self.specific(gone) and self.specific(keep) and not self.specific(gone) & self.specific(keep):
            return False  # a split would part them again
        near = gone.first is None or max(gap_hours(gone.first, keep), gap_hours(gone.last, keep)) <= c.window_hours
        return near or found >= c.strong_evidence

    def specific(self, span: EventSpan) -> set[str]:
        """The story's keys rare enough (``split_key_idf``) to link its members when looking for a split."""
        return {t for t in span.counts if scoring.is_key(t) and self.keys.idf(t) >= self.config.split_key_idf}

    def split_parts(self, span: EventSpan) -> list[list[str]]:
        """The later groups of members (``split_min`` or more each) that share no specific key with the story's
        first group, in their order: the story had grown over two events. Members naming no specific key stay."""
        c = self.config
        specific: dict[str, bool] = {}

        def is_specific(key: str) -> bool:
            found = specific.get(key)
            if found is None:
                found = specific[key] = self.keys.idf(key) >= c.split_key_idf
            return found

        members = [(m, span.held[m].keys) for m in span.members]
        return [p for p in scoring.key_parts(members, is_specific) if len(p) >= c.split_min][1:]
