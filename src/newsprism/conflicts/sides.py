"""Group the articles of a disagreement into sides, one per normalised value, and count each side's origins.

Origins are counted as facts count them (:func:`newsprism.align.facts.origins`): articles that reprint or
rewrite one another are one origin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newsprism.conflicts.explain import explain
from newsprism.model import Conflict, ConflictSide, Evidence


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
