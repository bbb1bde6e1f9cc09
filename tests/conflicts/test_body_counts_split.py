"""Issue #20: body_pairs keeps, per kind of count, only the articles with two values (not every article's values);
the pairs are those of the plain definition (an article is a side when its counts meeting the other kind agree)."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

from newsprism.conflicts import body_counts
from newsprism.conflicts.body_counts import Counted, _joining, _Kind, body_pairs, measure_stems, names_near, thing
from newsprism.values import quantities

VERBS = ["sent a further", "called in an additional", "damaged", "counted", "seized", "lost"]
NOUNS = ["engines", "appliances", "shops", "rifles", "boats"]
PLACES = ["", " near Tarrow", " with the Kestrels", " near Tarrow and Oban"]


def _plain(items: list[Counted], body: Callable[[int], bool]) -> list[tuple[int, int]]:
    """body_pairs with every article's values kept per kind (the definition)."""
    kinds: dict[_Kind, list[int]] = {}
    for i, (_, text, q) in enumerate(items):
        kinds.setdefault(_Kind(thing(q), q.value, frozenset(measure_stems(text, q)), names_near(text, q), body(i),
                               subject=body_counts.subject_names(text, q), more=body_counts.of_more(text, q)),
                         []).append(i)

    def values(other: _Kind) -> dict[str, set[float]]:
        found: dict[str, set[float]] = {}
        for kind, indices in kinds.items():
            if kind.thing == other.thing and kind.meets(other):
                for i in indices:
                    found.setdefault(items[i][0], set()).add(kind.value)
        return found

    pairs: list[tuple[int, int]] = []
    for x, y in itertools.combinations(kinds, 2):
        if x.thing == y.thing and x.value != y.value and (x.body or y.body) and x.meets(y):
            meet_x, meet_y = values(x), values(y)
            pairs += _joining([i for i in kinds[x] if len(meet_y[items[i][0]]) == 1],
                              [j for j in kinds[y] if len(meet_x[items[j][0]]) == 1], items)
    return pairs


def test_the_pairs_of_the_plain_definition() -> None:
    rng = random.Random(11)
    joined = 0
    for _ in range(120):
        items: list[Counted] = []
        for _ in range(rng.randint(2, 30)):
            text = (f"Crews {rng.choice(VERBS)} {rng.randint(2, 7)} {rng.choice(NOUNS)}{rng.choice(PLACES)} "
                    "before dawn on Monday.")
            items += [(f"outlet{rng.randint(0, 6)}", text, q) for q in quantities(text)
                      if q.dimension.startswith("count:")]
        pairs = body_pairs(items, lambda i: i % 3 != 0)
        assert pairs == _plain(items, lambda i: i % 3 != 0)
        joined += len(pairs)
    assert joined > 100  # the invented counts do meet


def test_an_article_with_two_values_is_no_side() -> None:
    texts = [("north", "Crews sent a further 4 engines before dawn."),
             ("north", "Crews sent a further 6 engines after noon."),
             ("south", "Crews sent a further 5 engines before dawn."),
             ("east", "Crews sent a further 7 engines before dawn.")]
    items = [(article, text, q) for article, text in texts for q in quantities(text)]
    pairs = body_pairs(items, lambda i: True)
    assert pairs == _plain(items, lambda i: True)
    assert {frozenset((items[i][0], items[j][0])) for i, j in pairs} == {frozenset(("south", "east"))}
