"""Weekday items read once per pair of contents (issue #20) group as the item-by-item scan did: random stories of
reprinted weekday sentences (written for these tests), articles near and far apart in time, an article dating the
event to two days."""

from __future__ import annotations

import random

import pytest

from newsprism.conflicts.weekdays import Weekday, _joined, _meet, _near_in_time
from newsprism.grouping import DisjointSets
from newsprism.model import Evidence

TEMPLATES = [
    (2, "Wednesday", "Mara Quell checked into the Halvard Clinic on Wednesday.", {"check"}, {"Halvard", "Clinic"}),
    (3, "Thursday", "Mara Quell checked into the Halvard Clinic on Thursday.", {"check"}, {"Halvard", "Clinic"}),
    (4, "Friday", "Early Friday the singer checked into the Halvard Clinic.", {"check"}, {"Halvard", "Clinic"}),
    (3, "Thursday", "Quell left the Halvard Clinic on Thursday.", {"left"}, {"Halvard", "Clinic"}),
    (1, "Tuesday", "Quell left the Halvard Clinic on Tuesday.", {"left"}, {"Halvard", "Clinic"}),
    (3, "Thursday", "Mara Quell checked into the Osterby Clinic on Thursday.", {"check"}, {"Osterby", "Clinic"}),
]


def _old_groups(items: list[Weekday], published: dict[str, str | None]) -> list[list[int]]:
    """The scan before issue #20's contents: every item against every later one, each article's own items read."""
    own: dict[str, list[Weekday]] = {}
    for item in items:
        own.setdefault(item.sentence.article, []).append(item)
    groups: DisjointSets[int] = DisjointSets()
    for i, x in enumerate(items):
        for j in range(i + 1, len(items)):
            y = items[j]
            if _meet(x, y) and x.day != y.day and _near_in_time(published, x, y) \
                    and all(o.day == x.day for o in own[x.sentence.article] if _meet(o, y)) \
                    and all(o.day == y.day for o in own[y.sentence.article] if _meet(o, x)):
                groups.join(i, j)
    return groups.groups()


def _story(rng: random.Random, articles: int, far: bool) -> tuple[list[Weekday], dict[str, str | None]]:
    items: list[Weekday] = []
    for n in range(articles):
        for _ in range(rng.choice((1, 1, 1, 2))):
            day, written, text, verbs, names = rng.choice(TEMPLATES[:rng.choice((2, 3, 6))])
            items.append(Weekday(day, written, Evidence(article=f"a{n}", start=len(items), end=len(items) + len(text),
                                                        text=text), frozenset(verbs), frozenset(names)))
    rng.shuffle(items)
    days = (1, 2, 3, 20) if far else (1, 2, 3)
    published = {f"a{n}": rng.choice((None, *(f"2024-03-{d:02d}" for d in days))) for n in range(articles)}
    return items, published


@pytest.mark.parametrize("seed", range(40))
def test_contents_group_as_the_item_scan(seed: int) -> None:
    rng = random.Random(seed)
    items, published = _story(rng, rng.randint(2, 9), far=seed % 3 == 0)
    assert _joined(items, published).groups() == _old_groups(items, published)


def test_the_random_stories_hold_conflicts_and_look_alikes() -> None:
    """The stories above are the case the change is about: some join, some articles are sides of none."""
    joined = [len(_old_groups(*_story(random.Random(seed), 6, far=False))) for seed in range(40)]
    assert any(joined) and not all(joined)


def test_a_story_without_weekdays_has_no_groups() -> None:
    assert _joined([], {}).groups() == []
