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
``merge_threshold`` merge (the younger into the older), recorded as a :class:`Decision`, unless their event
keys or activity windows say they are two events.

One event per story (issue #17): an item may join a story only when, where both name event keys (names and
numbers of title and lead, :mod:`newsprism.stream.features`), they share enough rare ones, and only within the
story's activity window unless the evidence is strong; a TF-IDF view (words weighted by their rarity in the
stream) is added to MStream's score. Splits: at each maintenance a story whose members fall into two groups
that share no rare key is split (the later group becomes a new story), recorded as a ``split`` decision with
the items that moved.

Every decision is data (:class:`Decision`): joined (with the log-odds margin over starting a new story),
started, merged, faded.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from numpy.typing import NDArray

from newsprism.stream import scoring
from newsprism.stream.features import ENTITY_PREFIX, ItemFeatures

JOINED, STARTED, MERGED, FADED, SPLIT = "joined", "started", "merged", "faded", "split"


@dataclass(frozen=True)
class StoryConfig:
    """alpha, beta, dense_*, vocabulary_floor, merge_*: calibrated on the GoogleNews-TS clusters whose crc32(label)
    is even (74 of 152 stories, 5,746 items, in file order; see :mod:`newsprism.eval.clusters`).

    The event fields (window_hours .. split_key_idf, sparse_*, candidates; issue #17) were calibrated on the
    calibration stories (even crc32) of five corpora at once, newsprism-lexical in stream order: gunviolence
    incidents (2,009 pages), AllSides roundups (741), NeuS val (463), ECB+ train+dev (304) and GoogleNews-TS
    (5,746); the odd halves are held out (docs/stories.md has both). The grid (sparse_weight 0/50/200/400/1000,
    sparse_new 0.2/0.25/0.3/0.4, key_evidence 0/1/2/4, key_items_floor 100/1000, evidence_weight 0/1/3) picked
    the setting with the most corpora at or above the TF-IDF baseline."""

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
    window_hours: float = 96.0
    """A story's activity window: an item dated more than this before its first or after its latest article joins
    it only on ``strong_evidence`` (and two stories further apart never merge). Four days: gunviolence follow-ups
    (arrests, names released) mostly come within a few days; not swept (the dated corpora's figures did not move
    between runs with the window at 96 h and without it once the key gate was on)."""
    key_evidence: float = 1.0
    """Evidence (summed capped IDF of shared event keys, :func:`~newsprism.stream.scoring.evidence`) an item needs
    to join a story when both name an event key: two shootings in two towns share none. Calibration (sparse 1000):
    0 / 1 / 2 gave gunviolence B-cubed 0.849 / 0.854 / 0.847, ECB+ 0.890 / 0.919 / 0.890, NeuS val 0.828 / 0.782 /
    0.812 (NeuS's three outlets name different people: the gate costs there)."""
    strong_evidence: float = 8.0
    """Evidence an item needs to join a story outside its activity window: two rare keys (town and victim), since
    each counts at most ``idf_cap``. Not swept."""
    evidence_weight: float = 1.0
    """Nats of join score per unit of evidence: among the stories an item may join, the one sharing its rarer
    names wins. 0 and 3 moved AllSides and NeuS B-cubed by about +-0.03 and gunviolence by 0.004; 1 kept."""
    idf_cap: float = 5.0
    """A key's IDF counts at most this much (a key seen once so far is no stronger than a rare one). Not swept."""
    key_items_floor: int = 100
    """Key rarity (IDF) is reckoned over at least this many items (:class:`~newsprism.stream.scoring.KeyFrequency`):
    a key in 1 of the first 3 items is not common. 1,000 made common names look rare on the small corpora
    (AllSides B-cubed 0.555 vs 0.609 and NeuS val 0.511 vs 0.546 with 100, before the TF-IDF view)."""
    sparse_weight: float = 1000.0
    """Weight of the TF-IDF view: the cosine of the item's TF-IDF vector (terms weighted by their rarity in the
    stream so far) with the story's summed one, added to the log-probability as the dense view is. Calibration
    (sparse_new 0.2-0.3): 0 / 200 / 400 / 1000 gave gunviolence B-cubed - / 0.716 / 0.812 / 0.854, NeuS val 0.546 /
    0.765 / 0.787 / 0.782, GoogleNews-TS NMI 0.952 / 0.934 / 0.925 / 0.919: the lexical view of real articles
    needs word rarity that MStream's counts lack; GoogleNews-TS's stop-word-free snippets need it less."""
    sparse_new: float = 0.2
    """The TF-IDF cosine standing in for a new story (0.2 / 0.25 / 0.3: gunviolence B-cubed 0.854 / 0.847 / 0.838,
    ECB+ 0.919 / 0.890 / 0.827, NeuS val 0.782 / 0.812 / 0.795)."""
    candidates: int = 10
    """With the TF-IDF view, an item is scored against this many stories at most: the nearest by TF-IDF cosine
    (keeps grouping linear; the figures did not change against scoring every story sharing a term)."""
    split_min: int = 2
    """A story splits when at least two groups of this many members share no specific key. Not swept: with the
    key gate on, no calibration corpus triggered a split (stories there do not accrete), so this guards long
    streams; the tests show the split on a story that did grow over two events."""
    split_key_idf: float = 3.0
    """Keys at least this rare (IDF) link a story's members when looking for a split: a common name (a big city,
    a party) links events that are not one. IDF 3 is a key in under 5 % of the items. Not swept."""


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
        self._keys = scoring.KeyFrequency(config.key_items_floor)
        self._terms = scoring.KeyFrequency(config.key_items_floor)
        """document frequency of every term, for the TF-IDF view"""
        self._sparse: dict[str, float] = {}
        """the item being placed: its unit TF-IDF vector"""
        self._placing: ItemFeatures | None = None

    def add(self, item: ItemFeatures) -> Decision:
        """Place one item: join the most probable active story or start a new one."""
        self._seen += 1
        if item.published is not None:
            self._latest = max(self._latest or item.published, item.published)
        self._vocabulary.update(item.terms)
        keys = [t for t in item.terms if scoring.is_key(t)]
        self._keys.add(keys)
        self._terms.add(item.terms)
        self._sparse, self._placing = scoring.tfidf(item.terms, self._terms), item
        prepared = scoring.prepare(item.terms, self.config.beta)
        new_score = self._new_score(prepared, item)
        best, best_score = None, new_score
        candidates = self._candidates(item)
        for number in candidates:
            state = self._states[number]
            support = self._support(item, keys, state)
            if support is None:
                continue
            score = self._join_score(prepared, item, state) + self.config.evidence_weight * support
            if score > best_score:
                best, best_score = number, score
        if best is None:
            state = _State(len(self._states))
            self._states.append(state)
            margin = self._runner_up(prepared, item, new_score, candidates)
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
                state.active, state.held = False, {}
                self._unindex(state)
                self.decisions.append(Decision(FADED, state.id, self._seen))
        self._merge()
        for state in [s for s in self._states if s.active and len(s.held) >= 2 * self.config.split_min]:
            self._split(state)

    def result(self) -> StoryResult:
        stories = [self._story(state) for state in self._states]
        assignment = {member: self._root(state).id for state in self._states for member in state.members}
        return StoryResult(stories, list(self.decisions), assignment)

    def _new_score(self, prepared: scoring.PreparedItem, item: ItemFeatures) -> float:
        c = self.config
        score = scoring.log_new(prepared, self._seen, self._vocabulary_size(), c.alpha, c.beta)
        score += c.sparse_weight * c.sparse_new
        return score + (c.dense_weight * c.dense_new if item.vector is not None else 0.0)

    def _join_score(self, prepared: scoring.PreparedItem, item: ItemFeatures, state: _State) -> float:
        c = self.config
        score = scoring.log_join(prepared, state.counts, state.total, len(state.members), self._vocabulary_size(),
                                 c.beta)
        if item.vector is not None:
            score += c.dense_weight * self._cosine(item.vector, state)
        if c.sparse_weight and state.sparse_norm:
            dot = sum(v * state.sparse.get(t, 0.0) for t, v in self._sparse.items())
            score += c.sparse_weight * dot / state.sparse_norm
        return score

    def _support(self, item: ItemFeatures, keys: list[str], state: _State) -> float | None:
        """The evidence that the item is of the story's event, or None when it may not join it: both name events
        and share too few keys, or it lies outside the story's activity window without strong evidence."""
        c = self.config
        found = scoring.evidence(keys, state.counts, self._keys, c.idf_cap)
        if keys and state.keyed and found < c.key_evidence:
            return None
        if self._gap_hours(item.published, state) > c.window_hours and found < c.strong_evidence:
            return None
        return found

    @staticmethod
    def _gap_hours(published: datetime | None, state: _State) -> float:
        """Hours between a date and the story's dated span (0 inside it, or when either is undated)."""
        if published is None or state.first is None or state.last is None:
            return 0.0
        gap = max(state.first - published, published - state.last, timedelta(0))
        return gap.total_seconds() / 3600

    def _vocabulary_size(self) -> int:
        return max(len(self._vocabulary), self.config.vocabulary_floor)

    def _runner_up(self, prepared: scoring.PreparedItem, item: ItemFeatures, new_score: float,
                   candidates: list[int]) -> float | None:
        scores = [self._join_score(prepared, item, self._states[n]) for n in candidates]
        return new_score - max(scores) if scores else None

    @staticmethod
    def _cosine(vector: NDArray[np.float32], state: _State) -> float:
        if state.vector_sum is None:
            return 0.0
        norm = float(np.linalg.norm(state.vector_sum))
        return float(state.vector_sum @ vector) / norm if norm else 0.0

    def _candidates(self, item: ItemFeatures) -> list[int]:
        """The live stories sharing a term with the item; with the TF-IDF view, only the ``candidates`` nearest
        by TF-IDF cosine (so an item costs the same however many stories are live)."""
        dots: dict[int, float] = defaultdict(float)
        for term, weight in self._sparse.items():
            for number in self._index.get(term, ()):
                dots[number] += weight * self._states[number].sparse.get(term, 0.0)
        found = [n for n in dots if not self._stale(self._states[n], None)]
        if self.config.sparse_weight and len(found) > self.config.candidates:
            found = sorted(found, key=lambda n: (-dots[n] / (self._states[n].sparse_norm or 1.0), n))
            found = found[:self.config.candidates]
        return sorted(found)

    def _stale(self, state: _State, published: datetime | None) -> bool:
        c = self.config
        if published is not None and state.last is not None:
            return published - state.last > timedelta(hours=c.fade_hours)
        return c.fade_items is not None and self._seen - state.last_position > c.fade_items

    def _absorb(self, state: _State, item: ItemFeatures) -> None:
        state.members.append(item.id)
        state.held[item.id] = item
        for term, weight in item.terms.items():
            state.counts[term] = state.counts.get(term, 0.0) + weight
            self._index[term].add(state.number)
            if scoring.is_key(term):
                state.keyed += weight
        state.total += sum(item.terms.values())
        self._add_sparse(state, self._sparse if item is self._placing else scoring.tfidf(item.terms, self._terms))
        if item.vector is not None:
            vector = item.vector.astype(np.float64)
            state.vector_sum = vector if state.vector_sum is None else state.vector_sum + vector
        if item.published is not None:
            state.first = min(state.first or item.published, item.published)
            state.last = max(state.last or item.published, item.published)
        state.last_position = self._seen

    @staticmethod
    def _add_sparse(state: _State, vector: dict[str, float]) -> None:
        dot = sum(v * state.sparse.get(t, 0.0) for t, v in vector.items())
        for term, weight in vector.items():
            state.sparse[term] = state.sparse.get(term, 0.0) + weight
        state.sparse_norm = math.sqrt(max(0.0, state.sparse_norm ** 2 + 2 * dot + 1.0))

    def _merge(self) -> None:
        active = [s for s in self._states if s.active]
        if len(active) < 2:
            return
        cosines = scoring.profile_cosines([s.counts for s in active], self.config.merge_terms)
        pairs = np.argwhere(np.triu(cosines >= self.config.merge_threshold, k=1))
        for i, j in pairs.tolist():  # row-major: older stories first, deterministic
            keep, gone = active[i], active[j]
            if keep.active and gone.active and self._may_merge(keep, gone):
                self._fold(keep, gone)
                self.decisions.append(Decision(MERGED, keep.id, self._seen, other=gone.id,
                                               score=float(cosines[i, j])))

    def _may_merge(self, keep: _State, gone: _State) -> bool:
        """Two stories merge only within each other's window and, when both name events, on shared keys."""
        c = self.config
        keys = [t for t in gone.counts if scoring.is_key(t)]
        found = scoring.evidence(keys, keep.counts, self._keys, c.idf_cap)
        if keep.keyed and gone.keyed and found < c.key_evidence:
            return False
        if self._specific(gone) and self._specific(keep) and not self._specific(gone) & self._specific(keep):
            return False  # a split would part them again
        near = gone.first is None or max(self._gap_hours(gone.first, keep), self._gap_hours(gone.last, keep)) <= \
            c.window_hours
        return near or found >= c.strong_evidence

    def _specific(self, state: _State) -> set[str]:
        return {t for t in state.counts if scoring.is_key(t) and self._keys.idf(t) >= self.config.split_key_idf}

    def _fold(self, keep: _State, gone: _State) -> None:
        self._unindex(gone)
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
            self._index[term].add(keep.number)
        keep.total += gone.total
        if gone.vector_sum is not None:
            keep.vector_sum = gone.vector_sum if keep.vector_sum is None else keep.vector_sum + gone.vector_sum
        dates = [d for d in (keep.first, keep.last, gone.first, gone.last) if d is not None]
        keep.first, keep.last = (min(dates), max(dates)) if dates else (None, None)
        keep.last_position = max(keep.last_position, gone.last_position)
        gone.active, gone.merged_into = False, keep.number

    def _split(self, state: _State) -> None:
        """Split off each later group of members that shares no specific key with the story's first group (when
        both groups have ``split_min`` members): the story had grown over two events. Members naming no specific
        key stay."""
        c = self.config
        members = [(m, [t for t in state.held[m].terms if scoring.is_key(t)]) for m in state.members]
        parts = [p for p in scoring.key_parts(members, lambda k: self._keys.idf(k) >= c.split_key_idf)
                 if len(p) >= c.split_min]
        for part in parts[1:]:
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
        fresh = _State(len(self._states))
        self._states.append(fresh)
        for target, group in ((state, kept), (fresh, items)):
            target.members, target.counts, target.total, target.held = [], {}, 0.0, {}
            target.vector_sum, target.first, target.last, target.keyed = None, None, None, 0.0
            target.sparse, target.sparse_norm = {}, 0.0
            for item in group:
                self._absorb(target, item)
            target.last_position = positions

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
