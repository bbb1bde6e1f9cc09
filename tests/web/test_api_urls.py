"""Articles given by URL are fetched by the server (from a real local web server) and versioned by URL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PAGES: dict[str, bytes] = {}


class Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGES.get(self.path)
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body or b"not here")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def page(headline: str, sentence: str) -> bytes:
    return (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1><p>{sentence}</p>"
            "<p>Engineers will check the stone piers of the old bridge once the water has gone down.</p>"
            "</article></body></html>").encode()


def test_a_url_is_fetched_once_and_a_changed_page_becomes_a_new_version(api, site, snapshot):
    PAGES["/news/elm-bridge.html"] = page("Elm bridge shut", "The old bridge in Elm was closed on Monday night.")
    url = f"{site}/news/elm-bridge.html"
    with api.client() as client:
        created = client.post("/api/stories", json={"title": "Elm by URL", "urls": [url]})
        assert created.status_code == 201, created.text
        assert created.json()["result"]["added"] == ["elm-bridge"]
        path = f"/api/stories/{created.json()['story']['id']}"
        assert client.post(f"{path}/articles", json={"urls": [url]}).json()["result"]["unchanged"] == ["elm-bridge"]
        PAGES["/news/elm-bridge.html"] = page("Elm bridge shut", "The old bridge in Elm was closed on Tuesday night.")
        changed = client.post(f"{path}/articles", json={"urls": [url]}).json()
        assert changed["result"]["new_versions"] == ["elm-bridge"]
        assert changed["story"]["articles"] == 1
        versions = client.get(f"{path}/articles", params={"versions": "all"}).json()
    assert [(v["url"], v["version"], v["latest"]) for v in versions] == [(url, 1, False), (url, 2, True)]


def test_a_url_that_answers_404_is_refused_and_nothing_is_stored(api, site, snapshot):
    before = snapshot(api.store)
    with api.client() as client:
        answer = client.post("/api/stories", json={"urls": [f"{site}/news/missing.html"]})
    assert answer.status_code == 422
    assert "could not fetch: HTTP 404" in answer.json()["detail"]
    assert snapshot(api.store) == before
