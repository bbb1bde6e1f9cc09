"""Same-statement scoring (work in progress: a cosine-only placeholder until the fitted model lands)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

SAME_STATEMENT_THRESHOLD = 0.5
"""Placeholder."""


def same_statement(a: Sequence[str], b: Sequence[str], cosine: NDArray[np.float32]) -> NDArray[np.float64]:
    """Placeholder: a logistic curve on the cosine alone."""
    if len(a) != len(b) or len(a) != len(cosine):
        raise ValueError("a, b and cosine must have the same length")
    z = (np.asarray(cosine, dtype=np.float64) - 0.78) * 12.0
    result: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-z))
    return result
