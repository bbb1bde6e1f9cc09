"""Conflict notes: "Outlets differ on <about>: <claim A> (<outlets>) vs <claim B> (<outlets>)."

A note is generated text, so it says nothing but the conflict's own ``about`` and the sides'
``claim`` values, each with the outlets that state it; its citations and evidence are both
sides' evidence. A chosen sentence calls for the note of every conflict whose evidence it
overlaps (same article, overlapping characters).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsprism.model import Article, Conflict, Evidence, SummarySentence


def disputed(evidence: Sequence[Evidence], conflicts: Sequence[Conflict]) -> list[int]:
    """Indices of the conflicts that have a side whose evidence overlaps ``evidence``."""
    return [number for number, conflict in enumerate(conflicts)
            if any(_overlap(a, b) for side in conflict.sides for b in side.evidence for a in evidence)]


def _overlap(a: Evidence, b: Evidence) -> bool:
    return a.article == b.article and a.start < b.end and b.start < a.end


def note(number: int, conflict: Conflict, articles: Sequence[Article]) -> SummarySentence:
    """The sentence that states conflict ``number`` (its index in the story's conflicts)."""
    order = {a.id: i for i, a in enumerate(articles)}
    names = {a.id: a.outlet or a.id for a in articles}
    sides = []
    for side in conflict.sides:
        ids = _ordered({e.article for e in side.evidence}, order)
        sides.append(f"{_clean(side.claim)} ({', '.join(_unique(names.get(i, i) for i in ids))})")
    text = f"Outlets differ on {_clean(conflict.about)}: {' vs '.join(sides)}."
    evidence = sorted((e for side in conflict.sides for e in side.evidence),
                      key=lambda e: (order.get(e.article, len(order)), e.article, e.start))
    return SummarySentence(text=text, citations=_ordered({e.article for e in evidence}, order),
                           evidence=_unique_evidence(evidence), conflict=number)


def _clean(text: str) -> str:
    return " ".join(text.split()).rstrip(".")


def _ordered(ids: set[str], order: dict[str, int]) -> list[str]:
    return sorted(ids, key=lambda i: (order.get(i, len(order)), i))


def _unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _unique_evidence(evidence: list[Evidence]) -> list[Evidence]:
    seen: list[Evidence] = []
    for item in evidence:
        if item not in seen:
            seen.append(item)
    return seen
