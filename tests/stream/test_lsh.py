"""Banded LSH: bucket keys, pairs inside buckets, candidates against stored rows, the time window."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.arrays import unique_pairs
from newsprism.stream.lsh import LshIndex, band_keys, bucket_pairs
from newsprism.stream.minhash import MinHasher

BANDS, ROWS = 32, 4
HOUR = 3600.0


def _pair_with_jaccard(jaccard: float, start: int, size: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """Two sets of 32-bit values whose Jaccard similarity is ``jaccard`` (to the nearest element)."""
    shared = round(2 * size * jaccard / (1 + jaccard))
    values = np.arange(start, start + 2 * size - shared, dtype=np.uint32) * np.uint32(7919)
    return values[:size], np.concatenate((values[:shared], values[size:]))


def _signatures(sets: list[np.ndarray]) -> np.ndarray:
    return MinHasher(BANDS * ROWS, seed=5).signatures(sets)


@pytest.mark.parametrize(("keys", "pairs"), [
    ([5, 1, 5, 2], [(0, 2)]),
    ([7, 7, 7], [(0, 1), (0, 2), (1, 2)]),
    ([1, 2, 3], []),
    ([], []),
    ([4, 9, 4, 9, 4], [(0, 2), (0, 4), (1, 3), (2, 4)]),
])
def test_bucket_pairs_are_every_pair_sharing_a_key(keys: list[int], pairs: list[tuple[int, int]]) -> None:
    found = unique_pairs(bucket_pairs(np.array(keys, dtype=np.uint64)))
    assert [tuple(p) for p in found.tolist()] == pairs


def test_equal_bands_give_equal_keys() -> None:
    signatures = _signatures([np.arange(50, dtype=np.uint32), np.arange(50, dtype=np.uint32),
                              np.arange(1, 51, dtype=np.uint32)])
    keys = band_keys(signatures, BANDS, ROWS)
    assert keys.shape == (3, BANDS)
    assert (keys[0] == keys[1]).all()
    assert (keys[0] != keys[2]).any()
    with pytest.raises(ValueError, match="cannot make"):
        band_keys(signatures, 64, ROWS)


@pytest.mark.parametrize(("jaccard", "found"), [(1.0, True), (0.9, True), (0.75, True), (0.1, False), (0.02, False)])
def test_index_finds_similar_pairs_and_not_dissimilar_ones(jaccard: float, found: bool) -> None:
    """Ten pairs at each similarity: all found from 0.75 (chance of a miss 1e-6 each), none at 0.1 (3e-3)."""
    sets = [_pair_with_jaccard(jaccard, start=1000 * n) for n in range(10)]
    stored, new = _signatures([a for a, _ in sets]), _signatures([b for _, b in sets])
    index = LshIndex(BANDS, ROWS, window=24 * HOUR)
    index.add(np.arange(10), band_keys(stored, BANDS, ROWS), np.zeros(10))
    pairs = index.candidates(band_keys(new, BANDS, ROWS), np.zeros(10))
    matched = {(int(a), int(b)) for a, b in pairs if a == b}
    assert (len(matched) == 10) if found else not matched


def test_pairs_within_a_batch_and_the_window() -> None:
    a, b = _pair_with_jaccard(0.95, start=0)
    keys = band_keys(_signatures([a, b, a]), BANDS, ROWS)
    index = LshIndex(BANDS, ROWS, window=24 * HOUR)
    assert index.within(keys, np.array([0.0, HOUR, 30 * HOUR])).tolist() == [[0, 1]]


def test_stored_rows_outside_the_window_are_not_matched_and_are_evicted() -> None:
    a, b = _pair_with_jaccard(1.0, start=0)
    index = LshIndex(BANDS, ROWS, window=24 * HOUR)
    index.add(np.array([0, 1]), band_keys(_signatures([a, a]), BANDS, ROWS), np.array([0.0, 20 * HOUR]))
    query = band_keys(_signatures([b]), BANDS, ROWS)
    assert index.candidates(query, np.array([30 * HOUR])).tolist() == [[0, 1]]
    assert index.evict_before(10 * HOUR).tolist() == [0]
    assert len(index) == 1
    assert index.candidates(query, np.array([0.0])).tolist() == [[0, 1]]
    assert index.evict_before(100 * HOUR).tolist() == [1]
    assert len(index) == 0
    assert index.candidates(query, np.array([0.0])).tolist() == []


def test_rows_added_in_batches_are_all_found() -> None:
    sets = [np.arange(100 * n, 100 * n + 80, dtype=np.uint32) for n in range(30)]
    keys = band_keys(_signatures(sets), BANDS, ROWS)
    index = LshIndex(BANDS, ROWS, window=HOUR)
    for start in range(0, 30, 7):
        rows = np.arange(start, min(start + 7, 30))
        index.add(rows[::-1], keys[rows[::-1]], np.zeros(len(rows)))
    pairs = index.candidates(keys, np.zeros(30))
    assert sorted({(int(a), int(b)) for a, b in pairs if a == b}) == [(n, n) for n in range(30)]
