"""The published JSON Schema is generated from the model, and real reports validate against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from newsprism.model import Article, Evidence, Fact, RemovedLine, Report, Sentence
from newsprism.render import report_schema, to_json, to_markdown

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "report.schema.json"
TOP_LEVEL = ["articles", "facts", "reuse", "quotes", "entities", "conflicts", "timeline", "summary"]


def _report() -> Report:
    text = "The ferry hit a ship. Fourteen people were hurt."
    article = Article(id="wire", source="wire.txt", format="text", title="Ferry hits ship", text=text,
                      sentences=[Sentence(start=0, end=21, text=text[:21])],
                      removed=[RemovedLine(text="Share Print", reason="share", line=2)])
    fact = Fact(text=text[:21], evidence=[Evidence(article="wire", start=0, end=21, text=text[:21])],
                articles=1, origins=1)
    return Report(articles=[article], facts=[fact])


def test_published_schema_is_the_generated_one() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == report_schema(), \
        "docs/report.schema.json is stale: run `make schema`"


def test_schema_requires_the_contract_fields() -> None:
    schema = report_schema()
    assert set(TOP_LEVEL) <= set(schema["properties"])
    article = schema["$defs"]["Article"]["properties"]
    assert {"id", "source", "title", "byline", "outlet", "published", "credit", "text", "sentences",
            "removed"} <= set(article)
    assert set(schema["$defs"]["Evidence"]["required"]) == {"article", "start", "end", "text"}


def test_a_report_validates_and_round_trips() -> None:
    data = json.loads(to_json(_report()))
    jsonschema.validate(data, report_schema())
    assert Report.model_validate(data) == _report()
    assert all(data[key] == [] for key in TOP_LEVEL if key not in ("articles", "facts"))


def test_a_broken_report_does_not_validate() -> None:
    data = json.loads(to_json(_report()))
    del data["articles"][0]["text"]
    try:
        jsonschema.validate(data, report_schema())
    except jsonschema.ValidationError as error:
        assert "text" in error.message
    else:
        raise AssertionError("a report without article text validated")


def test_markdown_shows_the_articles_and_explains_removals() -> None:
    markdown = to_markdown(_report(), explain=True)
    assert "| unnamed source 1 | Ferry hits ship | wire.txt |" in markdown  # no outlet: named as a source, never by id
    assert "*share* (line 2): “Share Print”" in markdown
    assert "## Agreed facts" in markdown and "(1 independent origin, 1 article) [unnamed source 1]" in markdown
