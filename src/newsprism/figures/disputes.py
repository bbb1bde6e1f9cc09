"""Conflicts from figures: a disputed figure (different values in the same time window) becomes a conflict whose
explanation names the measure, each side's value, its outlets, their words and when they published. Updated
figures (a later report gives a new value) are no conflict: the report shows them as updates."""

from __future__ import annotations

from newsprism.model import Conflict, ConflictSide, Evidence, Figure, FigureSide, FigureValue

SNIPPET = 80
"""Characters of each side's sentence quoted around the figure: the clause that says what it counts."""


def figure_conflicts(figures: list[Figure]) -> list[Conflict]:
    """One conflict of kind "number" per disputed figure; each side's claim is its figure's words ('14 people were
    injured')."""
    return [_conflict(f) for f in figures if f.verdict == "disputed" and len(f.sides) >= 2]


def _conflict(figure: Figure) -> Conflict:
    sides = [ConflictSide(claim=_stated(figure, side.articles[0], side.claim).mention.text,
                          evidence=_evidence(figure, side), articles=len(side.articles), origins=side.origins)
             for side in figure.sides]
    sides.sort(key=lambda s: (-s.origins, -s.articles, s.evidence[0].article))
    return Conflict(kind="number", about=figure.about, sides=sides, explanation=explain_figure(figure))


def _evidence(figure: Figure, side: FigureSide) -> list[Evidence]:
    return [_stated(figure, article, side.claim).evidence for article in side.articles]


def _stated(figure: Figure, article: str, claim: str) -> FigureValue:
    own = [v for v in figure.values if v.article == article]
    return next((v for v in own if v.written == claim), own[0])


def explain_figure(figure: Figure) -> str:
    """'Outlets give different numbers of people killed in the same time window: 000, 002 say "128" ("... 128
    people were killed ...", 2 independent origins, published 2015-11-14); 001 says "129" (...).'"""
    parts = []
    for side in sorted(figure.sides, key=lambda s: (-s.origins, -len(s.articles))):
        first = _stated(figure, side.articles[0], side.claim)
        verb = "says" if len(side.articles) == 1 else "say"
        origins = f"{side.origins} independent origin{'s' if side.origins != 1 else ''}"
        when = f", published {side.first_published}" if side.first_published else ""
        if side.last_published and side.last_published != side.first_published:
            when += f" to {side.last_published}"
        parts.append(f'{", ".join(side.articles)} {verb} "{side.claim}" ("{_snippet(first)}"; {origins}{when})')
    return f"Outlets give different figures for {figure.about} in the same time window: " + "; ".join(parts) + "."


def _snippet(value: FigureValue) -> str:
    """The sentence, or the stretch of it around the figure's words when it is long."""
    text, at = value.evidence.text, value.mention.start - value.evidence.start
    if len(text) <= SNIPPET:
        return " ".join(text.split())
    start = max(0, min(at - SNIPPET // 3, len(text) - SNIPPET))
    piece = " ".join(text[start:start + SNIPPET].split())
    return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(text) else "")
