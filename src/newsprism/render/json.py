"""The JSON report: the Report model as JSON, valid against docs/report.schema.json."""

from __future__ import annotations

from newsprism.model import Report


def to_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"
