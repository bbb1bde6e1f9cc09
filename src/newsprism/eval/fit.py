"""Fitting the same-statement model on MSRP pairs; needs scikit-learn (``pip install 'newsprism[dev]'``).

Only ``newsprism eval msrp PATH --fit`` imports this module: the fitted weights are
written as JSON and :mod:`newsprism.align.similarity` runs them with numpy alone.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsprism.align.features import FEATURES
from newsprism.align.similarity import Layer, SameStatementModel
from newsprism.eval.metrics import accuracy, best_threshold, f1
from newsprism.eval.results import EvalError

MEMBERS = 10
"""Networks in the bag, differing in their random start; their averaged probability is steadier than one's.
5-fold cross-validated accuracy on the fit part of msr_paraphrase_train.txt: 0.794 with 5 or 10 networks,
0.784-0.790 with one."""
HIDDEN = 16
ALPHA = 1.0
"""Hidden units and L2 penalty of each network, chosen by the same cross-validation: one network with 8, 16 or 32
units and alpha 0.3, 1 or 3 scores 0.778-0.790 (16 units, alpha 1 among the best), a logistic regression on the
same features 0.783, gradient-boosted trees 0.781."""
FOLDS = 5
SEED = 0
DECISION_GRID = np.round(np.arange(0.30, 0.7001, 0.01), 2)
"""Thresholds tried on the averaged probability; outside 0.3-0.7 accuracy only falls."""


@dataclass(frozen=True)
class Fitted:
    model: SameStatementModel
    out_of_fold: NDArray[np.bool_]
    """decision on each fit pair by the bag fitted on the other folds, at the chosen threshold"""


def fit_same_statement(features: NDArray[np.float64], gold: NDArray[np.bool_], about: dict[str, Any]) -> Fitted:
    """Fit the bag on all pairs given, with the threshold that maximises cross-validated accuracy + F1."""
    positives = int(gold.sum())
    if min(positives, len(gold) - positives) < FOLDS:
        raise EvalError(f"fitting needs at least {FOLDS} paraphrase and {FOLDS} non-paraphrase pairs in the fit "
                        f"part; it has {positives} and {len(gold) - positives}")
    probability = _out_of_fold(features, gold)
    threshold = best_threshold(probability, gold, DECISION_GRID)
    decided = probability >= threshold
    mean, scale = _scaling(features)
    members = _fit_members((features - mean) / scale, gold)
    about = {**about, "model": f"bag of {MEMBERS} networks, {HIDDEN} ReLU units, L2 alpha {ALPHA}",
             "fit_pairs": len(gold), "cv_accuracy": round(accuracy(decided, gold), 4),
             "cv_f1": round(f1(decided, gold), 4)}
    return Fitted(SameStatementModel(FEATURES, mean, scale, members, threshold, about), decided)


def _out_of_fold(features: NDArray[np.float64], gold: NDArray[np.bool_]) -> NDArray[np.float64]:
    from sklearn.model_selection import StratifiedKFold

    probability = np.zeros(len(gold))
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(features, gold):
        mean, scale = _scaling(features[train])
        members = _fit_members((features[train] - mean) / scale, gold[train])
        model = SameStatementModel(FEATURES, mean, scale, members, 0.5, {})
        probability[test] = model.probability(features[test])  # threshold 0.5: no re-centring
    return probability


def _fit_members(x: NDArray[np.float64], gold: NDArray[np.bool_]) -> tuple[tuple[Layer, ...], ...]:
    try:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier
    except ImportError:
        raise EvalError("--fit needs scikit-learn: pip install 'newsprism[dev]'") from None
    members = []
    for seed in range(MEMBERS):
        network = MLPClassifier((HIDDEN,), alpha=ALPHA, max_iter=3000, random_state=seed)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)  # tiny test files; MSRP itself converges
            network.fit(x, gold)
        members.append(tuple((np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64))
                             for w, b in zip(network.coefs_, network.intercepts_, strict=True)))
    return tuple(members)


def _scaling(features: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    return mean, np.where(scale > 1e-6, scale, 1.0)  # a constant feature: leave it unscaled
