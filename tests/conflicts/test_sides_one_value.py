"""The shared rule of readers that key items by words alone: each article one value of a thing, neither writing the
other's (conflicts/sides.py: one_value_conflicts, joined)."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from newsprism.conflicts.sides import OneValueEach, joined, one_value_conflicts
from newsprism.model import Evidence


@dataclass(frozen=True)
class Count:
    """An invented item: how many lanterns a harbour keeps, as one article says."""

    harbour: str
    value: int
    sentence: Evidence


TEXTS = {
    "a": "Pellmoor harbour keeps 14 lanterns.",
    "b": "The 12 lanterns of Pellmoor harbour were lit.",
    "c": "Pellmoor harbour keeps 14 lanterns, and 12 more stand in store.",
    "d": "Pellmoor harbour has 12 lanterns; Osk harbour has 14 lanterns, a guide says.",
}


def _count(article: str, harbour: str, value: int) -> Count:
    text = TEXTS[article]
    return Count(harbour, value, Evidence(article=article, start=0, end=len(text), text=text))


def _rule(close: int = 10) -> OneValueEach[Count]:
    return OneValueEach[Count](
        kind="number", about=lambda x: f"lanterns at {x.harbour}", claim=lambda x: (f"{x.value} lanterns", x.sentence),
        meet=lambda x, y: x.sentence.article != y.sentence.article and x.harbour == y.harbour,
        same=lambda x, y: x.value == y.value, writes=lambda text, x: f"{x.value} lanterns" in text,
        close=lambda x, y: abs(x.value - y.value) <= close)


def _table(*articles: str) -> SimpleNamespace:
    return SimpleNamespace(articles=[SimpleNamespace(id=a, text=TEXTS[a]) for a in articles])


def test_two_articles_giving_one_thing_two_values_are_one_conflict() -> None:
    items = [_count("a", "Pellmoor", 14), _count("b", "Pellmoor", 12)]
    [conflict] = one_value_conflicts(_table("a", "b"), items, _rule(), lambda a: ord(a[0]))
    assert conflict.about == "lanterns at Pellmoor"
    assert [[e.article for e in side.evidence] for side in conflict.sides] == [["a"], ["b"]]


def test_an_article_with_two_values_or_writing_the_others_takes_no_side() -> None:
    two = [_count("a", "Pellmoor", 14), _count("c", "Pellmoor", 14), _count("c", "Pellmoor", 12)]
    assert one_value_conflicts(_table("a", "c"), two, _rule(), lambda a: ord(a[0])) == []
    writes = [_count("a", "Pellmoor", 14), _count("d", "Pellmoor", 12)]
    assert one_value_conflicts(_table("a", "d"), writes, _rule(), lambda a: ord(a[0])) == []


def test_values_too_far_apart_are_not_compared() -> None:
    items = [_count("a", "Pellmoor", 14), _count("b", "Pellmoor", 12)]
    assert one_value_conflicts(_table("a", "b"), items, _rule(close=1), lambda a: ord(a[0])) == []


def test_joined_groups_pairs_in_order_of_their_first_item() -> None:
    assert joined([5, 1, 6, 2, 9], lambda x, y: abs(x - y) == 1) == [[5, 6], [1, 2]]
