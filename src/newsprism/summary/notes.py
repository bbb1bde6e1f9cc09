"""Conflict notes: "Outlets differ on <about>: <claim A> (<outlets>) vs <claim B> (<outlets>)."

A note is generated text, so it says nothing but the conflict's own ``about`` and the sides'
``claim`` values, each with the outlets that state it; its citations and evidence are both
sides' evidence. A chosen sentence calls for the note of every conflict whose evidence it
overlaps (same article, overlapping characters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsprism.model import Article, Conflict, Evidence, SummarySentence
from newsprism.outlets.names import source_names

POINT_WORDS = 5
"""Words of the disputed clause kept in a conflict's label when its point alone ('when') says too little: the end
of the clause, where the thing dated sits ('since his trip to Moscow' → 'when: trip to Moscow'), or the start of
a clause that was cut short ('The ship was not carrying …')."""
VAGUE_POINTS = frozenset({"when", "contradicting statements", "what", "who", "where"})
"""Points that need a few words of their clause to say what is disputed."""
_LEADING = re.compile(r"^(?:(?:since|in|on|at|of|for|to|from|by|with|the|a|an|his|her|their|its|our|this|that|"
                      r"and|or|but|was|were|is|are|it|he|she|they)\s+)+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:\s+(?:of|the|a|an|to|in|on|at|for|by|with|and|or|but|any|his|her|their|its|that|"
                       r"which|was|were|is|are|has|have|had))+$", re.IGNORECASE)


def disputed(evidence: Sequence[Evidence], conflicts: Sequence[Conflict]) -> list[int]:
    """Indices of the conflicts that have a side whose evidence overlaps ``evidence``."""
    return [number for number, conflict in enumerate(conflicts)
            if any(_overlap(a, b) for side in conflict.sides for b in side.evidence for a in evidence)]


def _overlap(a: Evidence, b: Evidence) -> bool:
    return a.article == b.article and a.part == b.part and a.start < b.end and b.start < a.end


def note(number: int, conflict: Conflict, articles: Sequence[Article]) -> SummarySentence:
    """The sentence that states conflict ``number`` (its index in the story's conflicts)."""
    order = {a.id: i for i, a in enumerate(articles)}
    names = source_names(articles)
    sides = []
    for side in conflict.sides:
        ids = _ordered({e.article for e in side.evidence}, order)
        sides.append(f"{_clean(side.claim)} ({', '.join(_unique(names.get(i, i) for i in ids))})")
    text = f"Outlets differ on {conflict_point(conflict.about)}: {' vs '.join(sides)}."
    evidence = sorted((e for side in conflict.sides for e in side.evidence),
                      key=lambda e: (order.get(e.article, len(order)), e.article, e.start))
    return SummarySentence(text=text, citations=_ordered({e.article for e in evidence}, order),
                           evidence=_unique_evidence(evidence), conflict=number)


def conflict_point(about: str) -> str:
    """The disputed point in a few words: 'how many people', 'when: trip to Moscow' (never a cut-off sentence)."""
    point, _, clause = _clean(about).partition(": ")
    if point.lower() not in VAGUE_POINTS or not clause:
        return point
    cut = clause.endswith("…")
    words = clause.rstrip(" …").split()
    piece = words[:POINT_WORDS + 1] if cut else words[-POINT_WORDS:]
    kept = _TRAILING.sub("", _LEADING.sub("", " ".join(piece))).strip(" ,;:…")
    return f"{point}: {kept or ' '.join(piece)}"


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
