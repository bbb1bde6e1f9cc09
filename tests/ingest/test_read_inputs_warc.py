"""read_inputs (what `newsprism analyze` and `add` read through) reads WARC files as the stream's ingest does:
the pages of a .warc.gz next to a text file, and a broken .warc.gz as one problem naming it, the rest still read."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.config import IngestConfig
from newsprism.ingest import read_inputs

PAGES = {
    "https://tidings.example/local/ferry-timetable": (
        "Winter ferry timetable starts on Monday",
        "The ferry between Ostry and the island will sail four times a day from Monday, down from seven, until "
        "the spring crossings begin in April."),
    "https://bulletin.example/town/library-roof": (
        "Library roof mended after the gales",
        "Roofers finished mending the slate roof of the Tarnby library on Thursday, three weeks after the gales "
        "lifted a corner of it."),
}
TEXT = ("Allotment waiting list shortened\n\nThe council in Merrow has opened twenty new allotment plots beside "
        "the old rail yard, cutting the waiting list from three years to one, the parks officer said.\n")


def page_record(writer: WARCWriter, url: str, title: str, body: str) -> None:
    html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p></article>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                  http_headers=headers))


def archive(gzipped: bool = True) -> tuple[bytes, int]:
    """A WARC (warcinfo, then one response per page) and where its first page record starts."""
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gzipped)
    writer.write_record(writer.create_warc_record("", "warcinfo", payload=io.BytesIO(b"software: test\r\n"),
                                                  warc_content_type="application/warc-fields"))
    first_page = stream.tell()
    for url, (title, body) in PAGES.items():
        page_record(writer, url, title, body)
    return stream.getvalue(), first_page


def header_cut_short() -> bytes:
    """A .warc.gz whose first page record stops in its header, before the target URI (a download cut short):
    the warcinfo member, then a gzip member holding the start of the page record."""
    compressed, first_compressed = archive()
    plain, first_plain = archive(gzipped=False)
    page = plain[first_plain:]
    return compressed[:first_compressed] + gzip.compress(page[:page.index(b"WARC-Target-URI")])


def test_warc_and_text_file_are_read_together(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(archive()[0])
    text = tmp_path / "allotments.txt"
    text.write_text(TEXT, encoding="utf-8")
    result = read_inputs([str(warc), str(text)], IngestConfig())
    assert result.problems == []
    pages = [a for a in result.articles if a.source == str(warc)]
    assert [a.url for a in pages] == list(PAGES)
    assert all(a.format == "html" and a.html and PAGES[a.url or ""][1][:40] in a.html for a in pages)
    assert [a.format for a in result.articles if a.source == str(text)] == ["text"]
    assert len(result.articles) == len(PAGES) + 1


def broken(kind: str) -> bytes:
    if kind == "cut inside the first page's header":
        return header_cut_short()
    return {
        "plain text": TEXT.encode("utf-8"),
        "gzipped text": gzip.compress(TEXT.encode("utf-8")),
        "gzip header, then zeros": b"\x1f\x8b\x08\x00" + bytes(60),
    }[kind]


@pytest.mark.parametrize("kind", ["plain text", "gzipped text", "gzip header, then zeros",
                                  "cut inside the first page's header"])
def test_broken_warc_is_one_problem_naming_it_and_the_text_is_still_read(tmp_path: Path, kind: str) -> None:
    warc = tmp_path / "broken.warc.gz"
    warc.write_bytes(broken(kind))
    text = tmp_path / "allotments.txt"
    text.write_text(TEXT, encoding="utf-8")
    result = read_inputs([str(warc), str(text)], IngestConfig())
    assert [(p.code, p.input) for p in result.problems] == [("E003", str(warc))]
    assert "not a WARC file" in result.problems[0].message
    assert [a.source for a in result.articles] == [str(text)]
