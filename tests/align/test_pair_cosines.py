"""Candidate pairs' cosines, computed in bounded pieces (issue #20): the same as all at once."""

from __future__ import annotations

import numpy as np

from newsprism.align.candidates import PAIR_ROWS, pair_cosines


def test_cosines_in_pieces_are_the_products_of_all_at_once() -> None:
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((300, 384)).astype(np.float32)
    pairs = rng.integers(0, 300, (2 * PAIR_ROWS + 5, 2))
    whole = np.einsum("ij,ij->i", vectors[pairs[:, 0]], vectors[pairs[:, 1]])
    assert np.array_equal(pair_cosines(vectors, pairs), whole)
    assert pair_cosines(vectors, pairs[:0]).shape == (0,)

