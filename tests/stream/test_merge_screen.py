"""The merge check's screen: the pairs it gives are those of the full cosine product, with the same floats."""

from __future__ import annotations

import random

import numpy as np

from newsprism.stream.scoring import close_profiles, profile_row, row_cosines


def _profiles(rng: random.Random, stories: int, copies: int) -> list[dict[str, float]]:
    """Stories over a small vocabulary (common words in most of them), some of them near copies of another."""
    vocabulary = [f"w{n}" for n in range(300)]
    profiles = [{t: rng.uniform(1, 6) for t in rng.sample(vocabulary[:20], 12) + rng.sample(vocabulary, 40)}
                for _ in range(stories)]
    for _ in range(copies):
        base = rng.choice(profiles)
        profiles.append({t: w * rng.uniform(0.9, 1.1) for t, w in base.items()})
    return profiles


def _full(rows: list, threshold: float) -> list[tuple[int, int, float]]:
    cosines = row_cosines(rows)
    return [(i, j, float(cosines[i, j])) for i, j in np.argwhere(np.triu(cosines >= threshold, k=1)).tolist()]


def test_the_screen_gives_the_full_product_s_pairs_and_floats() -> None:
    rng = random.Random(4)
    for stories, copies in ((2, 0), (40, 0), (40, 3), (200, 5), (300, 0)):
        rows = [profile_row(p, 50) for p in _profiles(rng, stories, copies)]
        for threshold in (0.3, 0.6, 0.9):
            assert close_profiles(rows, threshold) == _full(rows, threshold)
    rows = [profile_row(p, 50) for p in _profiles(rng, 100, 4)]
    assert close_profiles(rows, 0.9), "the near copies reach 0.9: the test must see pairs"


def test_a_cut_profile_keeps_the_heaviest_terms_over_the_whole_norm() -> None:
    row = profile_row({"b": 2.0, "a": 2.0, "c": 1.0}, 2)
    assert row.terms == ("a", "b")
    assert row.weights == (2.0 / 3.0, 2.0 / 3.0)
