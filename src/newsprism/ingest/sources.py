"""Turn the user's inputs (files, directories, globs, URLs) into a list of sources to read."""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from newsprism.errors import E, InputFailure, fail

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson",
                    ".xml", ".rss", ".atom"}
"""Files a directory walk picks up; a file named explicitly is read whatever its suffix."""
WARC_SUFFIXES = (".warc", ".warc.gz")
"""Web archives (newsprism.ingest.warc), also picked up by a directory walk."""
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
"""JSON Lines files, read one line at a time (newsprism.ingest.jsonlines); the gzipped ones are walked too."""
STREAM_SUFFIXES = WARC_SUFFIXES + JSON_LINES_SUFFIXES

GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class Source:
    name: str
    """The path or URL as the user will recognise it in messages."""
    is_url: bool


def is_url(text: str) -> bool:
    return "://" in text[:12] or text.startswith(("http:", "https:"))


def check_url(text: str) -> None:
    """E010 unless ``text`` is an http(s) URL with a host (and a valid port, if it names one)."""
    parts = urlsplit(text)
    try:
        parts.port  # noqa: B018 - ValueError for a port that is not a number from 0 to 65535
    except ValueError:
        raise fail(E.BAD_URL, text) from None
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in text:
        raise fail(E.BAD_URL, text)


def expand(inputs: list[str]) -> tuple[list[Source], list[InputFailure]]:
    """Expand every input; each failure is kept and the rest go on."""
    sources: list[Source] = []
    failures: list[InputFailure] = []
    for item in inputs:
        try:
            sources.extend(_expand_one(item))
        except InputFailure as failure:
            failures.append(failure)
    return sources, failures


def _expand_one(item: str) -> list[Source]:
    if is_url(item):
        check_url(item)
        return [Source(item, is_url=True)]
    path = Path(item)
    if path.is_dir():
        return _walk(path)
    if path.exists() or path.is_symlink():
        return [Source(item, is_url=False)]
    if GLOB_CHARS & set(item):
        matches = sorted(glob.glob(item, recursive=True))
        if not matches:
            raise fail(E.NO_MATCH, item)
        found = [s for m in matches for s in (_article_files(Path(m)) if Path(m).is_dir() else [Source(m, False)])]
        if not found:
            raise fail(E.NO_MATCH, item)
        return found
    raise fail(E.NOT_FOUND, item)


def _walk(directory: Path) -> list[Source]:
    files = _article_files(directory)
    if not files:
        raise fail(E.EMPTY_DIR, str(directory))
    return files


def _article_files(directory: Path) -> list[Source]:
    paths = sorted(
        p for p in directory.rglob("*")
        if p.is_file() and (p.suffix.lower() in ARTICLE_SUFFIXES or p.name.lower().endswith(STREAM_SUFFIXES))
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )
    return [Source(str(p), is_url=False) for p in paths]
