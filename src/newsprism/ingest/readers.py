"""One reader per format: plain text, HTML, JSON/JSONL, RSS/Atom feeds."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser

from newsprism.errors import E, InputFailure, fail
from newsprism.ingest.fetch import Loaded
from newsprism.ingest.raw import Format, RawArticle

SUFFIX_FORMATS: dict[str, Format] = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "json", ".ndjson": "json",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".txt": "text", ".text": "text",
}
FEED_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S | re.I)
HTML_START = re.compile(r"^\s*(<!doctype html|<html\b|<head\b|<body\b|<article\b|<div\b|<p\b)", re.I)


def read(loaded: Loaded) -> tuple[list[RawArticle], list[InputFailure]]:
    """Read every article in one loaded source; bad records fail alone."""
    fmt = detect_format(loaded)
    return READERS[fmt](loaded)


def detect_format(loaded: Loaded) -> Format:
    """By content for what announces itself (feeds, HTML, JSON), else by suffix, else text."""
    head = loaded.text[:2048]
    if FEED_START.match(head) or "rss+xml" in loaded.content_type or "atom+xml" in loaded.content_type:
        return "feed"
    if HTML_START.match(head) or "text/html" in loaded.content_type:
        return "html"
    suffix = "" if loaded.source.is_url else Path(loaded.source.name).suffix.lower()
    if suffix in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[suffix]
    if head.lstrip().startswith(("{", "[")) or "json" in loaded.content_type:
        return "json"
    return "text"


def article_id(name: str, is_url: bool) -> str:
    """A file's stem, or the last path segment (else the host) of a URL."""
    if is_url:
        parts = urlsplit(name)
        segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
        return slug(Path(segment).stem or segment) if segment else slug(parts.netloc)
    return Path(name).stem


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:80] or "article"


def _url_of(loaded: Loaded) -> str | None:
    return loaded.source.name if loaded.source.is_url else None


def read_text(loaded: Loaded) -> tuple[list[RawArticle], list[InputFailure]]:
    name = loaded.source.name
    raw = RawArticle(id=article_id(name, loaded.source.is_url), source=name, format="text",
                     text=loaded.text, url=_url_of(loaded))
    return [raw], []


def read_html(loaded: Loaded) -> tuple[list[RawArticle], list[InputFailure]]:
    name = loaded.source.name
    raw = RawArticle(id=article_id(name, loaded.source.is_url), source=name, format="html",
                     html=loaded.text, url=_url_of(loaded))
    return [raw], []


def read_json(loaded: Loaded, stem: str | None = None) -> tuple[list[RawArticle], list[InputFailure]]:
    """A JSON object, a JSON list of objects, or JSON Lines (one object per line); ids from ``stem`` (default:
    :func:`article_id` of the source)."""
    name = loaded.source.name
    records = _json_records(loaded.text, name)
    stem = stem or article_id(name, loaded.source.is_url)
    articles: list[RawArticle] = []
    failures: list[InputFailure] = []
    for label, record in records:
        try:
            if isinstance(record, InputFailure):
                raise record
            default_id = stem if len(records) == 1 else f"{stem}-{label.rsplit(':', 1)[-1]}"
            articles.append(json_article(record, name, default_id, label))
        except InputFailure as failure:
            failures.append(failure)
    return articles, failures


def _json_records(text: str, name: str) -> list[tuple[str, Any]]:
    """(label, object or failure) for each record; a label is 'path:line' for JSON Lines."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, list):
        return [(f"{name}:{i + 1}", item) for i, item in enumerate(whole)]
    if whole is not None:
        return [(name, whole)]
    records: list[tuple[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        label = f"{name}:{number}"
        try:
            records.append((label, json.loads(line)))
        except json.JSONDecodeError as error:
            records.append((label, fail(E.BAD_JSON, label, detail=f"{error.msg} at column {error.colno}")))
    return records


def json_article(record: Any, name: str, default_id: str, label: str) -> RawArticle:
    if not isinstance(record, dict):
        raise fail(E.JSON_SHAPE, label)
    text, html = record.get("text"), record.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise fail(E.JSON_SHAPE, label)
    byline = record.get("byline") or record.get("author") or ()
    return RawArticle(
        id=slug(str(record["id"])) if record.get("id") is not None else default_id,
        source=name,
        format="json",
        text=text if isinstance(text, str) and text.strip() else None,
        html=html if isinstance(html, str) and html.strip() else None,
        title=_str(record.get("title")),
        url=_str(record.get("url")),
        outlet=_str(record.get("outlet")),
        published=_str(record.get("published")),
        byline=tuple(byline) if isinstance(byline, list) else (str(byline),) if byline else (),
    )


def _str(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def read_feed(loaded: Loaded) -> tuple[list[RawArticle], list[InputFailure]]:
    """Each entry of an RSS/Atom feed is an article; its content or summary is its HTML.

    feedparser is given the text already read, as a stream: given a string (or bytes) it would open it as a
    URL or a local path if it looks like one (feedparser.api._open_resource), so a feed whose whole content is
    '/etc/passwd' or 'http://127.0.0.1/' would read that file or fetch that URL. feedparser's XML parser does
    not fetch external entities (it turns feature_external_ges off)."""
    name = loaded.source.name
    parsed = feedparser.parse(io.BytesIO(loaded.text.encode("utf-8")))
    if parsed.bozo and not parsed.entries:
        raise fail(E.BAD_FEED, name, detail=str(parsed.get("bozo_exception", "parse error")))
    outlet = _str(parsed.feed.get("title"))
    stem = article_id(name, loaded.source.is_url)
    articles: list[RawArticle] = []
    failures: list[InputFailure] = []
    for number, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content", [{}])[0].get("value") or entry.get("summary", "")
        label = f"{name}#{number}"
        if not content.strip():
            failures.append(fail(E.NOT_ARTICLE, label, detail="feed entry has no content"))
            continue
        author = entry.get("author")  # RSS 'email (Name)' forms are reduced to names in cleaning
        articles.append(RawArticle(
            id=stem if len(parsed.entries) == 1 else f"{stem}-{number}",
            source=name, format="feed", html=content, title=_str(entry.get("title")),
            url=_str(entry.get("link")), outlet=outlet, published=_feed_date(entry),
            byline=(author,) if author else (),
        ))
    if not parsed.entries:
        raise fail(E.BAD_FEED, name, detail="it has no entries")
    return articles, failures


def _feed_date(entry: Any) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp is None:
        return _str(entry.get("published"))
    return "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}+00:00".format(*stamp[:6])


READERS: dict[Format, Callable[[Loaded], tuple[list[RawArticle], list[InputFailure]]]] = {
    "text": read_text, "html": read_html, "json": read_json, "feed": read_feed,
}
