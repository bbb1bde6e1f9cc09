"""Near-duplicate detection: which stored articles in the time window a new article reprints or rewrites.

Each article is read once into two MinHash signatures (:mod:`newsprism.stream.minhash`): one of its 5-word
shingles, one of its content words. Two LSH indexes (:mod:`newsprism.stream.lsh`), one per signature, propose
candidates among the articles stored within ``window_days`` of it (by published time); each candidate pair is
verified from the signatures alone (no text is kept):

- *reprint* (the same text, give or take a header, a footer, a trimmed paragraph, quotes and spacing): shingle
  Jaccard >= ``reprint_jaccard``, or shingle containment (the share of the smaller text's shingles found in the
  other) >= ``reprint_containment`` when the smaller text has at least ``min_shingles`` shingles;
- *rewrite* (sentences reordered or dropped, words replaced, numbers changed): content-word Jaccard >=
  ``rewrite_jaccard``. A rewrite keeps most content words but few 5-word runs; different outlets' articles on
  one story share fewer content words, though not always: short ledes on one event reach 0.6.

Each article is compared with the articles published within ``window_days`` of *its own* date, in whatever
order they arrive: a late or backfilled feed is deduplicated as fully as a live one while it is at most
``late_days`` behind the newest article seen (older rows are evicted), so a run in any order of arrival groups
the same articles as a run in published order.

Links join articles into groups (:class:`~newsprism.grouping.DisjointSets`); of the pairs that pass, only those
that join two groups are kept (strongest first: reprints, then by shingle and content-word Jaccard), so a
story reprinted a thousand times keeps about a thousand links, not half a million, and the groups are the same
as with every link. A :class:`DuplicateGroup` keeps
every member, names the original (the member whose outlet another member credits, else the earliest
published, else the one that credits no one, else the first to arrive), each member's kind and the links that
are the evidence. Every article added gets a :class:`Decision`: why it is new or a duplicate, as data.

Signatures computed elsewhere (a stream worker, or the store when a run resumes) are added with
:meth:`Deduplicator.add_signed`; :meth:`Deduplicator.group` builds the group of given members and links.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from newsprism.arrays import unique_pairs
from newsprism.grouping import DisjointSets
from newsprism.stream.dedup_records import Decision, DedupConfig, DedupItem, DuplicateGroup, Link, MemberKind
from newsprism.stream.lsh import LshIndex, band_keys
from newsprism.stream.minhash import MinHasher, estimate_containment, estimate_jaccard, shingle_sets

DAY = 86400.0
NEW_REASON = "no stored article in the window passes the thresholds"
LATE_REASON = (f"{NEW_REASON}; it was published more than late_days behind the newest article seen, so only the "
               "part of its window still kept was searched")
@dataclass(frozen=True, eq=False)
class Signatures:
    """The MinHash signatures of a batch, one row per article, with the sizes of the sets they summarise."""

    shingles: NDArray[np.uint32]
    content: NDArray[np.uint32]
    shingle_size: NDArray[np.int64]
    content_size: NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class Batch(Signatures):
    """A batch's signatures with each article's published time (seconds since the epoch)."""

    times: NDArray[np.float64]

    @classmethod
    def of(cls, items: Sequence[DedupItem], signatures: Signatures) -> Batch:
        return cls(signatures.shingles, signatures.content, signatures.shingle_size, signatures.content_size,
                   np.array([item.published for item in items], dtype=np.float64))


class Index(Protocol):
    """What the deduplicator asks of an LSH index: :class:`~newsprism.stream.lsh.LshIndex`, or one sharded
    over workers (:class:`~newsprism.stream.ray_executor.ShardedLshIndex`)."""

    def candidates(self, keys: NDArray[np.uint64], times: NDArray[np.float64]) -> NDArray[np.int64]: ...

    def within(self, keys: NDArray[np.uint64], times: NDArray[np.float64]) -> NDArray[np.int64]: ...

    def add(self, rows: NDArray[np.int64], keys: NDArray[np.uint64], times: NDArray[np.float64]) -> None: ...

    def evict_before(self, cutoff: float) -> NDArray[np.int64]: ...


NewIndex = Callable[[int, int, float], Index]
"""Makes an empty index from the bands, the rows per band and the window in seconds."""


@dataclass
class _Rows:
    """The signatures of the articles in the window, one row each; evicted rows are reused."""

    permutations: int
    shingles: NDArray[np.uint32] = field(init=False)
    content: NDArray[np.uint32] = field(init=False)
    shingle_size: NDArray[np.int64] = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    content_size: NDArray[np.int64] = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    ids: list[str] = field(default_factory=list)
    free: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.shingles = np.empty((0, self.permutations), dtype=np.uint32)
        self.content = np.empty((0, self.permutations), dtype=np.uint32)

    def allocate(self, count: int) -> NDArray[np.int64]:
        reused, self.free = self.free[:count], self.free[count:]
        start = len(self.ids)
        fresh = list(range(start, start + count - len(reused)))
        if fresh:
            self._grow(len(fresh))
        return np.array(reused + fresh, dtype=np.int64)

    def _grow(self, count: int) -> None:
        pad = np.zeros((count, self.permutations), dtype=np.uint32)
        self.shingles = np.concatenate((self.shingles, pad))
        self.content = np.concatenate((self.content, pad))
        self.shingle_size = np.concatenate((self.shingle_size, np.zeros(count, dtype=np.int64)))
        self.content_size = np.concatenate((self.content_size, np.zeros(count, dtype=np.int64)))
        self.ids.extend([""] * count)

    def put(self, rows: NDArray[np.int64], batch: Signatures, ids: Sequence[str]) -> None:
        self.shingles[rows], self.content[rows] = batch.shingles, batch.content
        self.shingle_size[rows], self.content_size[rows] = batch.shingle_size, batch.content_size
        for row, item_id in zip(rows.tolist(), ids, strict=True):
            self.ids[row] = item_id


@dataclass(frozen=True)
class _Meta:
    time: float
    outlet: str | None
    credit: str | None
    order: int


@dataclass(frozen=True, eq=False)
class _Passing:
    """Candidate pairs that passed verification: where they were among the candidates, their evidence and,
    once named, the two articles' ids."""

    at: NDArray[np.int64]
    reprint: NDArray[np.bool_]
    shingle_j: NDArray[np.float64]
    contained: NDArray[np.float64]
    content_j: NDArray[np.float64]
    first: list[str] = field(default_factory=list)
    second: list[str] = field(default_factory=list)

    def named(self, first: list[str], second: list[str]) -> _Passing:
        return _Passing(self.at, self.reprint, self.shingle_j, self.contained, self.content_j, first, second)

    @staticmethod
    def concatenate(parts: Sequence[_Passing]) -> _Passing:
        return _Passing(np.concatenate([p.at for p in parts]), np.concatenate([p.reprint for p in parts]),
                        np.concatenate([p.shingle_j for p in parts]), np.concatenate([p.contained for p in parts]),
                        np.concatenate([p.content_j for p in parts]), [a for p in parts for a in p.first],
                        [b for p in parts for b in p.second])


class Deduplicator:
    """Finds reprints and rewrites among the articles added so far, batch by batch, in a sliding time window.
    ``new_index`` makes each of the two LSH indexes (a plain :class:`~newsprism.stream.lsh.LshIndex` unless
    told otherwise)."""

    def __init__(self, config: DedupConfig | None = None, new_index: NewIndex = LshIndex) -> None:
        self.config = config or DedupConfig()
        c = self.config
        self.hasher = MinHasher(c.permutations, c.seed)
        window = c.window_days * DAY
        self.reprint_index = new_index(c.bands, c.rows, window)
        self.rewrite_index = new_index(c.bands, c.rows, window)
        self.rows = _Rows(c.permutations)
        self.sets: DisjointSets[str] = DisjointSets()
        self.links: list[Link] = []
        self.meta: dict[str, _Meta] = {}
        self.cutoff = -np.inf
        self.newest = -np.inf

    def add(self, items: Sequence[DedupItem]) -> list[Decision]:
        """Add a batch (any order of times; duplicates within the batch are found too); one decision each."""
        if not items:
            return []
        return self._add(items, self.read(items))

    def add_signed(self, items: Sequence[DedupItem], signatures: Signatures) -> list[Decision]:
        """Add a batch as :meth:`add` does, with its signatures (one row per item, in order) computed elsewhere:
        a worker, or the store when a run resumes. The items' texts are not read."""
        if not items:
            return []
        return self._add(items, Batch.of(items, signatures))

    def _add(self, items: Sequence[DedupItem], batch: Batch) -> list[Decision]:
        self._evict(batch.times)
        found = self._join(items, batch, [self._stored_pairs(items, batch), self._batch_pairs(items, batch)])
        rows = self.rows.allocate(len(items))
        self.rows.put(rows, batch, [item.id for item in items])
        self.reprint_index.add(rows, self._keys(batch.shingles), batch.times)
        self.rewrite_index.add(rows, self._keys(batch.content), batch.times)
        for item in items:
            self.meta.setdefault(item.id, _Meta(item.published, item.outlet, item.credit, len(self.meta)))
        self.links.extend(found)
        return _decisions(items, found, batch.times < self.cutoff + self.config.window_days * DAY)

    def read(self, items: Sequence[DedupItem]) -> Batch:
        """Both signatures and set sizes of each item, with its published time."""
        sets = [shingle_sets(item.text, self.config.shingle_words) for item in items]
        return Batch(self.hasher.signatures([s.shingles for s in sets]),
                     self.hasher.signatures([s.content for s in sets]),
                     np.array([len(s.shingles) for s in sets], dtype=np.int64),
                     np.array([len(s.content) for s in sets], dtype=np.int64),
                     np.array([item.published for item in items], dtype=np.float64))

    def _keys(self, signatures: NDArray[np.uint32]) -> NDArray[np.uint64]:
        return band_keys(signatures, self.config.bands, self.config.rows)

    def _evict(self, times: NDArray[np.float64]) -> None:
        """Drop the stored articles published more than ``window_days + late_days`` before the newest seen.
        The newest is the largest batch median, so one article dated years ahead does not empty the index; and
        what the batch's own articles still in reach need stays (a batch straddling a jump in time, its median
        far ahead of its first articles, would otherwise evict their originals before they are compared)."""
        c = self.config
        window = c.window_days * DAY
        self.newest = max(self.newest, float(np.median(times)))
        in_reach = times[times >= self.cutoff + window]
        keep_from = float(in_reach.min()) - window if in_reach.size else np.inf
        self.cutoff = max(self.cutoff, min(self.newest - (c.window_days + c.late_days) * DAY, keep_from))
        old = self.reprint_index.evict_before(self.cutoff)
        self.rewrite_index.evict_before(self.cutoff)
        self.rows.free.extend(old.tolist())

    def _stored_pairs(self, items: Sequence[DedupItem], batch: Batch) -> _Passing:
        pairs = unique_pairs(np.concatenate((self.reprint_index.candidates(self._keys(batch.shingles), batch.times),
                                             self.rewrite_index.candidates(self._keys(batch.content), batch.times))))
        new, old = pairs[:, 0], pairs[:, 1]
        r = self.rows
        passing = self._verify((batch.shingles[new], r.shingles[old]), (batch.content[new], r.content[old]),
                               (batch.shingle_size[new], r.shingle_size[old]))
        return passing.named([items[i].id for i in new[passing.at].tolist()],
                             [r.ids[j] for j in old[passing.at].tolist()])

    def _batch_pairs(self, items: Sequence[DedupItem], batch: Batch) -> _Passing:
        pairs = unique_pairs(np.concatenate((self.reprint_index.within(self._keys(batch.shingles), batch.times),
                                             self.rewrite_index.within(self._keys(batch.content), batch.times))))
        a, b = pairs[:, 0], pairs[:, 1]
        passing = self._verify((batch.shingles[a], batch.shingles[b]), (batch.content[a], batch.content[b]),
                               (batch.shingle_size[a], batch.shingle_size[b]))
        return passing.named([items[i].id for i in a[passing.at].tolist()],
                             [items[j].id for j in b[passing.at].tolist()])

    def _verify(self, shingles: tuple[NDArray[np.uint32], ...], content: tuple[NDArray[np.uint32], ...],
                sizes: tuple[NDArray[np.int64], ...]) -> _Passing:
        """The candidate pairs that pass, with their evidence (positions into the candidates in ``at``)."""
        c = self.config
        shingle_j = estimate_jaccard(*shingles)
        contained = estimate_containment(shingle_j, *sizes)
        content_j = estimate_jaccard(*content)
        nonempty = np.minimum(*sizes) > 0
        reprint = nonempty & ((shingle_j >= c.reprint_jaccard)
                              | ((contained >= c.reprint_containment) & (np.minimum(*sizes) >= c.min_shingles)))
        rewrite = nonempty & ~reprint & (content_j >= c.rewrite_jaccard)
        at = np.flatnonzero(reprint | rewrite)
        return _Passing(at, reprint[at], shingle_j[at], contained[at], content_j[at])

    def _join(self, items: Sequence[DedupItem], batch: Batch, found: Sequence[_Passing]) -> list[Link]:
        """The passing pairs that join two groups, strongest first (a maximum spanning forest of the pairs):
        the groups are those of all pairs, with one link per article joined."""
        every = _Passing.concatenate(found)
        order = np.lexsort((-every.content_j, -every.shingle_j, ~every.reprint))
        kept = []
        for i in order.tolist():
            a, b = every.first[i], every.second[i]
            root_a, root_b = self.sets.find(a), self.sets.find(b)
            if root_a == root_b:  # also an article and itself (an id given twice)
                continue
            self.sets.join(root_a, root_b)
            kept.append(Link(a, b, "reprint" if every.reprint[i] else "rewrite", round(float(every.shingle_j[i]), 4),
                             round(float(every.contained[i]), 4), round(float(every.content_j[i]), 4)))
        return kept

    def groups(self) -> list[DuplicateGroup]:
        """Every group of two articles or more, in the order of their smallest id."""
        by_root: dict[str, list[Link]] = {}
        for link in self.links:
            by_root.setdefault(self.sets.find(link.a), []).append(link)
        return [self.group(members, by_root[self.sets.find(members[0])])
                for members in self.sets.groups() if len(members) > 1]

    def group(self, members: Sequence[str], links: Sequence[Link]) -> DuplicateGroup:
        """The group of ``members`` (articles added before) joined by ``links``: the original, each member's
        kind, the links, as :meth:`groups` makes it."""
        original = choose_original({m: self.meta[m] for m in members})
        direct = {(link.b if link.a == original else link.a): link.kind
                  for link in links if original in (link.a, link.b)}
        reprinted = {m for link in links if link.kind == "reprint" for m in (link.a, link.b)}
        kinds: list[tuple[str, MemberKind]] = [
            (m, "original" if m == original else direct.get(m, "reprint" if m in reprinted else "rewrite"))
            for m in members]
        return DuplicateGroup(tuple(members), original, tuple(kinds), tuple(links))


def choose_original(members: dict[str, _Meta]) -> str:
    """The member whose outlet another member credits; else the earliest published; else one crediting no one;
    else the first to arrive."""
    credited = {meta.credit.casefold() for meta in members.values() if meta.credit}

    def credited_source(meta: _Meta) -> bool:
        return meta.outlet is not None and meta.outlet.casefold() in credited and meta.credit is None

    return min(members, key=lambda m: (not credited_source(members[m]), members[m].time,
                                       members[m].credit is not None, members[m].order))


def _decisions(items: Sequence[DedupItem], links: list[Link], late: NDArray[np.bool_]) -> list[Decision]:
    mine: dict[str, list[Link]] = {}
    for link in links:
        mine.setdefault(link.a, []).append(link)
        mine.setdefault(link.b, []).append(link)
    decisions = []
    for item, behind in zip(items, late.tolist(), strict=True):
        found = mine.get(item.id, [])
        if not found:
            decisions.append(Decision(item.id, False, LATE_REASON if behind else NEW_REASON))
            continue
        best = max(found, key=lambda link: (link.kind == "reprint", link.shingle_jaccard, link.content_jaccard))
        other = best.b if best.a == item.id else best.a
        reason = (f"{best.kind} of {other}: shingle Jaccard {best.shingle_jaccard:.2f}, containment "
                  f"{best.shingle_containment:.2f}, content-word Jaccard {best.content_jaccard:.2f}")
        decisions.append(Decision(item.id, True, reason, tuple(found)))
    return decisions


def find_duplicates(items: Sequence[DedupItem], config: DedupConfig | None = None,
                    batch: int = 1024) -> list[DuplicateGroup]:
    """The duplicate groups of ``items`` taken in published order, ``batch`` at a time."""
    dedup = Deduplicator(config)
    ordered = sorted(items, key=lambda item: item.published)
    for start in range(0, len(ordered), batch):
        dedup.add(ordered[start:start + batch])
    return dedup.groups()
