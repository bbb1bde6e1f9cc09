"""The grouper's candidate index: MaxScore's nearest stories are those of a full scan, with the same dot products."""

from __future__ import annotations

import math
import random

from newsprism.stream.postings import StoryPostings

COMMON = [f"common{n}" for n in range(30)]
RARE = [f"rare{n}" for n in range(400)]


def _unit(terms: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in terms.values()))
    return {t: v / norm for t, v in terms.items()}


def _random_vector(rng: random.Random) -> dict[str, float]:
    """Rare words weigh much, common ones (in every story) little: as TF-IDF weighs a news stream."""
    terms = {t: rng.uniform(0.5, 3.0) for t in rng.sample(RARE, 6)}
    terms.update({t: rng.uniform(0.05, 0.2) for t in rng.sample(COMMON, 12)})
    return _unit(terms)


def _index(rng: random.Random, stories: int) -> tuple[StoryPostings, dict[int, dict[str, float]], dict[int, float]]:
    postings, sums, norms = StoryPostings(), {}, {}
    for story in range(stories):
        total: dict[str, float] = {}
        for _ in range(rng.randint(1, 4)):
            for term, weight in _random_vector(rng).items():
                total[term] = total.get(term, 0.0) + weight
        sums[story], norms[story] = total, math.sqrt(sum(v * v for v in total.values()))
        postings.put(story, total, total, norms[story])
    return postings, sums, norms


def _full_scan(vector: dict[str, float], sums: dict[int, dict[str, float]], norms: dict[int, float], k: int,
               dead: set[int]) -> list[int]:
    dots: dict[int, float] = {}
    for term, weight in vector.items():
        for story, total in sums.items():
            if term in total:
                dots[story] = dots.get(story, 0.0) + weight * total[term]
    found = [n for n in dots if n not in dead]
    return sorted(sorted(found, key=lambda n: (-dots[n] / norms[n], n))[:k])


def test_nearest_is_the_full_scan_top_k_with_the_same_dot_products() -> None:
    rng = random.Random(3)
    postings, sums, norms = _index(rng, 300)
    postings.refresh(lambda n: norms[n])
    dead = set(rng.sample(range(300), 40))
    for _ in range(60):
        vector = _random_vector(rng)
        chosen, dots = postings.nearest(vector, 10, lambda n, d: d / norms[n], lambda n: n not in dead)
        assert chosen == _full_scan(vector, sums, norms, 10, dead)
        full = postings.dots(vector)
        assert all(dots[n] == full[n] for n in chosen)  # the same floats, not merely close


def test_few_stories_are_all_candidates() -> None:
    rng = random.Random(5)
    postings, sums, norms = _index(rng, 6)
    vector = _unit({**dict.fromkeys(COMMON, 0.1), "rare1": 1.0})
    chosen, _ = postings.nearest(vector, 10, lambda n, d: d / norms[n], lambda n: True)
    assert chosen == _full_scan(vector, sums, norms, 10, set()) == list(range(6))


def test_common_words_are_not_scanned_once_the_top_k_is_settled() -> None:
    """A story that shares only common words with the item is never gathered when ten stories share its rare
    words: the terms left cannot lift it into the top ten."""
    postings, norms = StoryPostings(), {}
    item = _unit({"rare1": 3.0, "rare2": 3.0, **{t: 0.05 for t in COMMON}})
    for story in range(12):
        total = _unit({"rare1": 2.0, "rare2": 2.0, COMMON[story]: 0.1})
        norms[story] = 1.0
        postings.put(story, total, total, 1.0)
    for story in range(12, 200):
        total = _unit({f"rare{story + 10}": 2.0, **{t: 0.1 for t in COMMON}})
        norms[story] = 1.0
        postings.put(story, total, total, 1.0)
    postings.refresh(lambda n: norms[n])
    gathered = postings._gather(item, 10, lambda n, d: d, lambda n: True)
    assert gathered <= set(range(12))
    chosen, _ = postings.nearest(item, 10, lambda n, d: d, lambda n: True)
    assert chosen == list(range(10))


def test_removed_stories_are_no_candidates() -> None:
    postings = StoryPostings()
    postings.put(0, {"a": 1.0}, ["a"], 1.0)
    postings.put(1, {"a": 0.5}, ["a"], 1.0)
    postings.remove(0, ["a"])
    assert postings.nearest({"a": 1.0}, 10, lambda n, d: d, lambda n: True)[0] == [1]
