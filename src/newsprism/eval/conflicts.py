"""``newsprism eval conflicts PATH``: precision, recall and F1 of conflict finding on labelled sentence pairs.

PATH is a JSON Lines file of pairs ``{"a", "b", "label": "conflict"|"consistent", "kind", "transform"}``
(docs/conflict-pairs.md; make one with :mod:`newsprism.eval.conflict_pairs`). Each sentence is parsed by spaCy
for its entities and the pair is compared by :func:`newsprism.conflicts.compare.disagreements`, the check
``find_conflicts`` applies to aligned sentences. Per conflict kind: a true positive is a conflict pair of that
kind (or of a finer kind of it, :data:`PARENT`) flagged with that kind; a false positive is any other pair flagged
with it. A finer kind ('money', 'day', 'aux-negation', 'rank') is flagged when the disagreement's ``slot`` names
it. Overall: a pair flagged with any kind against the label. The baseline is the reuse stage's slot differences
(:func:`newsprism.reuse.changes.differences`: any differing number, date, name or place).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.slots import Disagreement
from newsprism.eval.results import NEWSPRISM, EvalError, EvalResult
from newsprism.model import EntityMention, Sentence
from newsprism.nlp.resources import NlpResources
from newsprism.reuse.changes import differences

DATASET = "conflicts"
BASELINE = "slot-diff"
KINDS = ("date", "number", "place", "person", "negation", "money", "day", "aux-negation", "rank")
PARENT = {"money": "number", "rank": "number", "day": "date", "aux-negation": "negation"}
"""Finer kinds of the benchmark and the conflict kind each is a case of: a money pair is also a number pair (its
recall counts in 'number' too), and a pair flagged 'money' is flagged 'number'."""
BASELINE_KINDS = {"number": "number", "date": "date", "name": "person", "place": "place"}
LABELS = ("conflict", "consistent")


@dataclass(frozen=True)
class LabelledPair:
    a: str
    b: str
    conflict: bool
    kind: str
    transform: str


def read_pairs(path: Path) -> list[LabelledPair]:
    """The pairs of a JSON Lines file; EvalError on a line that is not one."""
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            pair = LabelledPair(str(row["a"]), str(row["b"]), row["label"] == "conflict", str(row.get("kind", "")),
                                str(row.get("transform", "")))
            if row["label"] not in LABELS:
                raise ValueError(row["label"])
        except (ValueError, KeyError, TypeError) as error:
            raise EvalError(f"{path}:{number}: not a pair line ({error.__class__.__name__}: {error})") from error
        pairs.append(pair)
    if not pairs:
        raise EvalError(f"{path}: no pairs")
    return pairs


def to_sentences(texts: Sequence[str], nlp: Any) -> list[Sentence]:
    """Each text as one Sentence with spaCy's entities (offsets from 0)."""
    return [Sentence(start=0, end=len(doc.text), text=doc.text,
                     entities=[EntityMention(text=e.text, label=e.label_, start=e.start_char, end=e.end_char)
                               for e in doc.ents])
            for doc in nlp.pipe(texts, batch_size=64)]


def evaluate_conflicts(path: Path, resources: NlpResources) -> list[EvalResult]:
    pairs = read_pairs(path)
    a = to_sentences([p.a for p in pairs], resources.spacy)
    b = to_sentences([p.b for p in pairs], resources.spacy)
    ours = [flagged(disagreements(x, y)) for x, y in zip(a, b, strict=True)]
    baseline = [{BASELINE_KINDS[k] for k, _, _ in differences(x, y) if k in BASELINE_KINDS}
                for x, y in zip(a, b, strict=True)]
    return [*score(pairs, ours, NEWSPRISM, path.name), *score(pairs, baseline, BASELINE, path.name)]


def flagged(found: Sequence[Disagreement]) -> set[str]:
    """The benchmark kinds of what was found: each conflict kind, and the finer slot where it is one of
    :data:`PARENT`."""
    return {d.kind for d in found} | {d.slot for d in found if d.slot in PARENT}


def score(pairs: Sequence[LabelledPair], flagged: Sequence[set[str]], system: str, split: str) -> list[EvalResult]:
    """Precision, recall and F1 per kind, then overall (any kind flagged against the label)."""
    results: list[EvalResult] = []
    for kind in KINDS:
        gold = [p.conflict and kind in (p.kind, PARENT.get(p.kind)) for p in pairs]
        if any(gold):
            results += _prf([kind in f for f in flagged], gold, system, kind, split)
    results += _prf([bool(f) for f in flagged], [p.conflict for p in pairs], system, "overall", split)
    return results


def _prf(predicted: list[bool], gold: list[bool], system: str, kind: str, split: str) -> list[EvalResult]:
    hits = sum(p and g for p, g in zip(predicted, gold, strict=True))
    precision = hits / sum(predicted) if any(predicted) else 0.0
    recall = hits / sum(gold) if any(gold) else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: Callable[[str, float], EvalResult] = lambda metric, value: EvalResult(  # noqa: E731
        DATASET, system, f"{kind}_{metric}", value, split, len(gold))
    return [result("precision", precision), result("recall", recall), result("f1", f1)]


def errors(path: Path, resources: NlpResources) -> list[tuple[LabelledPair, set[str]]]:
    """The pairs newsprism gets wrong, with the kinds it flagged: for reading, not for reporting."""
    pairs = read_pairs(path)
    a = to_sentences([p.a for p in pairs], resources.spacy)
    b = to_sentences([p.b for p in pairs], resources.spacy)
    out = []
    for pair, x, y in zip(pairs, a, b, strict=True):
        kinds = flagged(disagreements(x, y))
        if (pair.kind in kinds) != pair.conflict or (kinds and not pair.conflict):
            out.append((pair, kinds))
    return out
