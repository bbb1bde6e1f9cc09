"""Issue #20: a sentence's nearest neighbours are counted by the sentences they stand for (copy groups' sizes)."""

from __future__ import annotations

import numpy as np

from newsprism.align.candidates import TOP_K, candidate_pairs


def _story(count: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    base = rng.standard_normal(32).astype(np.float32)
    vectors = base + 0.05 * rng.standard_normal((count, 32)).astype(np.float32)  # all near one another
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors, np.arange(count, dtype=np.int64)


def test_neighbours_of_one_sentence_each_are_taken_as_before() -> None:
    vectors, owner = _story(120)
    plain, _ = candidate_pairs(vectors, [f"s{i}" for i in range(120)], owner, 0.45)
    weighted, _ = candidate_pairs(vectors, [f"s{i}" for i in range(120)], owner, 0.45,
                                  np.ones(120, dtype=np.int64))
    assert np.array_equal(plain, weighted)


def test_a_big_copy_group_fills_a_sentences_neighbourhood() -> None:
    vectors, owner = _story(120)
    vectors[0] = vectors.mean(axis=0) / np.linalg.norm(vectors.mean(axis=0))  # every sentence's nearest...
    owner[0] = -1  # ...a text printed in many articles
    weight = np.ones(120, dtype=np.int64)
    weight[0] = 10 * TOP_K
    texts = [f"s{i}" for i in range(120)]
    plain, _ = candidate_pairs(vectors, texts, owner, 0.45, np.ones(120, dtype=np.int64))
    weighted, _ = candidate_pairs(vectors, texts, owner, 0.45, weight)
    assert set(map(tuple, weighted.tolist())) < set(map(tuple, plain.tolist()))
    assert all((0, j) in set(map(tuple, weighted.tolist())) for j in range(1, 120))  # each still with the group
    assert len(weighted) < len(plain) / 4
