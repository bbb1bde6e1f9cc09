"""Dated clauses paired once per pair of contents (issue #20) give the pairs of the item-by-item scan: random
one-event stories of reprinted dated sentences (written for these tests) with random clause similarities, ties
included; and each content's closest item per article is the first of the most similar."""

from __future__ import annotations

import random
from collections.abc import Callable

import numpy as np
import pytest
from dated_records import dated

from newsprism.arrays import pairs_at_least
from newsprism.conflicts.contents import closest_in_articles, content_numbers
from newsprism.conflicts.dated import (
    SAME_THING,
    SAME_WORDS,
    Dated,
    _content,
    _dates_different_things,
    _pairs,
    same_day,
    same_words,
)

SENTENCES = [
    ("Mr. Lark pleaded guilty to obstruction of justice in 1971.", "in 1971"),
    ("In 1972, Lark pleaded guilty to a count of plotting to obstruct the courts.", "In 1972"),
    ("Lark pleaded guilty to obstruction of justice in 1972.", "in 1972"),
    ("The mill on the Harrow river closed in 1998 after the flood.", "in 1998"),
    ("The Harrow mill closed its doors in 1997, after a flood.", "in 1997"),
    ("Orlin was named the top coach of the season in 1989 by the league.", "in 1989"),
    ("Orlin was named head coach of the club in 2005.", "in 2005"),
]


def _dated(article: str, text: str, expression: str) -> Dated:
    return dated(article, text, expression, clause=text.replace(expression, ""), offset=5)


def _old_pairs(items: list[Dated], similarity: np.ndarray) -> list[tuple[int, int]]:
    """The scan before issue #20's contents: every pair over SAME_WORDS, each item's closest per article by max."""
    by_article: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        by_article.setdefault(item.expression.article, []).append(index)
    alike: Callable[[int, int], bool] = lambda i, j: same_day(items[i].value, items[j].value)  # noqa: E731

    def best(i: int, article: str) -> int | None:
        options = [j for j in by_article.get(article, []) if not alike(j, i)]
        return max(options, key=lambda j: float(similarity[i, j]), default=None)

    pairs = []
    for i, j in zip(*pairs_at_least(similarity, SAME_WORDS), strict=True):
        item, other = items[int(i)], items[int(j)]
        if other.expression.article == item.expression.article or alike(int(i), int(j)):
            continue
        if _dates_different_things(item, other) or (similarity[i, j] < SAME_THING and not same_words(item, other)):
            continue
        if best(int(i), other.expression.article) == j and best(int(j), item.expression.article) == i:
            pairs.append((int(i), int(j)))
    return pairs


def _story(rng: random.Random) -> tuple[list[Dated], list[int], np.ndarray]:
    items = [_dated(f"a{rng.randrange(8)}", *rng.choice(SENTENCES[:rng.choice((3, 5, 7))]))
             for _ in range(rng.randint(2, 30))]
    content, first = content_numbers([_content(d) for d in items])
    levels = (0.4, 0.5, 0.6, 0.75, 0.8, 0.9)
    between = np.array([[rng.choice(levels) for _ in first] for _ in first], dtype=np.float32)
    between = np.triu(between, 1) + np.triu(between, 1).T + np.eye(len(first), dtype=np.float32)
    return items, content, between


@pytest.mark.parametrize("seed", range(60))
def test_pairs_read_per_content_equal_the_item_scan(seed: int) -> None:
    items, content, between = _story(random.Random(seed))
    assert _pairs(items, between, content) == _old_pairs(items, between[content][:, content])


def test_the_random_stories_pair_and_leave_pairs_out() -> None:
    found = [len(_old_pairs(items, between[content][:, content]))
             for items, content, between in map(_story, map(random.Random, range(60)))]
    assert sum(found) > 20 and found.count(0) > 5


def test_closest_is_the_first_of_the_most_similar() -> None:
    similarity = np.array([[1.0, 0.5, 0.5], [0.5, 1.0, 0.9], [0.5, 0.9, 1.0]], dtype=np.float32)
    content, article = [0, 1, 2, 1, 0], [0, 1, 1, 1, 2]
    apart = np.ones((3, 3), dtype=bool)
    apart[0, 0] = False
    found = closest_in_articles(similarity, content, article, apart)
    assert found.tolist() == [[-1, 1, -1], [0, 1, 4], [0, 2, 4]]
