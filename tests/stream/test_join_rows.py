"""The join score read from an item's prepared rows (scoring.log_join) is, to the last bit, MStream's sum written
out term by term in the item's order (the decisions of a stream depend on its exact value)."""

from __future__ import annotations

import math
import random

from newsprism.stream import scoring


def _reference(terms: dict[str, float], counts: dict[str, float], total: float, size: int, vocabulary: int,
               beta: float) -> float:
    lg = math.lgamma
    item_total = sum(terms.values())
    constant = sum(lg(beta + c) - lg(beta) for c in terms.values())
    vb = vocabulary * beta
    score = math.log(size) + constant - (lg(total + vb + item_total) - lg(total + vb))
    for term, c in terms.items():
        n = counts.get(term)
        if n:
            score += lg(n + beta + c) - lg(n + beta) - lg(beta + c) + lg(beta)
    return score


def test_log_join_is_the_sum_written_out() -> None:
    draw = random.Random(17)
    words = [f"w{n}" for n in range(60)] + ["e:portvale", "n:12"]
    for _ in range(400):
        terms = {w: draw.choice([1.0, 2.0, 0.5, draw.random() * 3]) for w in draw.sample(words, draw.randint(1, 30))}
        counts = {w: draw.choice([0.0, 1.0, draw.random() * 40]) for w in draw.sample(words, draw.randint(0, 50))}
        beta = draw.choice([0.02, 0.1, 0.5])
        total, size, vocabulary = sum(counts.values()), draw.randint(1, 30), draw.randint(100, 5000)
        item = scoring.prepare(terms, beta)
        assert scoring.log_join(item, counts, total, size, vocabulary, beta) == \
            _reference(terms, counts, total, size, vocabulary, beta)
        assert [t for t, _, _ in item.rows] == list(terms)


def test_a_story_sharing_no_term_scores_the_item_constant_only() -> None:
    item = scoring.prepare({"harbour": 2.0, "ferry": 1.0}, 0.1)
    vb = 1000 * 0.1
    shared_none = scoring.log_join(item, {"bakery": 3.0}, 3.0, 2, 1000, 0.1)
    assert shared_none == math.log(2) + item.constant - (math.lgamma(3.0 + vb + 3.0) - math.lgamma(3.0 + vb))
