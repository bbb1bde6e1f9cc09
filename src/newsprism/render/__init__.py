"""Render a report for programs (JSON, with its JSON Schema) and for people (Markdown, a self-contained HTML page)."""

from newsprism.render.html import to_html
from newsprism.render.json import to_json
from newsprism.render.markdown import to_markdown
from newsprism.render.schema import report_schema

__all__ = ["report_schema", "to_html", "to_json", "to_markdown"]
