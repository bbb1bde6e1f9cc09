"""WARC files written here with warcio: HTML responses become articles, everything else is skipped, bad files fail
alone, and `newsprism ingest` stores the pages."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.cli import cli
from newsprism.config import IngestConfig
from newsprism.errors import InputFailure
from newsprism.ingest.sources import Source, expand
from newsprism.ingest.warc import read_warc

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body}</p><p>Residents said the work had been planned for two years and would finish before the winter.</p>
</article></body></html>"""
PAGES = {
    "https://courier.example/news/lock-gates": ("Lock gates replaced on the Wendle canal",
                                                "Engineers lifted the old oak lock gates out of the Wendle canal on "
                                                "Tuesday and fitted steel ones in their place."),
    "https://ledger.example/story/orchard-fair": ("Orchard fair returns to Pellham",
                                                  "The orchard fair in Pellham came back on Saturday with forty "
                                                  "growers selling apples, pears and cider on the green."),
}


def record(writer: WARCWriter, url: str, status: str, content_type: str, payload: bytes) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                  http_headers=headers))


def write_warc(path: Path, gzip: bool = True) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warc_record("", "warcinfo", payload=io.BytesIO(b"software: test\r\n"),
                                                      warc_content_type="application/warc-fields"))
        for url, (title, body) in PAGES.items():
            record(writer, url, "200 OK", "text/html; charset=utf-8",
                   PAGE.format(title=title, body=body).encode("utf-8"))
        record(writer, "https://courier.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
        record(writer, "https://courier.example/old", "301 Moved Permanently", "text/html", b"<html>moved</html>")
        writer.write_record(writer.create_warc_record("https://courier.example/news/lock-gates", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    return path


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_html_responses_are_articles_and_the_rest_is_skipped(tmp_path: Path, name: str) -> None:
    path = write_warc(tmp_path / name, gzip=name.endswith(".gz"))
    articles, failures = read_warc(Source(str(path), False), IngestConfig())
    assert failures == []
    assert [a.url for a in articles] == list(PAGES)
    assert [a.id for a in articles] == ["lock-gates", "orchard-fair"]
    assert all(a.format == "html" and a.html and PAGES[a.url or ""][1][:30] in a.html for a in articles)


@pytest.mark.parametrize(("content", "code", "words"), [
    (b"this is plain text, not an archive\n" * 5, "E003", "not a WARC file"),
    (b"", "E004", "empty"),
    (b"\x1f\x8b\x08\x00" + bytes(40), "E003", "not a WARC file"),
])
def test_a_file_that_is_no_warc_fails_with_its_name(tmp_path: Path, content: bytes, code: str, words: str) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(content)
    with pytest.raises(InputFailure) as caught:
        read_warc(Source(str(path), False), IngestConfig())
    assert caught.value.item.code == code and caught.value.item.input == str(path)
    assert words in caught.value.item.message


def test_archive_without_pages_says_so(tmp_path: Path) -> None:
    path = tmp_path / "images.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        record(writer, "https://courier.example/logo.png", "200 OK", "image/png", bytes(32))
    with pytest.raises(InputFailure) as caught:
        read_warc(Source(str(path), False), IngestConfig())
    assert caught.value.item.code == "E007"


def test_directory_walk_and_ingest_read_warc_files(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    write_warc(folder / "part-1.warc.gz")
    sources, failures = expand([str(folder)])
    assert [s.name for s in sources] == [str(folder / "part-1.warc.gz")] and failures == []
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(tmp_path / "s.db"), "--no-embeddings",
                                      "--no-analysis", "--json"])
    assert result.exit_code == 0, result.output
    done = json.loads(result.stdout.splitlines()[-1])
    assert (done["event"], done["added"]) == ("done", 2)
