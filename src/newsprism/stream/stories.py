"""Online story grouping: each arriving article joins a story or starts one, in one pass.

What the design takes from the published stream-clustering methods:

- MStream (Yin et al., KDD 2018): the decision. An item joins the story with the highest Dirichlet-multinomial
  mixture probability, or starts a new story when the Dirichlet-process "new table" probability (alpha) is
  higher (:mod:`newsprism.stream.scoring`). One pass, no fixed number of stories, no similarity threshold for
  the words: the probability weighs shared words by how concentrated the story is on them. We take the most
  probable choice instead of sampling it, so the same input in the same order gives the same stories.
- MStreamF (same paper): forgetting. A story that receives nothing for a while fades (``fade_hours`` when the
  articles are dated, else ``fade_items``): it is no longer offered to new items, and stays in the result.
- Miranda et al. ("Multilingual Clustering of Streaming News", EMNLP 2018): several views of an article combine
  into one score, with time. Here the dense view (the cosine of the item's embedding with the story's mean
  embedding) is added to the lexical log-probability with weight ``dense_weight``; a new story gets
  ``dense_weight * dense_new`` in its place, so ``dense_new`` acts as the cosine a story must beat. That cosine
  follows what the item carries (its length, whether it names anyone): an item is asked for the share of the
  cosine a same-story item of its kind is expected to reach (:class:`~newsprism.stream.story_config.SameStoryCosine`).
  Named entities enter as terms of their own (:mod:`newsprism.stream.features`).
- FastStream (Rakib and Asaduzzaman, 2021): an inverted index from terms to stories, so an item is scored
  against the stories it shares a term with only; its postings carry the stories' TF-IDF weights and the
  ``candidates`` nearest are found by one vectorised scan of the item's terms' postings
  (:mod:`newsprism.stream.postings`), so many live stories sharing common words cost little.

Merges: every ``merge_every`` items the active stories' term profiles are compared; two whose cosine reaches
``merge_threshold`` merge (the younger into the older), recorded as a :class:`Decision`, unless their event
keys or activity windows say they are two events.

One event per story (issue #17, :mod:`newsprism.stream.events`): event keys and each story's activity window
gate joins and merges, a TF-IDF view (words weighted by their rarity in the stream) is added to MStream's score,
and a story grown over two events is split, recorded as a ``split`` decision with the items that moved.

Every decision is data (:class:`Decision`): joined (with the log-odds margin over starting a new story),
started, merged, faded.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from numpy.typing import NDArray

from newsprism.stream import scoring
from newsprism.stream.events import IN_WINDOW, ON_EVIDENCE, OUT_OF_REACH, EventRules
from newsprism.stream.features import ENTITY_PREFIX, ItemFeatures
from newsprism.stream.postings import StoryPostings
from newsprism.stream.spans import StorySpans
from newsprism.stream.story_config import StoryConfig
from newsprism.stream.story_records import (
    FADED,
    JOINED,
    MERGED,
    SPLIT,
    STARTED,
    Decision,
    Story,
    StoryResult,
    story_id,
)

__all__ = ["FADED", "JOINED", "MERGED", "SPLIT", "STARTED", "Decision", "Story", "StoryConfig", "StoryGrouper",
           "StoryResult", "group_stories", "story_id"]

DEFAULT_CONFIG = StoryConfig()
"""ingest's grouping (:mod:`newsprism.stream.story_config`)"""


@dataclass(eq=False)
class _State:
    number: int
    members: list[str] = field(default_factory=list)
    counts: dict[str, float] = field(default_factory=dict)
    total: float = 0.0
    vector_sum: NDArray[np.float64] | None = None
    first: datetime | None = None
    last: datetime | None = None
    last_position: int = 0
    active: bool = True
    merged_into: int | None = None
    sparse: dict[str, float] = field(default_factory=dict)
    """the sum of its members' unit TF-IDF vectors (IDF as of each one's arrival)"""
    sparse_norm: float = 0.0
    keyed: float = 0.0
    """the summed weight of its event keys (0: it names none)"""
    held: dict[str, ItemFeatures] = field(default_factory=dict)
    """its members' features while it is active (to split it); dropped when it fades"""
    profile: scoring.ProfileRow | None = None
    """its cut term profile for the merge check, kept until its counts change"""

    @property
    def id(self) -> str:
        return story_id(self.number)


class StoryGrouper:
    """Groups items into stories one at a time. Deterministic: the same items in the same order give the same
    stories and decisions."""

    def __init__(self, config: StoryConfig = DEFAULT_CONFIG) -> None:
        self.config = config
        self.decisions: list[Decision] = []
        self._states: list[_State] = []
        self._active: dict[int, _State] = {}
        """the active stories by number, oldest first (a merge check or fade reads these, not every story)"""
        self._postings = StoryPostings()
        """term -> the live stories holding it, with its weight in each one's TF-IDF sum (:meth:`_candidates`)"""
        self._spans = StorySpans()
        """each story's dated span and last position, as arrays (:meth:`_reach`)"""
        self._vocabulary: set[str] = set()
        self._seen = 0
        self._arrived: list[datetime] = []
        """the dates of the dated items placed since the last maintenance: the stream's clock for fading
        (:meth:`_clock`)"""
        self._keys = scoring.KeyFrequency(config.key_items_floor)
        self._events = EventRules(config, self._keys)
        self._terms = scoring.KeyFrequency(config.key_items_floor)
        """document frequency of every term, for the TF-IDF view"""
        self._sparse: dict[str, float] = {}
        """the item being placed: its unit TF-IDF vector"""
        self._placing: ItemFeatures | None = None
        self._dots: dict[int, float] = {}
        """the item being placed: its TF-IDF dot product with each story sharing a term (:meth:`_candidates`)"""

    def add(self, item: ItemFeatures) -> Decision:
        """Place one item: join the most probable active story or start a new one."""
        self._seen += 1
        if item.published is not None:
            self._arrived.append(item.published)
        self._vocabulary.update(item.terms)
        self._keys.add(item.keys)
        self._terms.add(item.terms)
        self._sparse, self._placing = scoring.tfidf(item.terms, self._terms), item
        prepared = scoring.prepare(item.terms, self.config.beta)
        new_score = self._new_score(prepared, item, bool(item.keys))
        best, best_score = None, new_score
        weighed, joins = self._events.weigh(item.keys), {}
        candidates = self._candidates(item, weighed)
        for number in candidates:
            state = self._states[number]
            support = self._events.gate(weighed, state)  # every candidate is within the item's reach
            if support is None:
                continue
            joins[number] = self._join_score(prepared, item, state)
            score = joins[number] + self.config.evidence_weight * support
            if score > best_score:
                best, best_score = number, score
        if best is None:
            state = self._start()
            margin = self._runner_up(prepared, item, new_score, candidates, joins)
            decision = Decision(STARTED, state.id, self._seen, item.id, score=margin)
        else:
            state = self._states[best]
            decision = Decision(JOINED, state.id, self._seen, item.id, score=best_score - new_score)
        self._absorb(state, item)
        self.decisions.append(decision)
        if self._seen % self.config.merge_every == 0:
            self.maintain()
        return decision

    def maintain(self) -> None:
        """Fade the stories that have been quiet too long, then merge the active stories that converged."""
        clock, self._arrived = self._clock(), []
        for state in list(self._active.values()):
            if self._stale(state, clock):
                state.held = {}
                self._retire(state)
                self.decisions.append(Decision(FADED, state.id, self._seen))
        self._merge()
        for state in [s for s in self._active.values() if len(s.held) >= 2 * self.config.split_min]:
            self._split(state)
        self._postings.refresh()

    def result(self) -> StoryResult:
        stories = [self._story(state) for state in self._states]
        assignment = {member: self._root(state).id for state in self._states for member in state.members}
        return StoryResult(stories, list(self.decisions), assignment)

    def _new_score(self, prepared: scoring.PreparedItem, item: ItemFeatures, keyed: bool) -> float:
        """A new story's score: MStream's, plus the cosines a new story stands for, scaled to what the item carries
        (:meth:`~newsprism.stream.story_config.StoryConfig.new_cosines`)."""
        c = self.config
        sparse_new, dense_new = c.new_cosines(prepared.total, keyed)
        score = scoring.log_new(prepared, self._seen, self._vocabulary_size(), c.alpha, c.beta)
        score += c.sparse_weight * sparse_new
        return score + (c.vector_weight * dense_new if item.vector is not None else 0.0)

    def _join_score(self, prepared: scoring.PreparedItem, item: ItemFeatures, state: _State) -> float:
        c = self.config
        score = scoring.log_join(prepared, state.counts, state.total, len(state.members), self._vocabulary_size(),
                                 c.beta)
        if item.vector is not None:
            score += c.vector_weight * self._cosine(item.vector, state)
        if c.sparse_weight and state.sparse_norm:  # the TF-IDF dot product _candidates summed (the same sum)
            score += c.sparse_weight * self._dots.get(state.number, 0.0) / state.sparse_norm
        return score

    def _vocabulary_size(self) -> int:
        return max(len(self._vocabulary), self.config.vocabulary_floor)

    def _runner_up(self, prepared: scoring.PreparedItem, item: ItemFeatures, new_score: float,
                   candidates: list[int], joins: dict[int, float]) -> float | None:
        """The log-odds of a new story over the best candidate (``joins``: the join scores already worked out)."""
        scores = [joins[n] if n in joins else self._join_score(prepared, item, self._states[n]) for n in candidates]
        return new_score - max(scores) if scores else None

    @staticmethod
    def _cosine(vector: NDArray[np.float32], state: _State) -> float:
        if state.vector_sum is None:
            return 0.0
        norm = float(np.linalg.norm(state.vector_sum))
        return float(state.vector_sum @ vector) / norm if norm else 0.0

    def _candidates(self, item: ItemFeatures, weighed: list[tuple[str, float]]) -> list[int]:
        """The live stories sharing a term with the item that its date lets it join
        (:meth:`~newsprism.stream.events.EventRules.in_reach`, all at once: :meth:`_reach`); with the TF-IDF view,
        only the ``candidates`` nearest by TF-IDF cosine (:meth:`~newsprism.stream.postings.StoryPostings.nearest`).
        A story out of the item's reach takes no candidate's place, whatever order the stream comes in."""
        states, rules = self._states, self._events

        def reach(numbers: NDArray[np.int64]) -> NDArray[np.int8]:
            return self._reach(numbers, item.published)

        def strong(number: int) -> bool:
            return rules.strong(weighed, states[number])

        if self.config.sparse_weight:
            found, self._dots = self._postings.nearest(self._sparse, self.config.candidates, strong, reach)
            return found
        self._dots = self._postings.dots(self._sparse)
        numbers = np.fromiter(self._dots, dtype=np.int64, count=len(self._dots))
        verdicts = reach(numbers).tolist()
        return sorted(n for n, said in zip(numbers.tolist(), verdicts, strict=True)
                      if said == IN_WINDOW or (said == ON_EVIDENCE and strong(n)))

    def _reach(self, numbers: NDArray[np.int64], published: datetime | None) -> NDArray[np.int8]:
        """Per story: whether the item may join it by date (:meth:`~newsprism.stream.events.EventRules.reach`), out
        of reach too when it has not taken an item in ``fade_items`` (:meth:`_stale` of an undated item)."""
        verdicts = self._events.reach(self._spans.gap_hours(numbers, published))
        verdicts[self._spans.quiet(numbers, self._seen, self.config.fade_items)] = OUT_OF_REACH
        return verdicts

    def _clock(self) -> datetime | None:
        """Where the stream's arrivals stand in time: the ``fade_quantile`` of the dates of the items placed since the
        last maintenance (None: none was dated). Not the newest date seen: that assumes arrival in date order, and a
        backfill, a late feed or a shuffled stream would fade the stories their next items are of. A story fades
        once the arrivals have all but left its window behind, whatever order they come in."""
        if not self._arrived:
            return None
        dates = sorted(self._arrived)
        return dates[int(self.config.fade_quantile * (len(dates) - 1))]

    def _stale(self, state: _State, published: datetime | None) -> bool:
        c = self.config
        if published is not None and state.last is not None:
            return published - state.last > timedelta(hours=c.fade_hours)
        return c.fade_items is not None and self._seen - state.last_position > c.fade_items

    def _absorb(self, state: _State, item: ItemFeatures) -> None:
        state.members.append(item.id)
        state.held[item.id] = item
        state.profile = None
        for term, weight in item.terms.items():
            state.counts[term] = state.counts.get(term, 0.0) + weight
            if scoring.is_key(term):
                state.keyed += weight
        state.total += sum(item.terms.values())
        sparse = self._sparse if item is self._placing else scoring.tfidf(item.terms, self._terms)
        self._add_sparse(state, sparse)
        self._postings.put(state.number, state.sparse, sparse, state.sparse_norm)
        if item.vector is not None:
            vector = item.vector.astype(np.float64)
            state.vector_sum = vector if state.vector_sum is None else state.vector_sum + vector
        if item.published is not None:
            state.first = min(state.first or item.published, item.published)
            state.last = max(state.last or item.published, item.published)
        state.last_position = self._seen
        self._note(state)

    @staticmethod
    def _add_sparse(state: _State, vector: dict[str, float]) -> None:
        dot = sum(v * state.sparse.get(t, 0.0) for t, v in vector.items())
        for term, weight in vector.items():
            state.sparse[term] = state.sparse.get(term, 0.0) + weight
        state.sparse_norm = math.sqrt(max(0.0, state.sparse_norm ** 2 + 2 * dot + 1.0))

    def _merge(self) -> None:
        active = list(self._active.values())
        if len(active) < 2:
            return
        rows = [self._profile(s) for s in active]
        for i, j, cosine in scoring.close_profiles(rows, self.config.merge_threshold):  # row-major: older first
            keep, gone = active[i], active[j]
            if keep.active and gone.active and self._events.may_merge(keep, gone):
                self._fold(keep, gone)
                self.decisions.append(Decision(MERGED, keep.id, self._seen, other=gone.id, score=cosine))

    def _profile(self, state: _State) -> scoring.ProfileRow:
        if state.profile is None:
            state.profile = scoring.profile_row(state.counts, self.config.merge_terms)
        return state.profile

    def _fold(self, keep: _State, gone: _State) -> None:
        keep.members.extend(gone.members)
        keep.held.update(gone.held)
        gone.held = {}
        keep.keyed += gone.keyed
        dot = sum(v * keep.sparse.get(t, 0.0) for t, v in gone.sparse.items())
        for term, weight in gone.sparse.items():
            keep.sparse[term] = keep.sparse.get(term, 0.0) + weight
        keep.sparse_norm = math.sqrt(max(0.0, keep.sparse_norm ** 2 + 2 * dot + gone.sparse_norm ** 2))
        for term, weight in gone.counts.items():
            keep.counts[term] = keep.counts.get(term, 0.0) + weight
        keep.profile = None
        self._postings.put(keep.number, keep.sparse, gone.sparse, keep.sparse_norm)
        keep.total += gone.total
        if gone.vector_sum is not None:
            keep.vector_sum = gone.vector_sum if keep.vector_sum is None else keep.vector_sum + gone.vector_sum
        dates = [d for d in (keep.first, keep.last, gone.first, gone.last) if d is not None]
        keep.first, keep.last = (min(dates), max(dates)) if dates else (None, None)
        keep.last_position = max(keep.last_position, gone.last_position)
        self._note(keep)
        self._retire(gone)
        gone.merged_into = keep.number

    def _split(self, state: _State) -> None:
        """Split off each later group of members that shares no specific key with the story's first group
        (:meth:`~newsprism.stream.events.EventRules.split_parts`)."""
        for part in self._events.split_parts(state):
            self._move(state, part)
            self.decisions.append(Decision(SPLIT, self._states[-1].id, self._seen, other=state.id,
                                           score=float(len(part)), members=tuple(part)))

    def _move(self, state: _State, part: list[str]) -> None:
        """Rebuild the story without ``part``, and a new story of ``part`` (its members in their order)."""
        moved = set(part)
        kept = [state.held[m] for m in state.members if m not in moved]
        items = [state.held[m] for m in part]
        positions = state.last_position
        self._unindex(state)
        fresh = self._start()
        for target, group in ((state, kept), (fresh, items)):
            target.members, target.counts, target.total, target.held = [], {}, 0.0, {}
            target.vector_sum, target.first, target.last, target.keyed = None, None, None, 0.0
            target.sparse, target.sparse_norm, target.profile = {}, 0.0, None
            for item in group:
                self._absorb(target, item)
            target.last_position = positions
            self._note(target)

    def _note(self, state: _State) -> None:
        self._spans.note(state.number, state.first, state.last, state.last_position)

    def _start(self) -> _State:
        state = _State(len(self._states))
        self._states.append(state)
        self._active[state.number] = state
        return state

    def _retire(self, state: _State) -> None:
        """The story faded or merged: no longer active, no longer a candidate."""
        state.active = False
        self._active.pop(state.number, None)
        self._unindex(state)

    def _unindex(self, state: _State) -> None:
        self._postings.remove(state.number)

    def _root(self, state: _State) -> _State:
        while state.merged_into is not None:
            state = self._states[state.merged_into]
        return state

    def _story(self, state: _State) -> Story:
        terms = sorted(state.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        entities = tuple((t[len(ENTITY_PREFIX):], w) for t, w in terms if t.startswith(ENTITY_PREFIX))
        top = tuple(t for t, _ in terms if not t.startswith(ENTITY_PREFIX))[:10]
        merged = None if state.merged_into is None else story_id(state.merged_into)
        return Story(state.id, tuple(state.members), top, entities, state.first, state.last, state.active, merged)


def group_stories(items: Iterable[ItemFeatures], config: StoryConfig = DEFAULT_CONFIG) -> StoryResult:
    """Group a whole stream in its order (the same as feeding :class:`StoryGrouper` one item at a time)."""
    grouper = StoryGrouper(config)
    for item in items:
        grouper.add(item)
    return grouper.result()
