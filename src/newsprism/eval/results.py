"""What an evaluation reports: one figure per record, printed as one JSON object per line."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from newsprism.errors import NewsprismError

NEWSPRISM = "newsprism"
TFIDF = "tfidf"


class EvalError(NewsprismError):
    """A dataset file that cannot be evaluated (missing, wrong format, too few pairs) or a fit that cannot run."""


@dataclass(frozen=True)
class EvalResult:
    """One figure: a system's score on a metric over one part of a dataset file."""

    dataset: str
    system: str
    """'newsprism' or the baseline's name"""
    metric: str
    value: float
    split: str
    """which pairs were scored: 'held-out', 'fit (5-fold cross-validation)' or 'all'"""
    pairs: int

    def to_json(self) -> str:
        record = asdict(self)
        record["value"] = round(self.value, 4)
        return json.dumps(record)
