"""Which article of a reusing pair is the source, where the evidence allows.

In order: a wire credit on one side only; the wire's own copy (dateline with a credit)
against a copy that only credits it; one text containing the other (a trimmed reprint is
covered by its source); an earlier publication date. Otherwise unknown.
"""

from __future__ import annotations

from newsprism.model import Article

CONTAINED = 0.9
"""A reprint is contained in its source when at least this share of it is aligned..."""
MARGIN = 0.03
"""...while the source is covered less (a trimmed reprint leaves part of the source out: one paragraph
of the example wire's twelve is 0.07)."""


def source_of(a: Article, b: Article, cover_a: float, cover_b: float) -> str | None:
    for rule in (_credit, _wire_copy, lambda x, y: _containment(x, y, cover_a, cover_b), _earlier):
        found = rule(a, b)
        if found is not None:
            return found
    return None


def _credit(a: Article, b: Article) -> str | None:
    if bool(a.credit) != bool(b.credit):
        return a.id if a.credit else b.id
    return None


def _wire_copy(a: Article, b: Article) -> str | None:
    """Both credit a wire; the one filed with the wire's dateline is its own copy."""
    if a.credit and b.credit and bool(a.dateline) != bool(b.dateline):
        return a.id if a.dateline else b.id
    return None


def _containment(a: Article, b: Article, cover_a: float, cover_b: float) -> str | None:
    if cover_b >= CONTAINED and cover_a <= cover_b - MARGIN:
        return a.id
    if cover_a >= CONTAINED and cover_b <= cover_a - MARGIN:
        return b.id
    return None


def _earlier(a: Article, b: Article) -> str | None:
    if a.published and b.published and a.published[:10] != b.published[:10]:
        return a.id if a.published[:10] < b.published[:10] else b.id
    return None
