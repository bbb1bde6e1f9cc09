"""Distinct values and distinct index pairs (newsprism.arrays): numpy's ``unique`` results, by a faster road."""

from __future__ import annotations

import numpy as np

from newsprism.arrays import distinct, pairs_at_least, unique_pairs
from newsprism.nlp.heap import return_free_memory


def test_distinct_rows_in_the_order_of_numpys_unique() -> None:
    rng = np.random.default_rng(8)
    pairs = rng.integers(0, 50, (4000, 2))
    assert np.array_equal(unique_pairs(pairs), np.unique(pairs, axis=0))
    assert unique_pairs(pairs[:0]).shape == (0, 2)


def test_distinct_values_are_numpys_unique() -> None:
    values = np.random.default_rng(9).integers(0, 1000, 5000).astype(np.uint32)
    assert np.array_equal(distinct(values), np.unique(values))
    assert distinct(values[:1]).tolist() == values[:1].tolist()


def test_pairs_at_least_are_the_upper_triangles_pairs_in_its_order() -> None:
    rng = np.random.default_rng(10)
    for size in (0, 1, 2, 511, 512, 513, 1300):
        vectors = rng.standard_normal((size, 6)).astype(np.float32)
        similarity = vectors @ vectors.T
        rows, columns = pairs_at_least(similarity, 2.0)
        expected = np.nonzero(np.triu(similarity >= 2.0, k=1))
        assert np.array_equal(rows, expected[0]) and np.array_equal(columns, expected[1])
        assert size < 512 or (len(rows) > 0 and bool(np.all(rows < columns)))


def test_free_memory_goes_back_without_touching_live_arrays() -> None:
    kept = np.arange(1000)
    dropped = [np.ones(10_000) for _ in range(50)]
    del dropped
    return_free_memory()
    assert int(kept.sum()) == 499_500
