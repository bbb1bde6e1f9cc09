"""The grouper's candidate index: its nearest stories are those of a term-by-term full scan, with the same dot
products, as stories come and go."""

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
    dead = set(rng.sample(range(300), 40))
    for _ in range(60):
        vector = _random_vector(rng)
        chosen, dots = postings.nearest(vector, 10, lambda n: n not in dead)
        assert chosen == _full_scan(vector, sums, norms, 10, dead)
        full = postings.dots(vector)
        assert all(dots[n] == full[n] for n in chosen)  # the same floats, not merely close


def test_few_stories_are_all_candidates() -> None:
    rng = random.Random(5)
    postings, sums, norms = _index(rng, 6)
    vector = _unit({**dict.fromkeys(COMMON, 0.1), "rare1": 1.0})
    chosen, _ = postings.nearest(vector, 10, lambda n: True)
    assert chosen == _full_scan(vector, sums, norms, 10, set()) == list(range(6))


def test_removed_and_updated_stories_follow_the_index() -> None:
    """Stories leave (their slots reused by new ones) and grow (their weights and norms change): the index gives
    what a full scan of the stories as they are now gives."""
    rng = random.Random(11)
    postings, sums, norms = _index(rng, 120)
    for round_ in range(8):
        for story in rng.sample(sorted(sums), 15):
            postings.remove(story)
            del sums[story], norms[story]
        for story in rng.sample(sorted(sums), 15):
            added = _random_vector(rng)
            for term, weight in added.items():
                sums[story][term] = sums[story].get(term, 0.0) + weight
            norms[story] = math.sqrt(sum(v * v for v in sums[story].values()))
            postings.put(story, sums[story], added, norms[story])
        for number in range(1000 + 20 * round_, 1015 + 20 * round_):
            total = _random_vector(rng)
            sums[number], norms[number] = total, 1.0
            postings.put(number, total, total, 1.0)
        postings.refresh()
        for _ in range(10):
            vector = _random_vector(rng)
            chosen, dots = postings.nearest(vector, 10, lambda n: True)
            assert chosen == _full_scan(vector, sums, norms, 10, set())
            full = postings.dots(vector)
            assert set(full) == {n for n, total in sums.items() if set(total) & set(vector)}
            assert all(dots[n] == full[n] for n in chosen)


def test_ties_go_to_the_older_story_and_dead_ones_are_passed_over() -> None:
    postings = StoryPostings()
    for story in range(30):
        postings.put(story, {"a": 1.0}, ["a"], 1.0)
    chosen, _ = postings.nearest({"a": 1.0}, 10, lambda n: n % 3 != 0)
    assert chosen == [1, 2, 4, 5, 7, 8, 10, 11, 13, 14]


def test_removed_stories_are_no_candidates() -> None:
    postings = StoryPostings()
    postings.put(0, {"a": 1.0}, ["a"], 1.0)
    postings.put(1, {"a": 0.5}, ["a"], 1.0)
    postings.remove(0)
    assert postings.nearest({"a": 1.0}, 10, lambda n: True)[0] == [1]
