"""Group the articles of a disagreement into sides, one per normalised value, and count each side's origins.

Origins are counted as facts count them (:func:`newsprism.align.facts.origins`): articles that reprint or
rewrite one another are one origin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from newsprism.conflicts.explain import explain
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
