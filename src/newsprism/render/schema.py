"""The published JSON Schema of the report, generated from the data model.

``newsprism schema`` prints it; ``docs/report.schema.json`` is this
output, and a test checks the two agree.
"""

from __future__ import annotations

import json
from typing import Any

from newsprism.model import SCHEMA_VERSION, Report

SCHEMA_ID = f"https://newsprism.example/schema/report-{SCHEMA_VERSION}.json"


def report_schema() -> dict[str, Any]:
    schema = Report.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_text() -> str:
    return json.dumps(report_schema(), indent=2, ensure_ascii=False) + "\n"

