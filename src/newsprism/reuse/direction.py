"""Which article of a reusing pair is the source, where the evidence allows.

In order: a wire credit on one side only; the wire's own copy (dateline with a credit)
against a copy that only credits it; one text containing the other (a trimmed reprint is
covered by its source); an earlier publication date. Otherwise unknown. :func:`oriented` reads a change of a
directed pair from the source to the copy, whichever of the pair's two articles the source is.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.model import Article, Change, Evidence, Reuse

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


@dataclass(frozen=True)
class OrientedChange:
    """A change read source → copy: the source's sentence and value, then the copy's."""

    kind: str
    source: Evidence
    source_value: str
    copy: Evidence
    copy_value: str


def oriented(reuse: Reuse, change: Change) -> OrientedChange | None:
    """``change`` from the pair's source to its copy; None when the pair's direction is unknown.

    A change's ``a`` side is the pair's ``a`` article, which is the copy whenever the source is the pair's second
    article: read as it is stored, the copy's wording would seem to be the original."""
    if reuse.source is None or reuse.source not in (change.a.article, change.b.article):
        return None
    if change.a.article == reuse.source:
        return OrientedChange(change.kind, change.a, change.a_value, change.b, change.b_value)
    return OrientedChange(change.kind, change.b, change.b_value, change.a, change.a_value)
