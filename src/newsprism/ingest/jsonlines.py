"""JSON Lines files (``.jsonl``, ``.ndjson``, plain or gzipped) read one record at a time.

A daily dump of news is one JSON Lines file of hundreds of MB, so the size limit (``IngestConfig.max_bytes``,
meant for one article) applies to each line, never to the file: a line over it is reported alone
(``file:line``, E006) and the others are read. Memory holds one line at a time. Ids are what
:func:`newsprism.ingest.readers.read_json` gives: the record's ``id``, else ``stem-N`` for line N, else (a file
of one record) the stem. A file whose first record is no JSON at all (pretty-printed JSON, HTML under a
``.jsonl`` name) and that is within the limit is read whole, as any other file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

from newsprism.config import IngestConfig
from newsprism.errors import E, InputFailure, fail
from newsprism.ingest.fetch import Line, Loaded, decode, load, read_lines
from newsprism.ingest.raw import RawArticle
from newsprism.ingest.readers import article_id, json_article, read, read_json
from newsprism.ingest.sources import JSON_LINES_SUFFIXES, Source

Item = RawArticle | InputFailure
"""An article read, or the problem of one record."""
NOT_JSON_LINES = (E.BAD_JSON.code, E.BINARY.code)
"""First-record problems that say the file is something else than JSON Lines."""


def is_json_lines(source: Source) -> bool:
    """A local file whose name says JSON Lines; URLs are fetched whole as before."""
    return not source.is_url and source.name.lower().endswith(JSON_LINES_SUFFIXES)


def iter_json_lines(source: Source, config: IngestConfig) -> Iterator[Item]:
    """Each record's article or problem, in file order. A file that cannot be read, is empty or is binary
    raises :class:`InputFailure` (mid-file too, for a gzip file cut short)."""
    lines = (line for line in read_lines(source, config) if line.size > config.max_bytes or line.data.strip())
    first, second = next(lines, None), next(lines, None)
    if first is None:
        raise fail(E.EMPTY, source.name)
    if second is None:
        yield from _one_record(first, source, config)
        return
    stem = _stem(source.name)
    head = _item(first, source.name, stem, config.max_bytes)
    if isinstance(head, InputFailure) and head.item.code in NOT_JSON_LINES:
        if _within_limit(source, config):
            yield from _whole_file(source, config)
            return
        if head.item.code == E.BINARY.code:
            raise fail(E.BINARY, source.name)
    yield head
    for line in chain([second], lines):
        yield _item(line, source.name, stem, config.max_bytes)


def _item(line: Line, name: str, stem: str, limit: int) -> Item:
    label = f"{name}:{line.number}"
    if line.size > limit:
        return fail(E.TOO_LARGE, label, what=f"{line.size} bytes", limit=limit)
    try:
        text = decode(line.data, label)
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            raise fail(E.BAD_JSON, label, detail=f"{error.msg} at column {error.colno}") from None
        return json_article(record, name, f"{stem}-{line.number}", label)
    except InputFailure as failure:
        return failure


def _one_record(line: Line, source: Source, config: IngestConfig) -> Iterator[Item]:
    """A file of one record is read as the whole file it is (its id is the stem), as before."""
    if line.size > config.max_bytes:
        yield fail(E.TOO_LARGE, f"{source.name}:{line.number}", what=f"{line.size} bytes", limit=config.max_bytes)
        return
    loaded = Loaded(source, decode(line.data, source.name), "")
    gzipped = source.name.lower().endswith(".gz")
    articles, failures = read_json(loaded, _stem(source.name)) if gzipped else read(loaded)
    yield from chain(failures, articles)


def _stem(name: str) -> str:
    """The file's stem, as for any file; ``day.jsonl.gz`` gives ``day`` as ``day.jsonl`` does."""
    return article_id(name[:-3] if name.lower().endswith(".gz") else name, is_url=False)


def _within_limit(source: Source, config: IngestConfig) -> bool:
    if source.name.lower().endswith(".gz"):
        return False
    try:
        return Path(source.name).stat().st_size <= config.max_bytes
    except OSError:
        return False


def _whole_file(source: Source, config: IngestConfig) -> Iterator[Item]:
    articles, failures = read(load(source, config))
    yield from chain(failures, articles)


def collect(items: Iterable[Item]) -> tuple[list[RawArticle], list[InputFailure]]:
    """The articles and problems of ``items``; a failure of the whole file after some records keeps those
    records (and is one more problem), one before any record is raised."""
    articles: list[RawArticle] = []
    failures: list[InputFailure] = []
    try:
        for item in items:
            if isinstance(item, InputFailure):
                failures.append(item)
            else:
                articles.append(item)
    except InputFailure as failure:
        if not articles and not failures:
            raise
        failures.append(failure)
    return articles, failures
