"""Candidate pairs' cosines and distinct rows, computed in bounded pieces (issue #20): the same as all at once."""

from __future__ import annotations

import numpy as np

from newsprism.align.candidates import PAIR_ROWS, _unique_rows, pair_cosines


def test_cosines_in_pieces_are_the_products_of_all_at_once() -> None:
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((300, 384)).astype(np.float32)
    pairs = rng.integers(0, 300, (2 * PAIR_ROWS + 5, 2))
    whole = np.einsum("ij,ij->i", vectors[pairs[:, 0]], vectors[pairs[:, 1]])
    assert np.array_equal(pair_cosines(vectors, pairs), whole)
    assert pair_cosines(vectors, pairs[:0]).shape == (0,)


def test_distinct_rows_in_the_order_of_numpys_unique() -> None:
    rng = np.random.default_rng(8)
    pairs = rng.integers(0, 50, (4000, 2))
    assert np.array_equal(_unique_rows(pairs, 50), np.unique(pairs, axis=0))
    assert _unique_rows(pairs[:0], 50).shape == (0, 2)
