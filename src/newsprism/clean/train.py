"""Fit the line classifier of :mod:`newsprism.clean.boilerplate`: ``python -m newsprism.clean.train``.

Usage::

    python -m newsprism.clean.train GUNVIOLENCE_FOLDER POLNEAR_TRAIN_FOLDER [-o src/newsprism/clean/line_model.json]

Training data (needs scikit-learn, in the ``dev`` extra; the fitted model is plain JSON read with numpy):

- the **dev** part of the hand-labelled gunviolence pages (``newsprism/eval/labels/gunviolence_lines.jsonl``,
  all three batches; the test part is never read: pages are filtered on ``split == "dev"`` before any file is
  opened). Each page is pasted as the evaluation pastes it (title line, blank line, crawled text), the rules
  run, and every line the rules keep is an example: ``clutter/*`` lines are positive, ``body`` lines negative;
  the title, byline, date and dateline lines are left out (keeping or removing them does not change the body);
- **PolNeAR train** (the split folder's ``text/`` and the first ``.ann`` of each article): a kept line whose
  letters are mostly inside ``Discard`` spans is positive, one that overlaps another annotated span negative,
  the others (not annotated at all) are left out.

Cross-validation is grouped so that a page's outlet never sits in both folds: a gunviolence page is its own
group (the sample holds one page per outlet), a PolNeAR article's group is its publisher. The decision
threshold is the lowest at which the out-of-fold predictions remove at most :data:`BODY_LOSS_BUDGET` of the
body characters the rules keep, on the gunviolence pages (batches pooled) and on PolNeAR train; the final model is
then fitted on all the examples. The script prints the out-of-fold figures and, as a held-out check, the
figures on each gunviolence batch of a model fitted on the other batch plus PolNeAR.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from newsprism.clean.boilerplate import MODEL_FILE, MODEL_FORMAT, candidates
from newsprism.clean.features import FEATURES, line_features
from newsprism.clean.lines import Line
from newsprism.clean.text import rule_verdicts
from newsprism.config import CleanConfig
from newsprism.eval.cleaning import read_spans
from newsprism.eval.kept import Span
from newsprism.eval.pagelabels import read_labels
from newsprism.eval.pages import _labelled_pages

BODY_LOSS_BUDGET = 0.004
"""Share of the body characters the rules keep that the classifier may remove, out of fold. The rules already
lose about 0.4 % on the gunviolence dev pages; 0.4 % more keeps the whole cleaner above 99 % (the issue's bar)."""
LOWEST_THRESHOLD = 0.30
"""The threshold search starts here: below it the model removes lines it thinks more likely body than clutter."""
TREES = 150
"""Boosting rounds; out-of-fold recall at the threshold levels off from about 100 (tried 50, 100, 150, 300)."""
DEPTH = 3
"""Tree depth: pairs and triples of features (a short line after the body next to clutter); 2 and 4 did worse
out of fold. With batch 3 added, regularised fits (depth 2 with 60 to 200 trees and leaves of 20 to 50 lines,
depth 3 with leaves of 30) were compared out of fold, grouped by outlet: at the same body loss each removed
fewer clutter lines of batch 2 and PolNeAR than this setting, so it stays."""
LEARNING_RATE = 0.1
MIN_LEAF = 5
"""Smallest leaf: no rule is learnt from fewer than five lines."""
SEED = 16


@dataclass
class Examples:
    rows: list[npt.NDArray[np.float64]]
    labels: list[int]
    chars: list[int]
    """letters and digits of the line (body loss is counted in characters)"""
    groups: list[str]
    source: list[str]
    """'gv1', 'gv2' (gunviolence batch) or 'polnear'"""
    kept: list[bool]
    """whether the rules keep the line (only those are scored; the model learns from every line)"""

    def add(self, features: npt.NDArray[np.float64], label: int, chars: int, group: str, source: str,
            kept: bool) -> None:
        self.kept.append(kept)
        self.rows.append(features)
        self.labels.append(label)
        self.chars.append(chars)
        self.groups.append(group)
        self.source.append(source)


def _candidates(text: str) -> tuple[list[Line], list[int], npt.NDArray[np.float64]] | None:
    """The lines, the indexes the rules keep, and every line's features; None when the rules find no body."""
    verdicts = rule_verdicts(text, None, CleanConfig())
    if not verdicts.body:
        return None
    kinds = verdicts.kinds
    rows = line_features(verdicts.lines, kinds, verdicts.found.title, verdicts.body[0], verdicts.body[-1])
    return verdicts.lines, candidates(verdicts.lines, kinds, verdicts.body[0], verdicts.body[-1]), rows


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def gunviolence_examples(root: Path, examples: Examples) -> None:
    """Kept lines of the labelled dev pages (never the test part)."""
    dev = {doc.path: doc for doc in read_labels() if doc.split == "dev"}
    for page in _labelled_pages(root, dev):
        labels = {line.number: line.kind for line in dev[page.path].lines}
        found = _candidates(page.text)
        if found is None:
            continue
        lines, kept, rows = found
        for i in range(len(lines)):
            kind = labels.get(lines[i].number - 2)  # the pasted title line and a blank line come first
            if kind == "body" or (kind or "").startswith("clutter/"):
                examples.add(rows[i], int(kind != "body"), _letters(lines[i].text), page.path,
                             f"gv{dev[page.path].batch}", i in kept)


def polnear_examples(folder: Path, examples: Examples) -> None:
    """Kept lines of PolNeAR articles labelled by the annotators' spans."""
    for article in read_spans(folder):
        found = _candidates(article.text)
        if found is None:
            continue
        lines, kept, rows = found
        starts = _line_starts(article.text)
        for i in range(len(lines)):
            span = (starts[lines[i].number - 1], starts[lines[i].number - 1] + len(lines[i].text))
            label = _span_label(article.text, span, article.discard, article.body)
            if label is not None:
                examples.add(rows[i], label, _letters(lines[i].text), article.name.split("_")[0], "polnear",
                             i in kept)


def _line_starts(text: str) -> list[int]:
    starts, offset = [], 0
    for line in text.split("\n"):
        starts.append(offset + len(line) - len(line.lstrip()))
        offset += len(line) + 1
    return starts


def _span_label(text: str, span: Span, discard: tuple[Span, ...], body: tuple[Span, ...]) -> int | None:
    letters = [i for i in range(*span) if i < len(text) and text[i].isalnum()]
    if not letters:
        return None
    inside = sum(any(a <= i < b for a, b in discard) for i in letters)
    if inside >= len(letters) / 2:
        return 1
    return 0 if any(a < span[1] and span[0] < b for a, b in body) else None


def _fit(rows: npt.NDArray[np.float64], labels: npt.NDArray[np.int64]) -> Any:
    from sklearn.ensemble import GradientBoostingClassifier  # dev extra: only to fit

    model = GradientBoostingClassifier(n_estimators=TREES, max_depth=DEPTH, learning_rate=LEARNING_RATE,
                                       min_samples_leaf=MIN_LEAF, random_state=SEED)
    return model.fit(rows, labels)


def out_of_fold(data: Examples, folds: int = 5) -> npt.NDArray[np.float64]:
    from sklearn.model_selection import GroupKFold

    rows, labels = np.array(data.rows), np.array(data.labels)
    scores = np.zeros(len(labels))
    for train, test in GroupKFold(n_splits=folds).split(rows, labels, data.groups):
        scores[test] = _fit(rows[train], labels[train]).predict_proba(rows[test])[:, 1]
    return scores


def threshold_for(data: Examples, scores: npt.NDArray[np.float64]) -> float:
    """The lowest threshold whose removals stay within the body-loss budget on each corpus (the gunviolence
    batches pooled: one batch's few body lines must not decide alone; with batch 3 a single line of batch 1
    that every model scores as clutter put the per-batch threshold at 1.0)."""
    labels, chars, kept = np.array(data.labels), np.array(data.chars), np.array(data.kept)
    corpus = np.array([part if part == "polnear" else "gunviolence" for part in data.source])
    for threshold in np.arange(LOWEST_THRESHOLD, 1.0, 0.01):
        removed = scores >= threshold
        if all(_loss(removed, labels, chars, kept & (corpus == part)) <= BODY_LOSS_BUDGET for part in set(corpus)):
            return float(round(threshold, 2))
    return 1.0


def _loss(removed: npt.NDArray[np.bool_], labels: npt.NDArray[np.int64], chars: npt.NDArray[np.int64],
          part: npt.NDArray[np.bool_]) -> float:
    body = part & (labels == 0)
    return float(chars[body & removed].sum() / max(chars[body].sum(), 1))


def report(name: str, data: Examples, scores: npt.NDArray[np.float64], threshold: float) -> None:
    labels, chars = np.array(data.labels), np.array(data.chars)
    for part in sorted(set(data.source)):
        mask = (np.array(data.source) == part) & np.array(data.kept)
        removed = scores >= threshold
        clutter = mask & (labels == 1)
        print(f"{name} {part}: clutter lines left by the rules removed {removed[clutter].sum()}/{clutter.sum()}, "
              f"body chars removed {_loss(removed, labels, chars, mask):.4f}", file=sys.stderr)


def held_out_batches(data: Examples, threshold: float) -> None:
    """Each gunviolence batch scored by a model fitted without it (the other batch and PolNeAR)."""
    rows, labels = np.array(data.rows), np.array(data.labels)
    source = np.array(data.source)
    for batch in sorted(set(source) - {"polnear"}):
        model = _fit(rows[source != batch], labels[source != batch])
        scores = np.zeros(len(labels))
        scores[source == batch] = model.predict_proba(rows[source == batch])[:, 1]
        report(f"held-out {batch}", _subset(data, source == batch), scores[source == batch], threshold)


def _subset(data: Examples, mask: npt.NDArray[np.bool_]) -> Examples:
    pick = [i for i, m in enumerate(mask) if m]
    return Examples([data.rows[i] for i in pick], [data.labels[i] for i in pick], [data.chars[i] for i in pick],
                    [data.groups[i] for i in pick], [data.source[i] for i in pick], [data.kept[i] for i in pick])


def export(model: Any, threshold: float) -> dict[str, Any]:
    """The fitted trees as flat arrays (see :class:`newsprism.clean.boilerplate.Trees`)."""
    feature: list[int] = []
    cut: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    roots: list[int] = []
    for estimator in model.estimators_[:, 0]:
        tree, offset = estimator.tree_, len(feature)
        roots.append(offset)
        for k in range(tree.node_count):
            leaf = tree.children_left[k] == -1
            feature.append(0 if leaf else int(tree.feature[k]))
            cut.append(0.0 if leaf else float(tree.threshold[k]))
            left.append(-1 if leaf else offset + int(tree.children_left[k]))
            right.append(-1 if leaf else offset + int(tree.children_right[k]))
            value.append(float(tree.value[k][0][0]))
    prior = model.init_.class_prior_[1]
    return {"format": MODEL_FORMAT, "features": list(FEATURES), "threshold": threshold,
            "base_score": float(np.log(prior / (1 - prior))), "learning_rate": LEARNING_RATE,
            "trees": {"feature": feature, "threshold": cut, "left": left, "right": right,
                      "value": [round(v, 6) for v in value], "roots": roots, "depth": DEPTH}}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newsprism.clean.train", description=__doc__.split("\n")[0])
    parser.add_argument("gunviolence", type=Path, help="the gunviolence corpus folder")
    parser.add_argument("polnear", type=Path, help="PolNeAR's train split folder")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    data = Examples([], [], [], [], [], [])
    gunviolence_examples(args.gunviolence, data)
    polnear_examples(args.polnear, data)
    scores = out_of_fold(data)
    threshold = threshold_for(data, scores)
    print(f"{len(data.labels)} examples, {sum(data.labels)} clutter; threshold {threshold}", file=sys.stderr)
    report("out-of-fold", data, scores, threshold)
    held_out_batches(data, threshold)
    model = _fit(np.array(data.rows), np.array(data.labels))
    args.output.write_text(json.dumps(export(model, threshold), separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
