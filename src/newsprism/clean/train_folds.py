"""Fitting and scoring the line classifier leave-outlets-out (:mod:`newsprism.clean.train`).

Cross-validation is grouped so that an outlet never sits in both folds (:func:`out_of_fold`). Two thresholds are
calibrated on the out-of-fold predictions (:func:`threshold_for`): the lowest from :data:`LOWEST_THRESHOLD` at which
the removals of the lines that are not plain sentences stay within :data:`BODY_LOSS_BUDGET` of the body characters
the rules keep, and the lowest from :data:`PLAIN_LOWEST` at which the removals of plain sentences at the body's edges
(:func:`newsprism.clean.boilerplate.edge_sentences`) stay within :data:`PLAIN_BODY_BUDGET`, each on the gunviolence
pages (batches pooled) and on PolNeAR train. :func:`leave_outlets_out` prints the whole cleaner's figures per batch
(the rules, then the classifier's out-of-fold verdicts); :func:`held_out_batches` scores each batch by a fit
without it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from newsprism.clean.boilerplate import NEVER
from newsprism.clean.features import FEATURES
from newsprism.clean.train_data import Examples

SEED = 16
FOLDS = 5


@dataclass(frozen=True)
class Setting:
    """How the classifier is fitted: a bag of ``members`` gradient-boosted tree models, each on its own random
    ``subsample`` of the lines per tree, averaged in log-odds (one model of ``members * trees`` trees), on the
    columns of :data:`newsprism.clean.features.FEATURES` named in ``features`` (all when empty)."""

    depth: int
    trees: int
    learning_rate: float
    min_leaf: int
    """smallest leaf, in lines: no rule is learnt from fewer"""
    subsample: float
    members: int
    features: tuple[str, ...] = ()
    other_weight: float = 1.0
    """weight of the lines the classifier is never asked about (the rules took them, or they are prose or list
    rows) against the lines it is asked about"""

    def columns(self) -> list[int]:
        """Indices of the columns the setting reads, in :data:`FEATURES` order."""
        return [i for i, name in enumerate(FEATURES) if not self.features or name in self.features]


def fit(rows: npt.NDArray[np.float64], labels: npt.NDArray[np.int64], setting: Setting,
        asked: npt.NDArray[np.bool_] | None = None) -> list[Any]:
    """The bag's members, each seeded apart (its own subsamples of the lines), on the setting's columns; the lines
    not ``asked`` weigh ``setting.other_weight``."""
    from sklearn.ensemble import GradientBoostingClassifier  # dev extra: only to fit

    weights = None if asked is None else np.where(asked, 1.0, setting.other_weight)
    return [GradientBoostingClassifier(n_estimators=setting.trees, max_depth=setting.depth,
                                       learning_rate=setting.learning_rate, min_samples_leaf=setting.min_leaf,
                                       subsample=setting.subsample, random_state=SEED + member)
            .fit(rows[:, setting.columns()], labels, sample_weight=weights)
            for member in range(setting.members)]


def predict(members: list[Any], rows: npt.NDArray[np.float64], setting: Setting) -> npt.NDArray[np.float64]:
    """The bag's clutter probability: the members' log-odds averaged (what :func:`newsprism.clean.train.export`
    packs)."""
    margin = np.mean([member.decision_function(rows[:, setting.columns()]) for member in members], axis=0)
    return np.asarray(1.0 / (1.0 + np.exp(-margin)), dtype=np.float64)


def out_of_fold(data: Examples, setting: Setting) -> npt.NDArray[np.float64]:
    """Every example scored by a fit on the folds without its outlet."""
    from sklearn.model_selection import GroupKFold

    rows, labels, asked = np.array(data.rows), np.array(data.labels), np.array(data.kept)
    scores = np.zeros(len(labels))
    for train, test in GroupKFold(n_splits=FOLDS).split(rows, labels, data.groups):
        scores[test] = predict(fit(rows[train], labels[train], setting, asked[train]), rows[test], setting)
    return scores


BODY_LOSS_BUDGET = 0.004
"""Share of the body characters the rules keep (all of them, per corpus: until round 4 the share was taken of the
lines asked only, which put the threshold at 0.77 to 0.90) that the classifier may remove, out of fold. The rules
already lose about 0.4 % on the gunviolence dev pages; 0.4 % more keeps the whole cleaner above 99 % (the issue's
bar)."""
LOWEST_THRESHOLD = 0.50
"""The threshold search starts here: below it the model removes lines it thinks more likely body than clutter.
Issue #16, round 9, tried 0.3 (the body budget still held leave-outlets-out: dev batches 1-7 body kept 0.9963,
clutter 0.903 against 0.898 at 0.5 on batches 1-6): on a third of the unlabelled dev pages that model changed 50
decisions, read one by one, 36 right but 14 body lines dropped (sub-headings and list rows of roundups, a wire lead,
closing sentences), and it took a capitals sub-heading of a test text; so the floor stays at 0.5."""
PLAIN_BODY_BUDGET = 0.002
"""Share of the body characters the rules keep that removing plain sentences at the body's edges may cost, out of
fold, on top of :data:`BODY_LOSS_BUDGET` (the whole cleaner then stays above 99 % with room to spare)."""
PLAIN_LOWEST = 0.80
"""A plain sentence is removed only when the model is at least this sure: captions and teasers that read as
sentences must be told by their place and context, never by a guess."""


@dataclass(frozen=True)
class Thresholds:
    lines: float
    """for the lines that are not plain sentences"""
    plain: float
    """for plain sentences at the body's edges (:data:`NEVER` when no threshold keeps within its budget)"""


def thresholds(data: Examples, scores: npt.NDArray[np.float64]) -> Thresholds:
    return Thresholds(threshold_for(data, scores), threshold_for(data, scores, plain=True))


def threshold_for(data: Examples, scores: npt.NDArray[np.float64], plain: bool = False) -> float:
    """The lowest threshold whose removals stay within the body-loss budget on each corpus (the gunviolence
    batches pooled: one batch's few body lines must not decide alone; with batch 3 a single line of batch 1
    that every model scores as clutter put the per-batch threshold at 1.0), for the plain sentences at the
    body's edges or for the other lines the classifier is asked about."""
    labels, chars, rule_kept = np.array(data.labels), np.array(data.chars), np.array(data.rule_kept)
    asked = np.array(data.kept) & (np.array(data.plain) == plain)
    corpus = np.array([part if part == "polnear" else "gunviolence" for part in data.source])
    budget, lowest = (PLAIN_BODY_BUDGET, PLAIN_LOWEST) if plain else (BODY_LOSS_BUDGET, LOWEST_THRESHOLD)
    for threshold in np.arange(lowest, 1.0, 0.01):
        removed = asked & (scores >= threshold)
        if all(_loss(removed, labels, chars, rule_kept & (corpus == part)) <= budget for part in set(corpus)):
            return float(round(threshold, 2))
    return NEVER if plain else 1.0


def _loss(removed: npt.NDArray[np.bool_], labels: npt.NDArray[np.int64], chars: npt.NDArray[np.int64],
          part: npt.NDArray[np.bool_]) -> float:
    """Share of the body characters of ``part`` (the lines the rules keep, of one corpus) that ``removed`` drops."""
    body = part & (labels == 0)
    return float(chars[body & removed].sum() / max(chars[body].sum(), 1))


def removed_lines(data: Examples, scores: npt.NDArray[np.float64], cut: Thresholds) -> npt.NDArray[np.bool_]:
    """Which asked lines the classifier removes at the thresholds."""
    plain = np.array(data.plain)
    return np.array(data.kept) & (scores >= np.where(plain, cut.plain, cut.lines))


def gunviolence_removed(data: Examples, scores: npt.NDArray[np.float64], cut: Thresholds) -> int:
    """Clutter lines of the gunviolence pages the rules or the classifier (at ``cut``) remove."""
    removed = ~np.array(data.rule_kept) | removed_lines(data, scores, cut)
    clutter = (np.array(data.source) != "polnear") & (np.array(data.labels) == 1)
    return int(removed[clutter].sum())


def report(name: str, data: Examples, scores: npt.NDArray[np.float64], cut: Thresholds) -> None:
    labels, chars = np.array(data.labels), np.array(data.chars)
    removed = removed_lines(data, scores, cut)
    for part in sorted(set(data.source)):
        mask = (np.array(data.source) == part) & np.array(data.rule_kept)
        clutter = mask & (labels == 1)
        print(f"{name} {part}: clutter lines left by the rules removed {removed[clutter].sum()}/{clutter.sum()} "
              f"({(removed & mask & np.array(data.plain) & (labels == 1)).sum()} plain sentences), "
              f"body chars the rules keep removed {_loss(removed, labels, chars, mask):.4f}", file=sys.stderr)


def _batch_order(name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in name if ch.isdigit())
    return (int(digits) if digits else 0, name)


def leave_outlets_out(data: Examples, scores: npt.NDArray[np.float64], cut: Thresholds, name: str = "") -> None:
    """The whole cleaner's figures on the gunviolence dev pages with the classifier's out-of-fold scores (no
    outlet's pages in the fold that scored them), all batches and each: clutter lines removed, body characters
    kept. The rules were written on these pages, so this still flatters them; the classifier's share is honest."""
    labels, chars = np.array(data.labels), np.array(data.chars)
    removed = ~np.array(data.rule_kept) | removed_lines(data, scores, cut)
    source = np.array(data.source)
    parts = [("all", source != "polnear"), *((b, source == b) for b in sorted(set(source), key=_batch_order))]
    for part_name, part in parts:
        clutter, body = part & (labels == 1), part & (labels == 0)
        print(f"leave-outlets-out{name} {part_name}: clutter removed {removed[clutter].mean():.3f} of "
              f"{clutter.sum()}, body kept {1 - chars[body & removed].sum() / max(chars[body].sum(), 1):.4f}",
              file=sys.stderr)


def held_out_batches(data: Examples, cut: Thresholds, setting: Setting) -> None:
    """Each gunviolence batch scored by a model fitted without it (the other batches and PolNeAR)."""
    rows, labels, asked = np.array(data.rows), np.array(data.labels), np.array(data.kept)
    source = np.array(data.source)
    for batch in sorted(set(source) - {"polnear"}, key=_batch_order):
        members = fit(rows[source != batch], labels[source != batch], setting, asked[source != batch])
        scores = np.zeros(len(labels))
        scores[source == batch] = predict(members, rows[source == batch], setting)
        report(f"held-out {batch}", data.subset(source == batch), scores[source == batch], cut)
