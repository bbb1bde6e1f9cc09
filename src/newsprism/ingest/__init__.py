"""Ingest: read files, directories, globs and URLs into raw articles.

Every input is read on its own: one that fails becomes an :class:`InputProblem`
and the others are still read. :func:`read_source` reads one source (a WARC file, a JSON Lines file, or what
:func:`newsprism.ingest.readers.read` reads); `newsprism analyze` and `add` use it. The stream's `ingest` uses
:func:`iter_source`, which reads a JSON Lines file one record at a time, so a file of any size streams through.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from newsprism.config import IngestConfig
from newsprism.errors import InputFailure
from newsprism.ingest.fetch import load
from newsprism.ingest.jsonlines import Item, collect, is_json_lines, iter_json_lines
from newsprism.ingest.raw import RawArticle
from newsprism.ingest.readers import read
from newsprism.ingest.sources import Source, expand
from newsprism.ingest.warc import is_warc, read_warc
from newsprism.model import InputProblem

__all__ = ["IngestResult", "RawArticle", "iter_source", "read_inputs", "read_source"]


@dataclass
class IngestResult:
    articles: list[RawArticle] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)


def read_inputs(inputs: list[str], config: IngestConfig) -> IngestResult:
    sources, failures = expand(inputs)
    result = IngestResult(problems=[f.item for f in failures])
    for source in sources:
        try:
            articles, bad_records = read_source(source, config)
        except InputFailure as failure:
            result.problems.append(failure.item)
            continue
        result.articles.extend(articles)
        result.problems.extend(f.item for f in bad_records)
    _make_ids_unique(result.articles)
    return result


def read_source(source: Source, config: IngestConfig) -> tuple[list[RawArticle], list[InputFailure]]:
    """One source's articles and its bad records: a WARC file (read as a stream of records, never loaded as
    text), a local JSON Lines file (read line by line, the size limit applying to each record), or what
    :func:`newsprism.ingest.readers.read` reads. A source that cannot be read at all raises
    :class:`InputFailure`."""
    if not source.is_url and is_warc(source.name):
        return read_warc(source, config)
    if is_json_lines(source):
        return collect(iter_json_lines(source, config))
    return read(load(source, config))


def iter_source(source: Source, config: IngestConfig) -> Iterator[Item]:
    """One source's articles and problems, as :func:`read_source` reads them, but one JSON Lines record at a
    time: memory holds one record, not the file. A source that cannot be read is one problem, never raised."""
    try:
        if is_json_lines(source):
            yield from iter_json_lines(source, config)
            return
        articles, bad_records = read_source(source, config)
    except InputFailure as failure:
        yield failure
        return
    yield from bad_records
    yield from articles


def _make_ids_unique(articles: list[RawArticle]) -> None:
    """Two inputs with the same id (a/x.txt, b/x.txt) get x and x-2 (or x-3, ...: never an id in use)."""
    taken = {raw.id for raw in articles}
    seen: set[str] = set()
    for index, raw in enumerate(articles):
        if raw.id not in seen:
            seen.add(raw.id)
            continue
        number = 2
        while f"{raw.id}-{number}" in taken:
            number += 1
        articles[index] = replace(raw, id=f"{raw.id}-{number}")
        taken.add(articles[index].id)
        seen.add(articles[index].id)
