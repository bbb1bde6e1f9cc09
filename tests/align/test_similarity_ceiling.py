"""The scorer decides a pair without its partial ratio (its costliest feature) where the model's ceiling over every
value the ratio could take stays under the threshold (issue #20), and every decision is the one the full scoring
makes."""

from __future__ import annotations

import numpy as np
import pytest
from pair_reads import all_pairs, encoded_pairs
from rapidfuzz import fuzz

from newsprism.align import PART_COSINE, VERBATIM_RATIO, _links, _part_of
from newsprism.align.bounds import probability_ceiling
from newsprism.align.lexical import PARTIAL_COLUMN
from newsprism.align.similarity import SAME_STATEMENT_THRESHOLD, default_model, score_pairs, score_pairs_grouped

TEXTS = [
    "The ferry operator said crossings to Marholm resume on Tuesday after the storm.",
    "Crossings to Marholm resume Tuesday after the storm, the ferry operator said.",
    "The ferry operator said crossings to Marholm resume on Thursday after the storm.",
    "Storm damage closed the Marholm pier for a week, the harbour master said.",
    "A bakery in Selvik won a regional prize for its rye bread this spring.",
    "The council in Selvik voted to widen the coastal road next year.",
    "Marholm's school reopened on Monday with a new roof paid by the county.",
    "Pupils in Marholm went back to a school whose roof the county paid to repair.",
    "The harbour master said the pier stays shut until engineers inspect it.",
    "Engineers will inspect the Marholm pier before it reopens, officials said on Monday.",
]
PAIRS = all_pairs(len(TEXTS))


@pytest.fixture(scope="module")
def read(encoder) -> tuple[list, np.ndarray]:  # type: ignore[no-untyped-def]
    return encoded_pairs(encoder, TEXTS, PAIRS)


def test_ceiling_is_over_every_value_of_the_free_feature() -> None:
    model, rng = default_model(), np.random.default_rng(7)
    rows = rng.normal(model.mean, model.scale, size=(300, len(model.mean)))
    ceiling = probability_ceiling(model, rows, PARTIAL_COLUMN, 0.0, 1.0)
    for value in np.linspace(0.0, 1.0, 41):
        rows[:, PARTIAL_COLUMN] = value
        assert (model.probability(rows) <= ceiling + 1e-12).all()
    assert np.allclose(probability_ceiling(model, rows, PARTIAL_COLUMN, 0.5, 0.5),
                       model.probability(np.where(np.arange(rows.shape[1]) == PARTIAL_COLUMN, 0.5, rows)))


def test_decisions_and_linked_scores_as_the_full_scoring(read: tuple[list, np.ndarray]) -> None:
    encoded, cosine = read
    full = score_pairs(default_model(), [encoded[i] for i in PAIRS[:, 0]], [encoded[j] for j in PAIRS[:, 1]], cosine)
    decided = score_pairs_grouped(encoded, PAIRS, cosine, decide_at=SAME_STATEMENT_THRESHOLD)
    linked = full >= SAME_STATEMENT_THRESHOLD
    assert np.array_equal(decided >= SAME_STATEMENT_THRESHOLD, linked)
    assert np.array_equal(decided[linked], score_pairs_grouped(encoded, PAIRS, cosine)[linked])
    assert 0 < linked.sum() < len(PAIRS)


def test_pairs_far_under_the_threshold_read_no_ratios(read: tuple[list, np.ndarray],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    encoded, cosine = read
    calls: list[int] = []
    original = fuzz.partial_ratio

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(fuzz, "partial_ratio", counted)
    full = score_pairs_grouped(encoded, PAIRS, cosine)
    read_all = len(calls)
    calls.clear()
    score_pairs_grouped(encoded, PAIRS, cosine, decide_at=SAME_STATEMENT_THRESHOLD)
    assert read_all == len(PAIRS)
    assert int((full >= SAME_STATEMENT_THRESHOLD).sum()) <= len(calls) < len(PAIRS)


def test_links_of_a_story_as_the_full_scoring(read: tuple[list, np.ndarray]) -> None:
    encoded, cosine = read
    links = _links(encoded, PAIRS, cosine)
    full = score_pairs_grouped(encoded, PAIRS, cosine)  # every pair's probability, its ratios read
    expected = {}
    for (i, j), p, cos in zip(PAIRS.tolist(), full.tolist(), cosine.tolist(), strict=True):
        if fuzz.ratio(TEXTS[i], TEXTS[j]) >= VERBATIM_RATIO:
            expected[i, j] = 1.0
        elif p >= SAME_STATEMENT_THRESHOLD:
            expected[i, j] = p
        elif cos >= PART_COSINE and _part_of(TEXTS[i], TEXTS[j]):
            expected[i, j] = fuzz.partial_ratio(TEXTS[i], TEXTS[j]) / 100
    found = zip(zip(links.a.tolist(), links.b.tolist(), strict=True), links.score.tolist(), strict=True)
    assert dict(found) == expected
    assert len(expected) >= 3
