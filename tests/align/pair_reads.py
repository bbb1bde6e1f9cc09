"""Every pair of a few invented sentences, encoded once, with each pair's cosine: the input the scoring tests give
`score_pairs_grouped` (shared by test_similarity_ceiling and test_similarity_contradiction_reads)."""

from __future__ import annotations

import numpy as np


def all_pairs(count: int) -> np.ndarray:
    """Every (i, j) with i < j among ``count`` texts."""
    return np.array([(i, j) for i in range(count) for j in range(i + 1, count)], dtype=np.int64)


def encoded_pairs(encoder, texts: list[str], pairs: np.ndarray) -> tuple[list, np.ndarray]:  # type: ignore[no-untyped-def, type-arg]
    """The encoder's texts and each pair's cosine."""
    encoded = encoder.encode(texts)
    vectors = np.asarray(encoded.vectors, dtype=np.float32)
    cosine = np.einsum("ij,ij->i", vectors[pairs[:, 0]], vectors[pairs[:, 1]]).astype(np.float32)
    return list(encoded.texts), cosine
