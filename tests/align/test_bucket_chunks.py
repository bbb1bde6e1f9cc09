"""Issue #20: whether a candidate pair shares an LSH bucket is read a bounded number of pairs at a time (both
sides' keys gathered for every pair at once were the candidates' transient peak); the same answer as all at once."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.align import candidates
from newsprism.align.candidates import PAIR_ROWS, TABLES, _bucket_keys, _share_a_bucket


def test_pairs_share_a_bucket_in_pieces_as_all_at_once() -> None:
    rng = np.random.default_rng(11)
    vectors = rng.standard_normal((400, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors[200:] = vectors[:200] + 0.05 * vectors[200:]  # near copies: some pairs share buckets, some do not
    keys = _bucket_keys(vectors)
    assert keys.shape == (400, TABLES)
    pairs = rng.integers(0, 400, (2 * PAIR_ROWS + 7, 2))
    pairs[: PAIR_ROWS // 2, 1] = pairs[: PAIR_ROWS // 2, 0] % 200 + 200
    pairs[: PAIR_ROWS // 2, 0] %= 200
    whole = (keys[pairs[:, 0]] == keys[pairs[:, 1]]).any(axis=1)
    assert whole.any() and not whole.all()
    assert np.array_equal(_share_a_bucket(keys, pairs), whole)
    assert _share_a_bucket(keys, pairs[:0]).shape == (0,)


def test_nearest_pairs_do_not_depend_on_the_piece_size(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(5)
    vectors = rng.standard_normal((120, 384)).astype(np.float32)
    vectors[60:] = vectors[:60] + 0.3 * vectors[60:]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    owner = np.arange(120) % 7
    before = candidates._nearest_pairs(vectors, owner, 0.3)
    monkeypatch.setattr(candidates, "PAIR_ROWS", 3)
    after = candidates._nearest_pairs(vectors, owner, 0.3)
    assert len(before) > 3 and np.array_equal(before, after)
