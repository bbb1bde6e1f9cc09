"""The JSON report: the Report model as JSON, valid against docs/report.schema.json.

A big story's report is hundreds of MB of JSON (a 500-article one-event story: 909 MB, most of it reuse passages,
issue #20); made in one piece, the text was held three times over at once (pydantic's output, the copy with the
final newline, its UTF-8 bytes when written). :func:`json_pieces` makes it one top-level field, or one item of a
list field, at a time: joined, the pieces are exactly ``report.model_dump_json(indent=2) + "\\n"`` (a test compares
them), and :func:`write_json` writes them as they come.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, TypeAdapter

from newsprism.model import Report

INDENT = 2
"""Spaces per level, as ``model_dump_json(indent=2)`` writes them."""


def to_json(report: Report) -> str:
    return "".join(json_pieces(report))


def write_json(report: Report, out: TextIO | Path) -> None:
    """The JSON report written a piece at a time to ``out`` (a text stream, or a file made with UTF-8)."""
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8") as stream:
            write_json(report, stream)
        return
    for piece in json_pieces(report):
        out.write(piece)


def json_pieces(report: Report) -> Iterator[str]:
    """The JSON report in pieces whose concatenation is ``report.model_dump_json(indent=2) + "\\n"``."""
    yield "{"
    for n, (name, field) in enumerate(type(report).model_fields.items()):
        yield f"{',' if n else ''}\n{' ' * INDENT}{_dumped(name, TypeAdapter(str))}: "
        value = getattr(report, name)
        if isinstance(value, list) and value:
            yield from _list_pieces(value, 1)
        else:
            yield _indented(_dumped(value, TypeAdapter(field.annotation or type(value))), 1)
    yield "\n}\n"


def compact_pieces(report: Report) -> Iterator[str]:
    """The report as compact JSON in pieces whose concatenation is ``report.model_dump_json()`` (the store keeps
    it so, compressed as it comes: :meth:`newsprism.store.Store.save_report`)."""
    yield "{"
    for n, (name, field) in enumerate(type(report).model_fields.items()):
        yield f"{',' if n else ''}{_dumped(name, TypeAdapter(str), None)}:"
        value = getattr(report, name)
        if isinstance(value, list) and value:
            for k, item in enumerate(value):
                yield ("[" if k == 0 else ",") + (item.model_dump_json() if isinstance(item, BaseModel)
                                                  else _dumped(item, None, None))
            yield "]"
        else:
            yield _dumped(value, TypeAdapter(field.annotation or type(value)), None)
    yield "}"


def _list_pieces(items: list[Any], level: int) -> Iterator[str]:
    """A non-empty list at indentation ``level``, one piece per item."""
    inner = " " * (INDENT * (level + 1))
    for n, item in enumerate(items):
        text = item.model_dump_json(indent=INDENT) if isinstance(item, BaseModel) else _dumped(item, None)
        yield f"{'[' if n == 0 else ','}\n{inner}{_indented(text, level + 1)}"
    yield f"\n{' ' * (INDENT * level)}]"


def _dumped(value: Any, adapter: TypeAdapter[Any] | None, indent: int | None = INDENT) -> str:
    return (adapter or TypeAdapter(type(value))).dump_json(value, indent=indent).decode("utf-8")


def _indented(text: str, level: int) -> str:
    """``text`` (JSON made at level 0) moved to ``level``: its line breaks are all layout (pydantic escapes a line
    break inside a string)."""
    return text.replace("\n", "\n" + " " * (INDENT * level))
