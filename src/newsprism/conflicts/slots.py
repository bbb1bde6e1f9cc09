"""Slot values for the conflict checks: read by the one value reader, :mod:`newsprism.values`.

This module only names what the conflict stage takes from it (kept so that older imports keep working); new code
imports :mod:`newsprism.values` directly.
"""

from __future__ import annotations

from newsprism.lexicon import NUMBER_WORDS as COUNTS
from newsprism.values import ClockTime, Quantity, agree, clock_times, clocks_agree, figures, quantities
from newsprism.values.quantities import APPROX_TOLERANCE, BOUND_RATIO, ROUNDING_TOLERANCE

__all__ = ["APPROX_TOLERANCE", "BOUND_RATIO", "COUNTS", "ROUNDING_TOLERANCE", "ClockTime", "Quantity", "agree",
           "clock_times", "clocks_agree", "figures", "quantities"]
