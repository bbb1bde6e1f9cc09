"""The grouped scorer reads the minimal contradictions only of the pairs the cap could lower (issue #20: a big
story's candidate pairs are mostly far below it, and each contradiction read aligns the two sentences' words)."""

from __future__ import annotations

import numpy as np
import pytest
from pair_reads import all_pairs, encoded_pairs

from newsprism.align import similarity
from newsprism.align.contradiction import contradictions
from newsprism.align.similarity import CONTRADICTED, default_model, score_pairs_grouped

TEXTS = [
    "The harbour board said freight through Osterby rose 12 percent in March.",
    "The harbour board said freight through Osterby rose 45 percent in March.",
    "Freight through the port of Osterby climbed 12 percent last month, the harbour board said.",
    "A choir from Lindvik will sing at the reopened library on Saturday evening.",
    "Volunteers planted four hundred oak saplings along the canal path.",
]
PAIRS = all_pairs(len(TEXTS))


@pytest.fixture(scope="module")
def read(encoder) -> tuple[list, np.ndarray]:  # type: ignore[no-untyped-def]
    return encoded_pairs(encoder, TEXTS, PAIRS)


def test_scores_as_with_every_pair_read(read: tuple[list, np.ndarray]) -> None:
    encoded, cosine = read
    scored, uncapped = score_pairs_grouped(encoded, PAIRS, cosine), _uncapped(encoded, cosine)
    every = contradictions([TEXTS[i] for i in PAIRS[:, 0]], [TEXTS[j] for j in PAIRS[:, 1]])
    assert np.array_equal(scored, np.where(every, np.minimum(uncapped, CONTRADICTED), uncapped))
    assert every[0] and scored[0] <= CONTRADICTED  # 12 against 45 percent: capped


def test_pairs_under_the_cap_are_not_read(read: tuple[list, np.ndarray], monkeypatch: pytest.MonkeyPatch) -> None:
    encoded, cosine = read
    asked: list[int] = []

    def counted(a: list[str], b: list[str]) -> np.ndarray:
        asked.append(len(a))
        return contradictions(a, b)

    monkeypatch.setattr(similarity, "contradictions", counted)
    score_pairs_grouped(encoded, PAIRS, cosine)
    assert sum(asked) == int((_uncapped(encoded, cosine) > CONTRADICTED).sum())
    assert sum(asked) < len(PAIRS)  # the unrelated pairs score below the cap


def _uncapped(encoded: list, cosine: np.ndarray) -> np.ndarray:
    with similarity.few_blas_threads():
        return default_model().probability(similarity.feature_matrix_grouped(encoded, PAIRS, cosine, None))
