"""Reports saved under an earlier schema, read as the current one.

Schema 3.0 (issue #20) writes a reuse passage as [the sentence's index in article a's ``sentences``, its partner's
index in article b's, similarity] instead of two evidence records with their texts (a 500-article one-event story's
reuse section was 747 MB of them). A story saved before keeps its 2.x report until it is analysed again; reading it,
each passage's evidence is turned into the index of the sentence it cites (its start offset in that article), so
the web app shows stored stories without analysing them again.
"""

from __future__ import annotations

import json
from typing import Any

from newsprism.model import SCHEMA_VERSION, Report

PASSAGE_INDEXES = 3
"""The schema's major version from which passages are sentence indexes."""


def read_report(data: bytes) -> Report:
    """A saved report's compact JSON (:func:`newsprism.render.json.compact_pieces`) as a :class:`Report`."""
    if data.startswith(b'{"schema_version":"') and _major(data[19:29].split(b'"')[0].decode()) >= PASSAGE_INDEXES:
        return Report.model_validate_json(data)
    return Report.model_validate(upgraded(json.loads(data)))


def upgraded(report: dict[str, Any]) -> dict[str, Any]:
    """A report's JSON object of schema 2.x with its passages as sentence indexes (schema 3.0); a passage citing
    no sentence of its article is dropped."""
    if _major(str(report.get("schema_version", "0"))) >= PASSAGE_INDEXES:
        return report
    starts = {article["id"]: {s["start"]: n for n, s in enumerate(article.get("sentences", []))}
              for article in report.get("articles", [])}
    for item in report.get("reuse", []):
        a, b = starts.get(item["a"], {}), starts.get(item["b"], {})
        item["passages"] = [[a[p["a"]["start"]], b[p["b"]["start"]], p["similarity"]] for p in item.get("passages", [])
                            if p["a"]["start"] in a and p["b"]["start"] in b]
    return {**report, "schema_version": SCHEMA_VERSION}


def _major(version: str) -> int:
    head = version.split(".")[0]
    return int(head) if head.isdigit() else 0
