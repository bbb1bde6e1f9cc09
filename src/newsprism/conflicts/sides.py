"""Group the articles of a disagreement into sides, one per normalised value, and count each side's origins.

Origins are counted as facts count them (:func:`newsprism.align.facts.origins`): articles that reprint or
rewrite one another are one origin. Readers that key items by words alone (a game's score at a clock, a parent's count
of children, a time of day) join them with :func:`one_value_conflicts`: two items differ where each article gives the
thing one value and neither writes the other's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from newsprism.align import SentenceTable
from newsprism.conflicts.explain import explain
from newsprism.grouping import DisjointSets
from newsprism.model import Conflict, ConflictKind, ConflictSide, Evidence

T = TypeVar("T")


@dataclass(frozen=True)
class Claim:
    """One article's statement of a value: the value as written, its normalised key, and the sentence."""

    written: str
    key: str
    evidence: Evidence


def build_sides(claims: list[Claim], origin: Callable[[str], int], same: Callable[[str, str], bool]) -> list[
        ConflictSide]:
    """One side per group of agreeing keys (``same``), each article once (its first claim), best supported first."""
    groups: list[list[Claim]] = []
    for claim in claims:
        group = next((g for g in groups if same(g[0].key, claim.key)), None)
        if group is None:
            groups.append([claim])
        elif claim.evidence.article not in {c.evidence.article for c in group}:
            group.append(claim)
    claimed = [a for g in groups for a in {c.evidence.article for c in g}]
    groups = [[c for c in g if claimed.count(c.evidence.article) == 1] for g in groups]  # an article on two sides
    sides = [_side(g, origin) for g in groups if g]
    return sorted(sides, key=lambda s: (-s.origins, -s.articles, s.evidence[0].article))


def _side(group: list[Claim], origin: Callable[[str], int]) -> ConflictSide:
    articles = [c.evidence.article for c in group]
    return ConflictSide(claim=group[0].written, evidence=[c.evidence for c in group], articles=len(articles),
                        origins=len({origin(a) for a in articles}))


def two_valued(stated: Iterable[tuple[str, str]]) -> set[str]:
    """The articles that give two different values (``(article, key)`` pairs) of one thing: such an article takes no
    side, since it may speak of two things."""
    keys: dict[str, set[str]] = {}
    for article, key in stated:
        keys.setdefault(article, set()).add(key)
    return {article for article, seen in keys.items() if len(seen) > 1}


def number_conflict(about: str, sides: list[ConflictSide]) -> Conflict:
    """A 'number' conflict about ``about`` between ``sides``, with its one-read explanation."""
    return Conflict(kind="number", about=about, sides=sides, explanation=explain("number", about, sides))


def grouped_conflict(kind: ConflictKind, about: str, group: Sequence[T], claim: Callable[[T], tuple[str, Evidence]],
                     same: Callable[[T, T], bool], origin: Callable[[str], int]) -> Conflict | None:
    """A ``kind`` conflict about ``about`` between the sides a group of stated values forms (each item one claim,
    ``claim`` giving its value as written and its sentence; ``same`` telling agreeing items), or None where they
    form one side."""
    by_key = {str(n): item for n, item in enumerate(group)}
    stated = {key: claim(item) for key, item in by_key.items()}
    claims = [Claim(written, key, evidence) for key, (written, evidence) in stated.items()]
    sides = build_sides(claims, origin, lambda a, b: same(by_key[a], by_key[b]))
    return Conflict(kind=kind, about=about, sides=sides, explanation=explain(kind, about, sides)) \
        if len(sides) >= 2 else None


class Stated(Protocol):
    """An item one article states, in the sentence its evidence names."""

    @property
    def sentence(self) -> Evidence: ...


S = TypeVar("S", bound=Stated)


def _anywhere(x: object, y: object) -> bool:
    return True


@dataclass(frozen=True)
class OneValueEach(Generic[S]):
    """How a reader's items of one thing are met and told apart (:func:`one_value_conflicts`): ``meet`` (different
    articles, one thing), ``same`` (agreeing values; also the sides' agreement), ``writes`` (an article's text writes
    the item's value anywhere), ``close`` (a pair near enough to compare), and the conflict's ``kind``, its ``about``
    (read off a group's first item) and each item's ``claim`` (its value as written, its sentence)."""

    kind: ConflictKind
    about: Callable[[S], str]
    claim: Callable[[S], tuple[str, Evidence]]
    meet: Callable[[S, S], bool]
    same: Callable[[S, S], bool]
    writes: Callable[[str, S], bool]
    close: Callable[[S, S], bool] = _anywhere


def one_value_conflicts(table: SentenceTable, items: Sequence[S], rule: OneValueEach[S],
                        origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per group of items joined where two differ (:func:`_differ`), or none where a group forms one
    side."""
    texts = {a.id: a.text for a in table.articles}
    groups = joined(items, lambda x, y: _differ(x, y, items, texts, rule))
    conflicts = [grouped_conflict(rule.kind, rule.about(g[0]), g, rule.claim, rule.same, origin) for g in groups]
    return [c for c in conflicts if c is not None]


def joined(items: Sequence[T], pair: Callable[[T, T], bool]) -> list[list[T]]:
    """The groups of items that ``pair`` joins (each pair read once, the earlier item first), in the order of their
    first item; an item joined to none is left out."""
    groups: DisjointSets[int] = DisjointSets()
    for i, x in enumerate(items):
        for j in range(i + 1, len(items)):
            if pair(x, items[j]):
                groups.join(i, j)
    return [[items[i] for i in group] for group in groups.groups()]


def _differ(x: S, y: S, items: Sequence[S], texts: dict[str, str], rule: OneValueEach[S]) -> bool:
    """Two items of one thing whose values differ, close enough to compare, each article giving the thing one value
    and neither writing the other's."""
    if not rule.meet(x, y) or rule.same(x, y) or not rule.close(x, y):
        return False
    if not (_one_value(x, y, items, rule) and _one_value(y, x, items, rule)):
        return False
    return not (rule.writes(texts.get(x.sentence.article, ""), y) or rule.writes(texts.get(y.sentence.article, ""), x))


def _one_value(x: S, y: S, items: Sequence[S], rule: OneValueEach[S]) -> bool:
    """Every item of ``x``'s article that meets ``y`` agrees with ``x``: the article gives the thing one value."""
    return all(rule.same(i, x) for i in items if i.sentence.article == x.sentence.article and rule.meet(i, y))
