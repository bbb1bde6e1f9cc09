"""One sentence a reader can check in one read: who says what, with the words each side uses."""

from __future__ import annotations

from newsprism.model import ConflictKind, ConflictSide

SNIPPET = 90
"""Characters of each side's sentence quoted in the explanation: enough for the clause around the value in every
conflict of the seeds and the example story, short enough to read at once."""
KIND_WORDS: dict[ConflictKind, str] = {
    "date": "date", "number": "figure", "place": "place", "person": "person", "negation": "negation",
    "modality": "certainty", "other": "statement"}


def explain(kind: ConflictKind, about: str, sides: list[ConflictSide]) -> str:
    """'Sources differ on the date (when ...): 004 says "2016" ("... since his 2016 trip ...", 1 origin); 000, 002
    say "April 2019" (..., 2 origins).'"""
    parts = [_side(s) for s in sides]
    return f"Sources differ on the {KIND_WORDS[kind]} ({about}): " + "; ".join(parts) + "."


def _side(side: ConflictSide) -> str:
    stating = [e for e in side.evidence if side.claim.lower() in e.text.lower()] or side.evidence[:1]
    others = [e for e in side.evidence if e not in stating]
    ids = ", ".join(e.article for e in stating)
    verb = "says" if len(stating) == 1 else "say"
    origins = f"{side.origins} independent origin{'s' if side.origins != 1 else ''}"
    backing = "".join(f'; {e.article} agrees: "{_snippet(e.text, "all")}"' for e in others)
    return f'{ids} {verb} "{side.claim}" ("{_snippet(stating[0].text, side.claim)}"{backing}; {origins})'


def _snippet(text: str, claim: str) -> str:
    """The sentence, or the stretch of it around the claimed value when it is long."""
    text = " ".join(text.split())
    if len(text) <= SNIPPET:
        return text
    at = max(text.lower().find(claim.lower().split()[-1] if claim.split() else claim.lower()), 0)
    start = max(0, min(at - SNIPPET // 2, len(text) - SNIPPET))
    piece = text[start:start + SNIPPET].strip()
    return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(text) else "")
