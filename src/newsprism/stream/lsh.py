"""Locality-sensitive hashing of MinHash signatures by banding: which stored articles to compare a new one with.

A signature of ``bands x rows`` values is cut into ``bands`` bands of ``rows`` consecutive values; each band is
hashed to one 64-bit bucket key (:func:`band_keys`). Two articles are *candidates* when they share a bucket in
at least one band: with Jaccard similarity J that happens with probability ``1 - (1 - J^rows)^bands``, an S-curve
rising steepest near ``(1/bands)^(1/rows)``. The deduplicator's choice (see :mod:`newsprism.stream.dedup`):
32 bands of 4 rows over 128 values, threshold about 0.42; a pair at J = 0.5 becomes a candidate with
probability 0.87, at J = 0.6 0.988, at J = 0.7 0.9996, while a pair at J = 0.1 does with 0.003 and at
J = 0.05 with 0.0002: verification then only has to look at a few pairs per article.

Everything here works on whole arrays. :func:`bucket_pairs` finds the pairs inside one band's buckets by sorting
the keys and reading runs of equal keys, so an index can be sharded by band (each worker takes some bands,
the pairs are the union). :class:`LshIndex` keeps, per band, the stored keys sorted with their rows, and finds
a new batch's candidates with ``np.searchsorted``; it knows each stored row's time, never returns a pair
further apart than its window, and evicts rows older than the window.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from newsprism.arrays import unique_pairs
from newsprism.stream.minhash import mix64

MAX_BUCKET = 1000
"""Buckets with more rows than this yield no pairs: a thousand articles with one identical band are boilerplate
or empty texts, not a reprint group (a wire story reprinted a thousand times within one window is not seen in
practice), and their pairs would grow with the square of the bucket."""

I64 = NDArray[np.int64]
U64 = NDArray[np.uint64]
_PRIME = np.uint64(0x100000001B3)


def band_keys(signatures: NDArray[np.uint32], bands: int, rows: int) -> U64:
    """The bucket key of every band of every signature: an (n, bands) array of 64-bit hashes of each band's
    ``rows`` values (the columns past ``bands * rows`` are not used)."""
    if signatures.shape[1] < bands * rows:
        raise ValueError(f"signatures of {signatures.shape[1]} values cannot make {bands} bands of {rows} rows")
    cut = signatures[:, :bands * rows].reshape(len(signatures), bands, rows).astype(np.uint64)
    keys = cut[:, :, 0] + np.uint64(1)
    for column in range(1, rows):
        keys *= _PRIME
        keys += cut[:, :, column]
    return mix64(keys)


def bucket_pairs(keys: U64) -> I64:
    """Every pair (i, j), i < j, of positions in ``keys`` (one band's keys) that share a bucket, as an
    (m, 2) array; buckets larger than :data:`MAX_BUCKET` are skipped."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    lengths = np.diff(np.concatenate((starts, [len(keys)])))
    kept = (lengths > 1) & (lengths <= MAX_BUCKET)
    run = np.repeat(np.arange(len(starts)), lengths)
    allowed = kept[run]
    found = []
    for offset in range(1, int(lengths[kept].max()) if kept.any() else 1):
        same = allowed[:-offset] & (run[:-offset] == run[offset:])
        left, right = order[:-offset][same], order[offset:][same]
        found.append(np.stack((np.minimum(left, right), np.maximum(left, right)), axis=1))
    return np.concatenate(found) if found else np.empty((0, 2), dtype=np.int64)


class LshIndex:
    """Stored rows' bucket keys per band, sorted, with each row's time (seconds) and a time window.

    Rows are numbers the caller gives (each once, any order); the index keeps a time per row number seen, so
    its memory grows by 8 bytes per row ever added and by ``8 * 2 * bands`` bytes per row within the window."""

    def __init__(self, bands: int, rows: int, window: float) -> None:
        self.bands, self.rows, self.window = bands, rows, window
        self._keys = [np.empty(0, dtype=np.uint64) for _ in range(bands)]
        self._rows = [np.empty(0, dtype=np.int64) for _ in range(bands)]
        self._times = np.full(1024, np.nan)

    def __len__(self) -> int:
        return len(self._rows[0]) if self.bands else 0

    def candidates(self, keys: U64, times: NDArray[np.float64]) -> I64:
        """Pairs (batch position, stored row) sharing a bucket in some band, at most the window apart in time."""
        found = [self._band_matches(band, keys[:, band]) for band in range(self.bands)]
        pairs = np.concatenate(found) if found else np.empty((0, 2), dtype=np.int64)
        return unique_pairs(pairs[np.abs(times[pairs[:, 0]] - self._times[pairs[:, 1]]) <= self.window])

    def within(self, keys: U64, times: NDArray[np.float64]) -> I64:
        """Pairs (i, j), i < j, of batch positions sharing a bucket in some band, at most the window apart."""
        found = [bucket_pairs(keys[:, band]) for band in range(self.bands)]
        pairs = np.concatenate(found) if found else np.empty((0, 2), dtype=np.int64)
        return unique_pairs(pairs[np.abs(times[pairs[:, 0]] - times[pairs[:, 1]]) <= self.window])

    def _band_matches(self, band: int, batch: U64) -> I64:
        stored = self._keys[band]
        low = np.searchsorted(stored, batch, side="left")
        counts = np.searchsorted(stored, batch, side="right") - low
        counts[counts > MAX_BUCKET] = 0
        total = int(counts.sum())
        if total == 0:
            return np.empty((0, 2), dtype=np.int64)
        batch_position = np.repeat(np.arange(len(batch)), counts)
        first = np.repeat(low - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
        return np.stack((batch_position, self._rows[band][first + np.arange(total)]), axis=1)

    def add(self, rows: I64, keys: U64, times: NDArray[np.float64]) -> None:
        """Store ``rows`` (new row numbers) with their keys and times: each band's new keys are sorted and
        inserted where they belong (a copy of the band, no sort of what is stored)."""
        if len(rows) == 0:
            return
        needed = int(rows.max()) + 1
        if needed > len(self._times):
            self._times = np.concatenate((self._times, np.full(max(needed, 2 * len(self._times)), np.nan)))
        self._times[rows] = times
        for band in range(self.bands):
            order = np.argsort(keys[:, band], kind="stable")
            new_keys = keys[order, band]
            at = np.searchsorted(self._keys[band], new_keys, side="right")
            self._keys[band] = np.insert(self._keys[band], at, new_keys)
            self._rows[band] = np.insert(self._rows[band], at, rows[order])

    def evict_before(self, cutoff: float) -> I64:
        """Drop the rows whose time is before ``cutoff``; returns them."""
        if not self.bands:
            return np.empty(0, dtype=np.int64)
        old = self._rows[0][self._times[self._rows[0]] < cutoff]
        if len(old):
            for band in range(self.bands):
                keep = ~(self._times[self._rows[band]] < cutoff)
                self._keys[band], self._rows[band] = self._keys[band][keep], self._rows[band][keep]
        return np.sort(old)
