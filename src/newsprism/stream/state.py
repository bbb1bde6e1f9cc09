"""What a stream run knows before it reads on, rebuilt from the store when it starts.

The near-duplicate index and the story grouper are not saved as such: the store keeps every placed article's
signatures and features in stream order (``stream_items``, see ``store/migrations/002_stream.sql``), and
:func:`load_state` feeds them again, batch by batch, to a fresh :class:`~newsprism.stream.dedup.Deduplicator`
(:meth:`~newsprism.stream.dedup.Deduplicator.add_signed`) and :class:`~newsprism.stream.stories.StoryGrouper`.
Both are deterministic, so the state is the one the last committed batch left: a run killed at any point
resumes as if it had not stopped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from numpy.typing import NDArray

from newsprism.store import Store
from newsprism.stream.dedup import Deduplicator, Signatures
from newsprism.stream.dedup_records import DedupItem, DuplicateGroup, Link
from newsprism.stream.features import ItemFeatures
from newsprism.stream.stories import SPLIT, StoryConfig, StoryGrouper

U32 = NDArray[np.uint32]


@dataclass
class StreamState:
    """The stream's memory: which articles it has read, where it placed them, the index and the grouper."""

    dedup: Deduplicator
    grouper: StoryGrouper
    seen: dict[str, str] = field(default_factory=dict)
    """store fingerprint of every version read -> item id"""
    idents: dict[str, str] = field(default_factory=dict)
    """URL (or content) identity -> item id"""
    versions: dict[str, int] = field(default_factory=dict)
    """item id -> its latest version number"""
    items: dict[str, str] = field(default_factory=dict)
    """placed item id -> the grouper story it joined or started"""
    taken: set[str] = field(default_factory=set)
    """item ids in use (placed, or given out in this run)"""
    stories: dict[str, str] = field(default_factory=dict)
    """grouper story -> the store story holding its articles"""
    merged: dict[str, str] = field(default_factory=dict)
    """grouper story -> the story it was merged into"""
    position: int = 0
    batch: int = 0
    saved_decisions: int = 0
    saved_links: int = 0
    group_of: dict[str, frozenset[str]] = field(default_factory=dict)
    links_of: dict[str, list[Link]] = field(default_factory=dict)

    def root(self, story: str) -> str:
        while story in self.merged:
            story = self.merged[story]
        return story

    def note_links(self, links: Sequence[Link]) -> list[DuplicateGroup]:
        """Join the groups the new links connect; the groups they changed, every member and the original."""
        for link in links:
            joined = self.group_of.get(link.a, frozenset((link.a,))) | self.group_of.get(link.b, frozenset((link.b,)))
            for member in joined:
                self.group_of[member] = joined
            self.links_of.setdefault(link.a, []).append(link)
            self.links_of.setdefault(link.b, []).append(link)
        touched = {self.group_of[item] for link in links for item in (link.a, link.b)}
        groups = []
        for members in sorted(touched, key=min):
            found = {id(link): link for m in members for link in self.links_of.get(m, [])}
            groups.append(self.dedup.group(sorted(members), list(found.values())))
        return groups


def signatures_of(rows: Sequence[tuple[bytes, bytes, int, int]], permutations: int) -> Signatures:
    """Signatures from the store's bytes (shingles, content, shingle size, content size per row)."""
    def matrix(column: int) -> U32:
        data = b"".join(bytes(row[column]) for row in rows)
        return np.frombuffer(data, dtype="<u4").astype(np.uint32).reshape(len(rows), permutations)

    return Signatures(matrix(0), matrix(1), np.array([r[2] for r in rows], dtype=np.int64),
                      np.array([r[3] for r in rows], dtype=np.int64))


ITEM_COLUMNS = ("item_id, published, dated, outlet, credit, shingles, content, shingle_size, content_size, terms, "
                "vector, story")


def load_state(store: Store, dedup: Deduplicator, stories: StoryConfig,
               progress: Callable[[int], None] | None = None) -> StreamState:
    """The state the store's stream tables describe; ``progress`` is told how many articles were replayed."""
    state = StreamState(dedup, StoryGrouper(stories))
    with store.session() as session:
        for fingerprint, item_id, version, key in session.all("SELECT fingerprint, item_id, version, ident "
                                                              "FROM stream_seen"):
            state.seen[fingerprint] = item_id
            state.versions[item_id] = max(state.versions.get(item_id, 1), int(version))
            state.taken.add(item_id)
            if int(version) <= 1:
                state.idents.setdefault(key, item_id)
        for story, store_id, merged_into in session.all("SELECT story, story_id, merged_into FROM stream_stories"):
            state.stories[story] = store_id
            if merged_into:
                state.merged[story] = merged_into
        last = session.one("SELECT MAX(batch), COUNT(*) FROM stream_items")
        counts = session.one("SELECT (SELECT COUNT(*) FROM stream_decisions), (SELECT COUNT(*) FROM stream_links)")
    batches = -1 if last is None or last[0] is None else int(last[0])
    for number in range(batches + 1):
        _replay(store, state, number)
        if progress:
            progress(state.position)
    state.batch = batches + 1
    for decision in state.grouper.decisions:  # the items split off since they were placed
        if decision.kind == SPLIT:
            state.items.update(dict.fromkeys(decision.members, decision.story))
    state.saved_decisions, state.saved_links = (int(counts[0]), int(counts[1])) if counts else (0, 0)
    return state


def _replay(store: Store, state: StreamState, number: int) -> None:
    with store.session() as session:
        rows = session.all(f"SELECT {ITEM_COLUMNS} FROM stream_items WHERE batch = ? ORDER BY position", (number,))
    if not rows:
        return
    items = [DedupItem(r[0], "", float(r[1]), r[3], r[4]) for r in rows]
    before = len(state.dedup.links)
    state.dedup.add_signed(items, signatures_of([(r[5], r[6], r[7], r[8]) for r in rows],
                                                state.dedup.config.permutations))
    state.note_links(state.dedup.links[before:])
    for row in rows:
        state.grouper.add(ItemFeatures(row[0], json.loads(row[9]), vector_of(row[10]), dated_of(row[2])))
        state.items[row[0]] = row[11]
        state.position += 1


def vector_of(data: bytes | None) -> NDArray[np.float32] | None:
    return None if data is None else np.frombuffer(bytes(data), dtype="<f4").astype(np.float32)


def dated_of(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)
