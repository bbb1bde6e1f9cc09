"""WARC files (web archives: Heritrix, wget --warc-file, Common Crawl), plain or gzipped, read with warcio.

Every ``response`` record of an HTML page fetched with HTTP 200 (and every ``resource`` record of an HTML
page) is one article: its HTML, its URL (``WARC-Target-URI``). Records of anything else (images, scripts,
redirects, errors, requests, metadata) are skipped without a word: an archive is mostly that. A record that
cannot be decoded is reported alone; an archive cut short keeps the articles before the break.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsprism.config import IngestConfig
from newsprism.errors import E, InputFailure, fail
from newsprism.ingest.fetch import decode
from newsprism.ingest.raw import RawArticle
from newsprism.ingest.readers import article_id
from newsprism.ingest.sources import WARC_SUFFIXES, Source

HTML_TYPES = ("text/html", "application/xhtml+xml")
ARTICLE_RECORDS = ("response", "resource")


def is_warc(name: str) -> bool:
    """Whether a file name says WARC: ``.warc`` or ``.warc.gz``."""
    return name.lower().endswith(WARC_SUFFIXES)


def read_warc(source: Source, config: IngestConfig) -> tuple[list[RawArticle], list[InputFailure]]:
    """The HTML pages of one WARC file; a file that is no WARC (or holds no page) fails as a whole."""
    from warcio.exceptions import ArchiveLoadFailed

    articles: list[RawArticle] = []
    failures: list[InputFailure] = []
    try:
        with Path(source.name).open("rb") as stream:
            _check_start(stream.read(5), source.name)
            stream.seek(0)
            for number, record in enumerate(_records(stream), start=1):
                try:
                    raw = _article(record, source.name, number, config)
                except InputFailure as failure:
                    failures.append(failure)
                    continue
                if raw is not None:
                    articles.append(raw)
    except OSError as error:
        if not articles:
            raise fail(E.UNREADABLE, source.name, reason=error.strerror or str(error)) from None
        failures.append(fail(E.UNREADABLE, f"{source.name}#{len(articles) + 1}", reason=f"archive cut short: {error}"))
    except ArchiveLoadFailed as error:
        if not articles:
            raise fail(E.UNREADABLE, source.name, reason=f"not a WARC file: {_first_line(error)}") from None
        failures.append(fail(E.UNREADABLE, f"{source.name}#{len(articles) + 1}", reason=f"archive cut short: "
                                                                                      f"{_first_line(error)}"))
    if not articles and not failures:
        raise fail(E.NOT_ARTICLE, source.name, detail="the WARC file holds no HTML page fetched with status 200")
    return articles, failures


def _records(stream: IO[bytes]) -> Iterator[Any]:
    """The archive's records. A record whose header is cut short (a truncated download) makes warcio's parser
    fail with a plain Python error (an AttributeError on the missing target URI); it ends as ArchiveLoadFailed,
    reported with the file's name like any other broken archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = iter(ArchiveIterator(stream))
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except AttributeError:
            raise ArchiveLoadFailed("a record header is cut short") from None
        yield record


def _check_start(head: bytes, name: str) -> None:
    """An archive starts with a WARC record (``WARC/1.x``) or a gzip member."""
    if not head:
        raise fail(E.EMPTY, name)
    if not head.startswith((b"WARC/", b"\x1f\x8b")):
        raise fail(E.UNREADABLE, name, reason="not a WARC file: it does not start with a WARC record")


def _article(record: Any, name: str, number: int, config: IngestConfig) -> RawArticle | None:
    """The article in one record, None when the record is not an HTML page."""
    if record.rec_type not in ARTICLE_RECORDS:
        return None
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type.lower().split(";")[0].strip() not in HTML_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    label = f"{name}#{number}"
    data = record.content_stream().read(config.max_bytes + 1)
    if len(data) > config.max_bytes:
        raise fail(E.TOO_LARGE, label, what="the record", limit=config.max_bytes)
    html = decode(data, label)
    return RawArticle(id=article_id(url, True) if url else f"{Path(name).name.split('.')[0]}-{number}", source=name,
                      format="html", html=html, url=url)


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:120]

