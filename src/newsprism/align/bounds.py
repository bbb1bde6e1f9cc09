"""A ceiling on the same-statement model's probability for pairs whose costliest feature is not read yet
(issue #20).

A pair the model puts under :data:`~newsprism.align.similarity.SAME_STATEMENT_THRESHOLD` is not linked by it, and
its probability is read nowhere else: the aligner only compares it with the threshold. So a pair whose probability
cannot reach the threshold, whatever its unread feature (:data:`~newsprism.align.lexical.PARTIAL_COLUMN`, a ratio in
[0, 1]), is decided without reading it. With one feature free, each member network (one hidden layer of ReLU units)
is piecewise linear in it, so its highest output over the interval is at an end or where a hidden unit turns on or
off: the ceiling takes each member's highest output there (exact), and the members' averaged probability and the
re-centring are increasing in each member's output (the average of the highest outputs bounds the highest average).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from newsprism.align.similarity import Layer, SameStatementModel

CEILING_MARGIN = 1e-6
"""How far under the threshold a ceiling must be for the pair to be decided on it: the ceiling is computed in
another order of float sums than the probability (an error of about 1e-15), so this margin leaves no doubt."""


def probability_ceiling(model: SameStatementModel, features: NDArray[np.float64], column: int, low: float,
                        high: float) -> NDArray[np.float64]:
    """For each row of ``features``, an upper bound of :meth:`SameStatementModel.probability` over every value
    from ``low`` to ``high`` of its ``column`` (the other columns as they are)."""
    ends = []
    for value in (low, high):
        row = features.copy()
        row[:, column] = value
        ends.append((row - model.mean) / model.scale)
    averaged = np.mean([_member_ceiling(layers, *ends) for layers in model.members], axis=0)
    logit = np.log(np.clip(averaged, 1e-9, 1.0)) - np.log(np.clip(1.0 - averaged, 1e-9, 1.0))
    shift = np.log(model.threshold / (1.0 - model.threshold))
    result: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-(logit - shift)))
    return result


def _member_ceiling(layers: tuple[Layer, ...], start: NDArray[np.float64],
                    end: NDArray[np.float64]) -> NDArray[np.float64]:
    """One member's highest output on the segment from each row of ``start`` to the same row of ``end``."""
    (hidden, hidden_bias), (output, output_bias) = layers
    first, last = start @ hidden + hidden_bias, end @ hidden + hidden_bias
    change = last - first
    with np.errstate(divide="ignore", invalid="ignore"):
        turns = np.where((first * last < 0), -first / change, 0.0)  # where a unit crosses 0 on the segment
    highest = np.full(len(first), -np.inf)
    for at in (np.zeros(len(first)), np.ones(len(first)), *turns.T):  # one point of each row at a time: N x units
        units = np.maximum(first + at[:, None] * change, 0.0)
        highest = np.maximum(highest, (units @ output + output_bias)[:, 0])
    out: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-np.clip(highest, -500.0, 500.0)))
    return out
