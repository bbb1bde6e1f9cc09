"""A report saved under schema 2.x (reuse passages as two evidence records) reads as schema 3.0 (passages as the
indexes of the sentences they cite), so a stored story shows without being analysed again (issue #20)."""

from __future__ import annotations

import json
from typing import Any

from lined_articles import lined_article

from newsprism.model import SCHEMA_VERSION, Evidence, Report, Reuse
from newsprism.render.json import compact_pieces
from newsprism.store.report_upgrade import read_report

LINES = {"wire": ["The ferry was cancelled on Monday.", "Two crew members were hurt.", "Repairs take a week."],
         "copy": ["Storms hit the coast.", "The ferry was cancelled on Monday.", "Two crew members were hurt."]}


def _report() -> Report:
    reuse = Reuse(a="wire", b="copy", relation="verbatim", source="wire", coverage=0.667,
                  passages=[(0, 1, 1.0), (1, 2, 0.975)])
    return Report(articles=[lined_article("wire", LINES["wire"]), lined_article("copy", LINES["copy"])], reuse=[reuse])


def _as_saved_before(report: Report) -> bytes:
    """The report as a 2.x store kept it: each passage two evidence records (offsets and text) and a similarity."""
    data: dict[str, Any] = json.loads("".join(compact_pieces(report)))
    sentences = {a["id"]: a["sentences"] for a in data["articles"]}

    def evidence(article: str, index: int) -> dict[str, Any]:
        s = sentences[article][index]
        return Evidence(article=article, start=s["start"], end=s["end"], text=s["text"]).model_dump()

    for item in data["reuse"]:
        item["passages"] = [{"a": evidence(item["a"], i), "b": evidence(item["b"], j), "similarity": similarity}
                            for i, j, similarity in item["passages"]]
    data["schema_version"] = "2.0"
    return json.dumps(data, separators=(",", ":")).encode("utf-8")


def test_a_report_saved_before_reads_with_passages_as_sentence_indexes() -> None:
    report = _report()
    old = _as_saved_before(report)
    assert b'"similarity"' in old and b'"schema_version":"2.0"' in old
    upgraded = read_report(old)
    assert upgraded == report and upgraded.schema_version == SCHEMA_VERSION


def test_a_report_of_this_schema_reads_as_it_is() -> None:
    report = _report()
    assert read_report("".join(compact_pieces(report)).encode("utf-8")) == report
