"""The figures the evaluations report, and the choice of a decision threshold."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

THRESHOLD_GRID = np.round(np.arange(0.0, 1.0001, 0.01), 2)
"""Candidate thresholds for scores in [0, 1]: a step of 0.01 is finer than the accuracy differences it decides."""


def accuracy(predicted: NDArray[np.bool_], gold: NDArray[np.bool_]) -> float:
    return float(np.mean(predicted == gold)) if len(gold) else 0.0


def f1(predicted: NDArray[np.bool_], gold: NDArray[np.bool_]) -> float:
    """F1 of the positive class (paraphrase)."""
    true_positives = int(np.sum(predicted & gold))
    denominator = int(np.sum(predicted)) + int(np.sum(gold))
    return 2 * true_positives / denominator if denominator else 0.0


def pearson(x: NDArray[np.float64], y: NDArray[np.float64]) -> float:
    """Pearson correlation; 0 when either side is constant."""
    if len(x) < 2 or np.std(x) == 0 or np.std(y) == 0:
        return 0.0
    return float(np.corrcoef(x, y)[0, 1])


def best_threshold(scores: NDArray[np.float64], gold: NDArray[np.bool_],
                   grid: NDArray[np.float64] = THRESHOLD_GRID) -> float:
    """The threshold of the grid whose decisions (score >= threshold) are most accurate; of equally
    accurate ones, the nearest to the middle of the grid."""
    accuracies = np.array([accuracy(scores >= t, gold) for t in grid])
    middle = (grid[0] + grid[-1]) / 2
    best = np.flatnonzero(accuracies == accuracies.max())
    return float(grid[best[np.argmin(np.abs(grid[best] - middle))]])
