"""What an evaluation reports: one figure per record, printed as one JSON object per line."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from newsprism.errors import NewsprismError

NEWSPRISM = "newsprism"
TFIDF = "tfidf"


class EvalError(NewsprismError):
    """A dataset file that cannot be evaluated (missing, wrong format, too few pairs) or a fit that cannot run."""


def read_json_object(path: Path, what: str = "a JSON object") -> dict[str, Any]:
    """The JSON object in ``path``; an :class:`EvalError` when the file cannot be read or holds no object (the
    message says it expected ``what``)."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise EvalError(f"{path}: cannot read ({error})") from None
    if not isinstance(record, dict):
        raise EvalError(f"{path}: expected {what}")
    return record


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
