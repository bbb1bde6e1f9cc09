"""A feed is parsed from the text already read: feedparser never opens a path or a URL it finds there."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_server import HostileServer

from newsprism.config import IngestConfig
from newsprism.ingest import read_inputs

SECRET_FEED = (
    '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Private notes</title>'
    "<item><title>Not for readers</title><description>&lt;p&gt;The private notes of this machine were read "
    "from disk, which must never happen.&lt;/p&gt;</description></item></channel></rss>\n"
)
"""A readable feed on disk: if feedparser opened it, its entry would turn up as an article."""

NEWS_FEED = (
    '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Varrow Bulletin</title>'
    "<item><title>Crane down</title><description>&lt;p&gt;A harbour crane collapsed onto an empty quay in Varrow "
    "on Tuesday.&lt;/p&gt;</description></item></channel></rss>\n"
)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "private" / "notes.xml"
    path.parent.mkdir()
    path.write_text(SECRET_FEED, encoding="utf-8")
    return path


def read_upload(tmp_path: Path, content: str, config: IngestConfig | None = None):
    upload = tmp_path / "upload.xml"
    upload.write_text(content, encoding="utf-8")
    news = tmp_path / "news.xml"
    news.write_text(NEWS_FEED, encoding="utf-8")
    return str(upload), read_inputs([str(upload), str(news)], config or IngestConfig())


@pytest.mark.parametrize("spelling", ["{path}", "{path}\n", "file://{path}", "file:///{path}"])
def test_a_feed_naming_a_local_file_is_a_problem_and_the_file_is_not_read(tmp_path, secret, spelling):
    upload, result = read_upload(tmp_path, spelling.format(path=secret))
    assert [(p.code, p.input) for p in result.problems] == [("E012", upload)]
    assert [a.title for a in result.articles] == ["Crane down"]
    assert all("private notes" not in (a.html or "") for a in result.articles)


def test_a_feed_naming_a_system_file_is_a_problem(tmp_path):
    upload, result = read_upload(tmp_path, "file:///etc/hostname")
    assert [(p.code, p.input) for p in result.problems] == [("E012", upload)]


def test_a_feed_naming_a_url_makes_no_connection(tmp_path):
    """Even with loopback allowed for fetching, a URL inside a file is text, never fetched."""
    with HostileServer("127.0.0.1") as server:
        upload, result = read_upload(tmp_path, server.url("/article"),
                                     IngestConfig(url_timeout_s=5.0, allow_private_urls=True))
        assert [(p.code, p.input) for p in result.problems] == [("E012", upload)]
        assert server.connections == 0


def test_an_external_entity_is_not_fetched_or_read(tmp_path, secret):
    feed = (f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY notes SYSTEM "file://{secret}">]>\n'
            '<rss version="2.0"><channel><title>Varrow Bulletin</title><item><title>Crane down</title>'
            "<description>&lt;p&gt;A harbour crane collapsed onto an empty quay in Varrow. &notes;&lt;/p&gt;"
            "</description></item></channel></rss>\n")
    _, result = read_upload(tmp_path, feed)
    assert all("private notes" not in (a.html or "") and "Not for readers" not in (a.html or "")
               for a in result.articles)
