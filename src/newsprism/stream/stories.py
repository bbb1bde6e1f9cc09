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
  ``dense_weight * dense_new`` in its place, so ``dense_new`` acts as the cosine a story must beat.
  Named entities enter as terms of their own (:mod:`newsprism.stream.features`).
- FastStream (Rakib and Asaduzzaman, 2021): an inverted index from terms to stories, so an item is scored
  against the stories it shares a term with only.

Merges: every ``merge_every`` items the active stories' term profiles are compared; two whose cosine reaches
``merge_threshold`` merge (the younger into the older), recorded as a :class:`Decision`. No item is ever
moved to another story after it joined one: stories never split, silently or not.

Every decision is data (:class:`Decision`): joined (with the log-odds margin over starting a new story),
started, merged, faded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from numpy.typing import NDArray

from newsprism.stream import scoring
from newsprism.stream.features import ENTITY_PREFIX, ItemFeatures

JOINED, STARTED, MERGED, FADED = "joined", "started", "merged", "faded"


@dataclass(frozen=True)
class StoryConfig:
    """Calibrated on the GoogleNews-TS clusters whose crc32(label) is even (74 of 152 stories, 5,746 items, in
    file order; see :mod:`newsprism.eval.clusters`); the odd half is held out."""

    alpha: float = 0.03
    """MStream's concentration; the paper's setting. 0.01-0.1 gave NMI 0.915-0.922 on the calibration half."""
    beta: float = 0.04
    """MStream's term smoothing: calibration NMI 0.904 (0.02), 0.918 (0.03, the paper's), 0.934 (0.04), 0.934
    (0.05, fewer stories). Smaller beta splits stories, larger merges them."""
    dense_weight: float = 80.0
    """Weight of the embedding cosine against the log-probability (whose differences run to tens of nats):
    calibration NMI without embeddings 0.934; with weight 40 / 80 and dense_new 0.4: 0.949 / 0.964 (before
    merging was added)."""
    dense_new: float = 0.4
    """The cosine standing in for a new story (0.3: 0.957, 0.4: 0.964 with weight 80)."""
    vocabulary_floor: int = 500
    """MStream's V is the vocabulary of the whole data set; online it is the vocabulary seen so far, which at the
    start of a stream is tiny and makes every word a story lacks very costly. V is taken as at least this (a
    few dozen articles' worth). Large floors merge stories: calibration NMI without embeddings 0.952 with V as
    seen, 0.799 with a floor of 10,000, 0.644 with 20,000; GoogleNews-TS passes 500 words within its first
    50 items, so the calibrated figures hold with this floor."""
    fade_hours: float = 72.0
    """Dated articles: a story fades three days after its latest article (not calibrated: GoogleNews-TS is a
    one-day crawl without dates)."""
    fade_items: int | None = 20000
    """Undated articles: a story fades after this many items without one for it. GoogleNews-TS is in no time
    order (its stories span the whole file), so any window shorter than the file splits them; 20,000 keeps
    every story of it alive."""
    merge_every: int = 500
    """Items between two merge checks."""
    merge_threshold: float = 0.6
    """Cosine of two stories' term profiles (their 50 heaviest terms) at which they merge. Calibration NMI without
    / with embeddings: no merging 0.934 / 0.959; 0.8: 0.938 / 0.964; 0.7: 0.944 / 0.966; 0.6: 0.952 / 0.974
    (9 / 5 merges); 0.5: 0.950 / 0.970 (17 / 8 merges, some wrong)."""
    merge_terms: int = 50


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
    """merged: the story merged into ``story`` (it is no longer active)"""
    score: float | None = None
    """joined: log-odds of the chosen story over a new one (> 0); started: log-odds of the new story over the
    best existing one (None when no story shared a term); merged: the profiles' cosine"""


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

    @property
    def id(self) -> str:
        return story_id(self.number)


def story_id(number: int) -> str:
    """Stories are numbered from 1 in the order they start."""
    return f"s{number + 1}"


class StoryGrouper:
    """Groups items into stories one at a time. Deterministic: the same items in the same order give the same
    stories and decisions."""

    def __init__(self, config: StoryConfig = StoryConfig()) -> None:
        self.config = config
        self.decisions: list[Decision] = []
        self._states: list[_State] = []
        self._index: dict[str, set[int]] = defaultdict(set)
        self._vocabulary: set[str] = set()
        self._seen = 0
        self._latest: datetime | None = None
        """the latest publication date seen: the stream's clock for fading"""

    def add(self, item: ItemFeatures) -> Decision:
        """Place one item: join the most probable active story or start a new one."""
        self._seen += 1
        if item.published is not None:
            self._latest = max(self._latest or item.published, item.published)
        self._vocabulary.update(item.terms)
        prepared = scoring.prepare(item.terms, self.config.beta)
        new_score = self._new_score(prepared, item)
        best, best_score = None, new_score
        for number in self._candidates(item):
            score = self._join_score(prepared, item, self._states[number])
            if score > best_score:
                best, best_score = number, score
        if best is None:
            state = _State(len(self._states))
            self._states.append(state)
            margin = self._runner_up(prepared, item, new_score)
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
        for state in self._states:
            if state.active and self._stale(state, self._latest):
                state.active = False
                self._unindex(state)
                self.decisions.append(Decision(FADED, state.id, self._seen))
        self._merge()

    def result(self) -> StoryResult:
        stories = [self._story(state) for state in self._states]
        assignment = {member: self._root(state).id for state in self._states for member in state.members}
        return StoryResult(stories, list(self.decisions), assignment)

    def _new_score(self, prepared: scoring.PreparedItem, item: ItemFeatures) -> float:
        c = self.config
        score = scoring.log_new(prepared, self._seen, self._vocabulary_size(), c.alpha, c.beta)
        return score + (c.dense_weight * c.dense_new if item.vector is not None else 0.0)

    def _join_score(self, prepared: scoring.PreparedItem, item: ItemFeatures, state: _State) -> float:
        c = self.config
        score = scoring.log_join(prepared, state.counts, state.total, len(state.members), self._vocabulary_size(),
                                 c.beta)
        if item.vector is not None:
            score += c.dense_weight * self._cosine(item.vector, state)
        return score

    def _vocabulary_size(self) -> int:
        return max(len(self._vocabulary), self.config.vocabulary_floor)

    def _runner_up(self, prepared: scoring.PreparedItem, item: ItemFeatures, new_score: float) -> float | None:
        scores = [self._join_score(prepared, item, self._states[n]) for n in self._candidates(item)]
        return new_score - max(scores) if scores else None

    @staticmethod
    def _cosine(vector: NDArray[np.float32], state: _State) -> float:
        if state.vector_sum is None:
            return 0.0
        norm = float(np.linalg.norm(state.vector_sum))
        return float(state.vector_sum @ vector) / norm if norm else 0.0

    def _candidates(self, item: ItemFeatures) -> list[int]:
        found: set[int] = set()
        for term in item.terms:
            found.update(self._index.get(term, ()))
        return sorted(n for n in found if not self._stale(self._states[n], item.published))

    def _stale(self, state: _State, published: datetime | None) -> bool:
        c = self.config
        if published is not None and state.last is not None:
            return published - state.last > timedelta(hours=c.fade_hours)
        return c.fade_items is not None and self._seen - state.last_position > c.fade_items

    def _absorb(self, state: _State, item: ItemFeatures) -> None:
        state.members.append(item.id)
        for term, weight in item.terms.items():
            state.counts[term] = state.counts.get(term, 0.0) + weight
            self._index[term].add(state.number)
        state.total += sum(item.terms.values())
        if item.vector is not None:
            vector = item.vector.astype(np.float64)
            state.vector_sum = vector if state.vector_sum is None else state.vector_sum + vector
        if item.published is not None:
            state.first = min(state.first or item.published, item.published)
            state.last = max(state.last or item.published, item.published)
        state.last_position = self._seen

    def _merge(self) -> None:
        active = [s for s in self._states if s.active]
        if len(active) < 2:
            return
        cosines = scoring.profile_cosines([s.counts for s in active], self.config.merge_terms)
        pairs = np.argwhere(np.triu(cosines >= self.config.merge_threshold, k=1))
        for i, j in pairs.tolist():  # row-major: older stories first, deterministic
            keep, gone = active[i], active[j]
            if keep.active and gone.active:
                self._fold(keep, gone)
                self.decisions.append(Decision(MERGED, keep.id, self._seen, other=gone.id,
                                               score=float(cosines[i, j])))

    def _fold(self, keep: _State, gone: _State) -> None:
        self._unindex(gone)
        keep.members.extend(gone.members)
        for term, weight in gone.counts.items():
            keep.counts[term] = keep.counts.get(term, 0.0) + weight
            self._index[term].add(keep.number)
        keep.total += gone.total
        if gone.vector_sum is not None:
            keep.vector_sum = gone.vector_sum if keep.vector_sum is None else keep.vector_sum + gone.vector_sum
        dates = [d for d in (keep.first, keep.last, gone.first, gone.last) if d is not None]
        keep.first, keep.last = (min(dates), max(dates)) if dates else (None, None)
        keep.last_position = max(keep.last_position, gone.last_position)
        gone.active, gone.merged_into = False, keep.number

    def _unindex(self, state: _State) -> None:
        for term in state.counts:
            self._index[term].discard(state.number)

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


def group_stories(items: Iterable[ItemFeatures], config: StoryConfig = StoryConfig()) -> StoryResult:
    """Group a whole stream in its order (the same as feeding :class:`StoryGrouper` one item at a time)."""
    grouper = StoryGrouper(config)
    for item in items:
        grouper.add(item)
    return grouper.result()
