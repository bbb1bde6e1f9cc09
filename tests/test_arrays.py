"""Distinct values and distinct index pairs (newsprism.arrays): numpy's ``unique`` results, by a faster road."""

from __future__ import annotations

import numpy as np

from newsprism.arrays import distinct, unique_pairs


def test_distinct_rows_in_the_order_of_numpys_unique() -> None:
    rng = np.random.default_rng(8)
    pairs = rng.integers(0, 50, (4000, 2))
    assert np.array_equal(unique_pairs(pairs), np.unique(pairs, axis=0))
    assert unique_pairs(pairs[:0]).shape == (0, 2)


def test_distinct_values_are_numpys_unique() -> None:
    values = np.random.default_rng(9).integers(0, 1000, 5000).astype(np.uint32)
    assert np.array_equal(distinct(values), np.unique(values))
    assert distinct(values[:1]).tolist() == values[:1].tolist()
