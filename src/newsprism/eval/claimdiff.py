"""``newsprism eval claimdiff PATH``: how often conflict finding flags ClaimDiff's "weaken" pairs.

PATH is a ClaimDiff JSON file (``{"data": [{"claim_a", "claim_b", "relation", ...}]}``; relation 1: claim_b
weakens claim_a). A pair is flagged when :func:`newsprism.conflicts.compare.disagreements` finds any
disagreement between the two claims; the ``newsprism-aligned`` figures flag it only when the story alignment
would also link the two claims (same-statement probability ≥ the alignment's threshold), as ``find_conflicts``
does. ClaimDiff's pairs come from different articles and are mostly not the
same statement, and "weaken" is wider than contradiction, so the figures are to watch, not a bar to pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from newsprism.align.similarity import SAME_STATEMENT_THRESHOLD, same_statement
from newsprism.conflicts.compare import disagreements
from newsprism.eval.conflicts import to_sentences
from newsprism.eval.results import NEWSPRISM, EvalError, EvalResult
from newsprism.nlp.resources import NlpResources

DATASET = "claimdiff"


def read_claimdiff(path: Path) -> list[tuple[str, str, bool]]:
    """(claim_a, claim_b, weakens) of every item; EvalError when the file is not ClaimDiff JSON."""
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    try:
        items = json.loads(path.read_text(encoding="utf-8"))["data"]
        pairs = [(str(i["claim_a"]), str(i["claim_b"]), int(i["relation"]) == 1) for i in items]
    except (ValueError, KeyError, TypeError) as error:
        raise EvalError(f"{path}: not a ClaimDiff file ({error.__class__.__name__}: {error})") from error
    if not pairs:
        raise EvalError(f"{path}: no pairs")
    return pairs


def evaluate_claimdiff(path: Path, resources: NlpResources) -> list[EvalResult]:
    pairs = read_claimdiff(path)
    a = to_sentences([p[0] for p in pairs], resources.spacy)
    b = to_sentences([p[1] for p in pairs], resources.spacy)
    flagged = [bool(disagreements(x, y)) for x, y in zip(a, b, strict=True)]
    left, right = resources.encoder.encode([p[0] for p in pairs]), resources.encoder.encode([p[1] for p in pairs])
    cosine = np.einsum("ij,ij->i", left.vectors, right.vectors).astype(np.float32)
    aligned = same_statement(left.texts, right.texts, cosine) >= SAME_STATEMENT_THRESHOLD
    gold = [p[2] for p in pairs]
    return [*_figures(flagged, gold, NEWSPRISM, path.name),
            *_figures([f and bool(s) for f, s in zip(flagged, aligned, strict=True)], gold, NEWSPRISM + "-aligned",
                      path.name)]


def _figures(flagged: list[bool], gold: list[bool], system: str, split: str) -> list[EvalResult]:
    hits = sum(f and g for f, g in zip(flagged, gold, strict=True))
    precision = hits / sum(flagged) if any(flagged) else 0.0
    recall = hits / sum(gold) if any(gold) else 0.0
    return [EvalResult(DATASET, system, "weaken_precision", precision, split, len(gold)),
            EvalResult(DATASET, system, "weaken_recall", recall, split, len(gold)),
            EvalResult(DATASET, system, "flagged", float(sum(flagged)), split, len(gold)),
            EvalResult(DATASET, system, "weaken_pairs", float(sum(gold)), split, len(gold))]
