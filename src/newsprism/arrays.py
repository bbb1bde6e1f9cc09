"""Distinct values and distinct index pairs of integer arrays, which several stages need the same way (the stream's
shingles and candidate pairs, alignment's candidate sentence pairs)."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray


def distinct(values: NDArray[Any]) -> NDArray[Any]:
    """The distinct values, sorted: ``np.unique``'s result. numpy 2.4's ``unique`` hashes, and on tens of thousands
    of integers is about 20x slower than a sort and a mask of the runs' first values."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    first: NDArray[Any] = ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]
    return first


def unique_pairs(pairs: NDArray[np.int64]) -> NDArray[np.int64]:
    """The distinct rows of an (m, 2) array of non-negative pairs (each under 2^31), sorted: each pair is read
    as one 64-bit number, which sorts 5-10x faster than numpy's row-wise ``unique(axis=0)`` (and takes none of its
    copies of the rows)."""
    if len(pairs) == 0:
        return pairs.reshape(0, 2).astype(np.int64)
    packed = distinct((pairs[:, 0].astype(np.int64) << 32) | pairs[:, 1].astype(np.int64))
    return np.stack((packed >> 32, packed & 0xFFFFFFFF), axis=1)


PAIR_ROWS = 512
"""Rows of a similarity matrix compared with a threshold at a time by :func:`pairs_at_least`: a boolean block of
512 rows instead of the whole matrix and its upper triangle (two n x n arrays: 50 MB for 5,000 dated clauses)."""


def pairs_at_least(similarity: NDArray[Any], threshold: float) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Rows and columns (i < j) where a square matrix reaches ``threshold``, row by row as
    ``np.nonzero(np.triu(similarity >= threshold, k=1))`` gives them, read :data:`PAIR_ROWS` rows at a time."""
    rows, columns = [], []
    for start in range(0, len(similarity), PAIR_ROWS):
        i, j = np.nonzero(similarity[start:start + PAIR_ROWS] >= threshold)
        above = j > i + start
        rows.append(i[above] + start)
        columns.append(j[above])
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(rows).astype(np.int64), np.concatenate(columns).astype(np.int64)
