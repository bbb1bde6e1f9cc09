"""``newsprism eval disagreements SPEC DATA``: real disagreements between outlets found, look-alikes left alone.

Each story of the spec (:mod:`newsprism.eval.disagreement_labels`: ECB+ topic folders and NeuS lines, read from the
DATA root holding ``ecbplus/`` and ``neus_allsides/``) is analysed as one story by the whole pipeline
(:func:`newsprism.pipeline.analyze_raw`), and its conflicts are read against the hand labels:

- a conflict **finds** a real disagreement when two of its sides hold articles the label gives different values,
  each side's claim stating its article's value;
- a conflict **flags** a look-alike when it pits the look-alike's two (article, value) the same way;
- a conflict is **right** when it finds a real disagreement; any other reported conflict counts as wrong
  (a look-alike, or one no label names: read them with ``--show``).

Metrics: ``recall`` (real disagreements found / labelled), ``lookalikes_flagged`` (a count), ``precision``
(right conflicts / reported), ``conflicts`` (reported). Done when recall ≥ 0.7, no look-alike flagged and
precision 1.0 (issue #18).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from newsprism.config import Config
from newsprism.eval.disagreement_labels import Label, LabelledStory, read_spec, story_articles
from newsprism.eval.results import NEWSPRISM, EvalResult
from newsprism.model import Conflict
from newsprism.nlp import NlpResources, load_resources
from newsprism.pipeline import analyze_raw
from newsprism.values import numbers, quantities

DATASET = "disagreements"
LABELS = Path(__file__).parent / "labels" / "disagreements.spec"
"""The packaged dev labels (ECB+ train/dev topics and NeuS train lines)."""
SAME = 1e-6
"""Relative difference under which a claim's number is the labelled value (5.9 and 5.9000001)."""


@dataclass(frozen=True)
class StoryScore:
    """One story's conflicts read against its labels."""

    story: LabelledStory
    conflicts: list[Conflict]
    found: list[Label]
    missed: list[Label]
    flagged: list[Label]
    """look-alikes some conflict pits"""
    right: list[Conflict]
    wrong: list[Conflict]


def evaluate_disagreements(spec: Path, root: Path, resources: NlpResources | None = None,
                           config: Config | None = None) -> tuple[list[EvalResult], list[StoryScore]]:
    """Recall, look-alikes flagged and precision over the spec's stories; with each story's score for reading."""
    config = config or Config()
    resources = resources or load_resources(config.nlp)
    scores = [score_story(s, analyze_raw(story_articles(s, root), config, resources).conflicts)
              for s in read_spec(spec)]
    return summarise(scores, spec.name), scores


def score_story(story: LabelledStory, conflicts: list[Conflict]) -> StoryScore:
    real = [x for x in story.labels if x.real]
    alike = [x for x in story.labels if not x.real]
    found = [x for x in real if any(pits(c, x) for c in conflicts)]
    right = [c for c in conflicts if any(pits(c, x) for x in real)]
    return StoryScore(story, conflicts, found, [x for x in real if x not in found],
                      [x for x in alike if any(pits(c, x) for c in conflicts)], right,
                      [c for c in conflicts if c not in right])


def pits(conflict: Conflict, label: Label) -> bool:
    """Two sides of the conflict hold labelled articles stating different labelled values, each on its claim."""
    held = []
    for side in conflict.sides:
        stated = claim_values(side.claim)
        held.append({(e.article, v) for e in side.evidence if e.article in label.values
                     for v in label.values[e.article] if _stated(v, stated, side.claim)})
    for i, first in enumerate(held):
        for second in held[i + 1:]:
            if any(v != w and not _equal(v, w) for _, v in first for _, w in second):
                return True
    return False


def claim_values(claim: str) -> list[float]:
    """The numbers a side's claim states, scales applied ('$108 million' → 108e6), the counts the one value reader
    reads without a figure ('a pair of left hooks' → 2), and its bare digits."""
    read = [n.value for n in numbers(claim)] + [q.value for q in quantities(claim)]
    return read + [float(d.replace(",", "")) for d in re.findall(r"\d[\d,]*(?:\.\d+)?", claim)]


def _stated(value: str, stated: list[float], claim: str) -> bool:
    try:
        wanted = float(value)
    except ValueError:
        return value.lower() in claim.lower()
    return any(abs(x - wanted) <= SAME * max(abs(wanted), 1.0) for x in stated)


def _equal(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return a.lower() == b.lower()


def summarise(scores: list[StoryScore], split: str) -> list[EvalResult]:
    real = sum(len(s.found) + len(s.missed) for s in scores)
    found = sum(len(s.found) for s in scores)
    reported = sum(len(s.conflicts) for s in scores)
    right = sum(len(s.right) for s in scores)
    alike = sum(len([x for x in s.story.labels if not x.real]) for s in scores)

    def result(metric: str, value: float, count: int) -> EvalResult:
        return EvalResult(DATASET, NEWSPRISM, metric, value, split, count)

    return [result("recall", found / real if real else 0.0, real),
            result("lookalikes_flagged", float(sum(len(s.flagged) for s in scores)), alike),
            result("precision", right / reported if reported else 1.0, reported),
            result("conflicts", float(reported), len(scores))]


def show(scores: list[StoryScore]) -> str:
    """Each story's misses, look-alikes flagged and wrong conflicts, for reading."""
    lines = []
    for s in scores:
        lines.append(f"== {s.story.source} {s.story.where}: {len(s.found)} found, {len(s.missed)} missed, "
                     f"{len(s.flagged)} look-alikes flagged, {len(s.right)} right / {len(s.conflicts)} conflicts")
        lines += [f"  MISSED  {x.measure} (line {x.line}) {_values(x)}" for x in s.missed]
        lines += [f"  ALIKE   {x.measure} (line {x.line}) {_values(x)}" for x in s.flagged]
        lines += [f"  WRONG   {c.kind} {c.about!r}: " + " | ".join(
            f"{side.claim!r} {[e.article for e in side.evidence]}" for side in c.sides) for c in s.wrong]
        lines += [f"  RIGHT   {c.kind} {c.about!r}: " + " | ".join(
            f"{side.claim!r} {[e.article for e in side.evidence]}" for side in c.sides) for c in s.right]
    return "\n".join(lines)


def _values(label: Label) -> str:
    return " ".join(f"{a}={'/'.join(v)}" for a, v in label.values.items())


def main(argv: list[str] | None = None) -> None:
    """``python -m newsprism.eval.disagreements [SPEC] DATA``: the figures, then every story read out. Every
    conflict flagged over whole corpora, for reading by hand: ``newsprism eval audit run``."""
    args = argv if argv is not None else sys.argv[1:]
    spec, root = (Path(args[0]), Path(args[1])) if len(args) > 1 else (LABELS, Path(args[0]))
    results, scores = evaluate_disagreements(spec, root)
    print(show(scores))
    for result in results:
        print(result.to_json())


if __name__ == "__main__":
    main()
