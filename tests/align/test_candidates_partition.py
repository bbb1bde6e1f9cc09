"""Candidate pairs found without partitioning every row (issue #20): the rows with at most TOP_K cosines from the
floor up keep them all, the others their TOP_K highest; the rare-word blocks' pairs taken size by size. Both give
the pairs the plain definitions give."""

from __future__ import annotations

import itertools

import numpy as np
from numpy.typing import NDArray

from newsprism.align import candidates
from newsprism.arrays import unique_pairs


def _reference(vectors: NDArray[np.float32], owner: NDArray[np.int64], floor: float) -> NDArray[np.int64]:
    """Each row's TOP_K highest cosines among other articles' rows, from the floor up, sharing an LSH bucket."""
    k = min(candidates.TOP_K, len(vectors) - 1)
    keys = candidates._bucket_keys(vectors)
    found = []
    for row in range(len(vectors)):
        cosine = vectors @ vectors[row]
        cosine[(owner == owner[row]) & (owner[row] >= 0)] = -2.0
        cosine[row] = -2.0
        for column in np.argpartition(-cosine, k - 1)[:k].tolist():
            if cosine[column] >= floor and (keys[row] == keys[column]).any():
                found.append((row, column))
    return unique_pairs(np.sort(np.array(found, dtype=np.int64).reshape(-1, 2), axis=1))


def _story(crowd: int, seed: int) -> tuple[NDArray[np.float32], NDArray[np.int64]]:
    """Sentences around a few statements: ``crowd`` close variants of each, so that some rows have more than
    TOP_K neighbours above the floor and others fewer."""
    rng = np.random.default_rng(seed)
    statements = rng.standard_normal((12, 32)).astype(np.float32)
    spread = np.repeat(np.array([0.2, 1.5], dtype=np.float32), 6 * crowd)[:, None]
    vectors = statements[np.repeat(np.arange(12), crowd)] + spread * rng.standard_normal((12 * crowd, 32))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    owner = rng.integers(0, 40, len(vectors)).astype(np.int64)
    owner[rng.random(len(vectors)) < 0.1] = -1  # printed in several articles
    return vectors, owner


def test_nearest_pairs_are_each_rows_top_k_from_the_floor_up() -> None:
    for seed in range(3):
        vectors, owner = _story(crowd=candidates.TOP_K + 20, seed=seed)
        floor = 0.45
        cosine = vectors @ vectors.T
        above = (cosine >= floor).sum(axis=1) - 1
        assert (above > candidates.TOP_K).any() and (above <= candidates.TOP_K).any()  # both kinds of rows
        found = unique_pairs(np.sort(candidates._nearest_pairs(vectors, owner, floor), axis=1))
        assert np.array_equal(found, _reference(vectors, owner, floor))


def test_pairs_within_blocks_are_every_pair_of_every_block() -> None:
    rng = np.random.default_rng(7)
    blocks = [rng.choice(500, size=int(rng.integers(2, 9)), replace=False).astype(np.int64) for _ in range(60)]
    expected = sorted(pair for block in blocks for pair in itertools.combinations(block.tolist(), 2))
    assert sorted(map(tuple, candidates._pairs_within(blocks).tolist())) == expected
