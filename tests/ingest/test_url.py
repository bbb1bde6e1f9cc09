"""Reading http URLs from a local server the tests start (loopback only, short timeouts)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsprism.config import Config, IngestConfig
from newsprism.ingest import read_inputs
from newsprism.pipeline import analyze

PAGE = (
    "<!doctype html><html><head><title>Ferry runs aground near Skarn</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
    "<article><h1>Ferry runs aground near Skarn</h1>"
    "<p>A small car ferry ran aground on a sandbank near Skarn on Sunday evening, the coast guard said.</p>"
    "<p>All forty passengers were taken ashore by lifeboat and nobody was hurt, officials added.</p>"
    "</article></body></html>"
)
FEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
    "<title>Skarn Bulletin</title><link>http://127.0.0.1/</link><description>News</description>"
    "<item><title>Ferry aground</title><link>http://127.0.0.1/story/ferry-crash.html</link>"
    "<description>&lt;p&gt;A small car ferry ran aground near Skarn on Sunday evening.&lt;/p&gt;"
    "</description>"
    "</item>"
    "<item><title>Road closed</title><link>http://127.0.0.1/road</link>"
    "<description>&lt;p&gt;The coast road will stay closed until Friday for resurfacing work.&lt;/p&gt;"
    "</description>"
    "</item></channel></rss>\n"
)
PLAIN = (
    "Ferry runs aground near Skarn\n\n"
    "A small car ferry ran aground on a sandbank near Skarn on Sunday evening, the coast guard said.\n\n"
    "All forty passengers were taken ashore by lifeboat and nobody was hurt, officials added.\n"
)
FRAGMENT = "<section><p>The coast road will stay closed until Friday for resurfacing work.</p></section>"

ROUTES: dict[str, tuple[int, str, str]] = {
    "/story/ferry-crash.html": (200, "text/html; charset=utf-8", PAGE),
    "/feed.xml": (200, "application/rss+xml", FEED),
    "/plain": (200, "text/plain; charset=utf-8", PLAIN),
    "/": (200, "text/plain; charset=utf-8", PLAIN),
    "/fragment": (200, "text/html", FRAGMENT),
    "/missing": (404, "text/plain", "not here"),
    "/error": (500, "text/plain", "broken"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        status, content_type, body = ROUTES.get(path, (404, "text/plain", "not here"))
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def base_url(request):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    request.addfinalizer(stop)
    host, port = server.server_address[:2]
    return f"http://{host}:{port}"


CONFIG = IngestConfig(url_timeout_s=5.0, allowed_networks=("127.0.0.1/32",))
"""The test server is on loopback, which the fetcher refuses unless told otherwise."""


def read(*urls: str):
    return read_inputs(list(urls), CONFIG)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/story/ferry-crash.html", [("ferry-crash", "html")]),
        ("/story/ferry-crash.html?ref=home", [("ferry-crash", "html")]),
        ("/feed.xml", [("feed-1", "feed"), ("feed-2", "feed")]),
        ("/plain", [("plain", "text")]),
        ("/fragment", [("fragment", "html")]),
    ],
)
def test_url_id_comes_from_last_path_segment_and_format_is_detected(base_url, path, expected):
    result = read(base_url + path)
    assert result.problems == []
    assert [(a.id, a.format) for a in result.articles] == expected
    assert {a.source for a in result.articles} == {base_url + path}


@pytest.mark.parametrize(("path", "field"), [("/story/ferry-crash.html", "html"), ("/plain", "text")])
def test_url_article_carries_the_fetched_body_and_its_url(base_url, path, field):
    [raw] = read(base_url + path).articles
    assert getattr(raw, field) == ROUTES[path][2]
    assert raw.url == base_url + path


def test_feed_entries_keep_their_own_links(base_url):
    result = read(base_url + "/feed.xml")
    assert [a.url for a in result.articles] == ["http://127.0.0.1/story/ferry-crash.html", "http://127.0.0.1/road"]
    assert {a.outlet for a in result.articles} == {"Skarn Bulletin"}


@pytest.mark.parametrize(("path", "status"), [("/missing", "404"), ("/error", "500")])
def test_http_error_is_e011_naming_the_url_and_other_urls_are_still_read(base_url, path, status):
    bad = base_url + path
    result = read(base_url + "/story/ferry-crash.html", bad, base_url + "/plain")
    assert [(p.code, p.input) for p in result.problems] == [("E011", bad)]
    assert status in result.problems[0].message
    assert [a.id for a in result.articles] == ["ferry-crash", "plain"]


def test_url_over_size_limit_is_e006(base_url):
    url = base_url + "/story/ferry-crash.html"
    result = read_inputs([url], IngestConfig(url_timeout_s=5.0, max_bytes=100, allow_private_urls=True))
    assert [(p.code, p.input) for p in result.problems] == [("E006", url)]
    assert result.articles == []


def test_analyze_reads_urls_into_articles(base_url, resources):
    report = analyze([base_url + "/story/ferry-crash.html", base_url + "/missing"],
                     Config(ingest=CONFIG), resources)
    [article] = report.articles
    assert (article.id, article.url) == ("ferry-crash", base_url + "/story/ferry-crash.html")
    assert "ran aground on a sandbank" in article.text
    assert [p.code for p in report.problems] == ["E011"]


def test_url_without_path_is_named_by_its_host(base_url):
    port = base_url.rsplit(":", 1)[1]
    [raw] = read(base_url + "/").articles
    assert raw.id == f"127.0.0.1-{port}"
