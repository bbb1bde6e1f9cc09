"""Read a source's bytes, from disk or over HTTP, and decode them to text; or a local file line by line."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsprism.config import IngestConfig
from newsprism.errors import E, fail
from newsprism.ingest.http import fetch
from newsprism.ingest.sources import Source


@dataclass(frozen=True)
class Loaded:
    source: Source
    text: str
    content_type: str
    """The HTTP Content-Type for URLs; empty for files."""


def load(source: Source, config: IngestConfig) -> Loaded:
    data, content_type = _fetch(source, config) if source.is_url else (_read_file(source, config), "")
    return Loaded(source, decode(data, source.name), content_type)


def _read_file(source: Source, config: IngestConfig) -> bytes:
    path = Path(source.name)
    try:
        size = path.stat().st_size
        if size > config.max_bytes:
            raise fail(E.TOO_LARGE, source.name, what=f"{size} bytes", limit=config.max_bytes)
        return path.read_bytes()
    except OSError as error:
        raise fail(E.UNREADABLE, source.name, reason=error.strerror or type(error).__name__) from None


@dataclass(frozen=True)
class Line:
    number: int
    """1-based, counting every line (blank ones too), as an editor does."""
    data: bytes
    """The line without its end of line; empty where the line is over the limit."""
    size: int
    """The line's length in bytes; over ``max_bytes`` means it was skipped unread."""


def read_lines(source: Source, config: IngestConfig) -> Iterator[Line]:
    """A local file's lines (gunzipped if its name ends in ``.gz``), one at a time: memory holds one line of at
    most ``config.max_bytes`` whatever the file's size; a longer line is skipped and only its size is told."""
    try:
        with _open(source.name) as stream:
            number = 0
            while chunk := stream.readline(config.max_bytes + 2):  # + 2: room for a CR LF after a full line
                number += 1
                data = _without_eol(chunk)
                if len(data) <= config.max_bytes:
                    yield Line(number, data, len(data))
                else:
                    yield Line(number, b"", len(data) + _skip_rest(stream, chunk))
    except (OSError, EOFError, zlib.error) as error:  # a gzip file cut short or corrupt
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise fail(E.UNREADABLE, source.name, reason=reason) from None


ByteStream = gzip.GzipFile | io.BufferedReader


def _open(name: str) -> ByteStream:
    return gzip.open(name, "rb") if name.lower().endswith(".gz") else Path(name).open("rb")


def _skip_rest(stream: ByteStream, chunk: bytes) -> int:
    """Read past the rest of an over-long line in bounded pieces; the bytes skipped (end of line excluded)."""
    skipped = 0
    while not chunk.endswith(b"\n") and (chunk := stream.readline(1 << 20)):
        skipped += len(_without_eol(chunk))
    return skipped


def _without_eol(chunk: bytes) -> bytes:
    """The chunk less one LF and one CR before it (a line cut short by the limit keeps its bytes)."""
    chunk = chunk[:-1] if chunk.endswith(b"\n") else chunk
    return chunk[:-1] if chunk.endswith(b"\r") else chunk


def _fetch(source: Source, config: IngestConfig) -> tuple[bytes, str]:
    """The body and Content-Type of a URL, through the one safe fetcher (:mod:`newsprism.ingest.http`)."""
    fetched = fetch(source.name, config)
    return fetched.body, fetched.content_type


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as web copy often is; binary is refused."""
    if not data.strip():
        raise fail(E.EMPTY, name)
    if b"\x00" in data[:8192]:
        raise fail(E.BINARY, name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise fail(E.BINARY, name) from None
    if sum(ch.isprintable() or ch.isspace() for ch in text[:4096]) < 0.95 * len(text[:4096]):
        raise fail(E.BINARY, name)
    return text
