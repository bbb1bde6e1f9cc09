"""The attacks of issue #15 against a real `newsprism serve`, on SQLite and PostgreSQL: URLs that aim at the
server's own machine, hostile web servers, and uploaded feeds that name files or URLs. Each is refused with a
coded problem (4xx, never a 500), nothing is stored, and the app goes on answering.

The server under attack may fetch from 127.0.0.2 only (``--allow-network 127.0.0.2/32``), where the hostile
server listens; 127.0.0.1, where the app itself and a recording server listen, stays refused as on a real host.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hostile_server import HostileServer, closed_port

HOSTILE = "127.0.0.2"


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def guarded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           own_server) -> Iterator:
    yield from own_server(request, tmp_path_factory, "attacks", "--no-analysis", "--allow-network", f"{HOSTILE}/32",
                          "--max-upload-mb", "4")


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    with HostileServer(host=HOSTILE) as server:
        yield server


@pytest.fixture
def recorder() -> Iterator[HostileServer]:
    """A server on 127.0.0.1 that counts the connections it gets: a refused URL must make none."""
    with HostileServer(host="127.0.0.1") as server:
        yield server


def _spellings(port: int) -> list[str]:
    return [f"http://{host}:{port}/article" for host in (
        "127.0.0.1", "localhost", "[::1]", "0.0.0.0", "127.1", "2130706433", "0x7f.1", "017700000001",
        "[::ffff:127.0.0.1]", "[::ffff:7f00:1]")] + [f"http://10.0.0.1:{port}/", "http://169.254.169.254/latest/"]
    # (no name that needs DNS: the test sends nothing beyond this machine; 'localhost' is read from /etc/hosts)


def _post_urls(server, urls: list[str]) -> list[tuple[int, str]]:
    """Each URL posted alone, all at once; (status, detail) of each answer."""
    def post(url: str) -> tuple[int, str]:
        with server.client(timeout_s=120) as client:
            answer = client.post("/api/stories", json={"urls": [url]})
            return answer.status_code, answer.json().get("detail", "")

    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(post, urls))


def test_urls_at_the_servers_own_machine_are_refused_in_every_spelling(guarded, recorder, snapshot):
    before = snapshot(guarded.store)
    own_port = int(guarded.url.rsplit(":", 1)[1])
    urls = [*_spellings(recorder.port), f"http://127.0.0.1:{own_port}/api/stories", f"http://localhost:{own_port}/"]
    for url, (status, detail) in zip(urls, _post_urls(guarded, urls), strict=True):
        assert status == 422, (url, status, detail)
        assert detail.endswith("[E014]"), (url, detail)
    assert recorder.connections == 0
    assert snapshot(guarded.store) == before


def test_redirects_to_loopback_to_ftp_and_without_end_are_refused(guarded, hostile, recorder, snapshot):
    before = snapshot(guarded.store)
    cases = {f"/redirect?to=http://127.0.0.1:{recorder.port}/article": "E014",
             f"/redirect?to=http://localhost:{recorder.port}/article": "E014",
             f"/redirect?to=ftp://{HOSTILE}/article": "E015",
             "/loop": "E016"}
    answers = _post_urls(guarded, [hostile.url(path) for path in cases])
    assert [(status, detail[-5:-1]) for status, detail in answers] == [(422, code) for code in cases.values()]
    assert recorder.connections == 0
    assert snapshot(guarded.store) == before


HOSTILE_PATHS = {
    "/drip?every=0.5": "E017", "/drip-status?every=2": "E011", "/endless-headers": "E018",
    "/many-headers?n=200": "E018", "/long-header?bytes=100000": "E018", "/broken-chunks": "E018",
    "/short-body": "E019", "/not-http": "E011", "/gzip-bomb": "E006", "/huge": "E006", "/huge?length=no": "E006",
}
"""Each hostile answer and the code its URL gets (E006: over the byte cap, answered 413)."""


def test_hostile_servers_give_coded_problems_and_the_app_goes_on(guarded, hostile, snapshot):
    before = snapshot(guarded.store)
    answers = _post_urls(guarded, [hostile.url(path) for path in HOSTILE_PATHS])
    for (path, code), (status, detail) in zip(HOSTILE_PATHS.items(), answers, strict=True):
        assert status == (413 if code == "E006" else 422), (path, status, detail)
        assert detail.endswith(f"[{code}]"), (path, detail)
    with guarded.client() as client:
        assert client.get("/api/stories").status_code == 200
        good = client.post("/api/stories", json={"urls": [hostile.url("/article")]})
        assert good.status_code == 201, good.text
        client.delete(f"/api/stories/{good.json()['story']['id']}")
    assert snapshot(guarded.store) == before
    assert "Traceback" not in guarded.output()


def test_an_open_port_and_a_closed_one_read_the_same(guarded, hostile):
    (_, closed), (_, speaks_other) = _post_urls(guarded, [f"http://{HOSTILE}:{closed_port(HOSTILE)}/x",
                                                          hostile.url("/not-http")])
    assert closed.split(": ", 1)[1] == speaks_other.split(": ", 1)[1]


@pytest.mark.parametrize("content", ["/etc/hostname", "file:///etc/hostname", "http://127.0.0.2:{port}/article",
                                     "  {path}  "])
def test_an_uploaded_feed_that_names_a_file_or_url_reads_nothing(guarded, hostile, snapshot, tmp_path: Path,
                                                                content: str):
    secret = tmp_path / "secret.txt"
    secret.write_text("The council's private minutes, not for the public, were kept on this disk.")
    body = content.format(port=hostile.port, path=secret).encode()
    before, connections = snapshot(guarded.store), hostile.connections
    with guarded.client() as client:
        answer = client.post("/api/stories", files={"files": ("feed.xml", body, "application/rss+xml")})
    assert answer.status_code == 422 and "[E012]" in answer.json()["detail"], answer.text
    assert hostile.connections == connections
    assert snapshot(guarded.store) == before


def test_an_article_over_the_length_limit_is_refused_at_once(guarded, snapshot):
    """Analysis still grows faster than one article's length in places: an article over CleanConfig.max_chars
    (200,000 characters) is refused when it is sent, with the limit named, and nothing is stored."""
    before = snapshot(guarded.store)
    text = "Flood notes from the valley\n\n" + "The river rose again near the old mill, officials said. " * 4_000
    with guarded.client() as client:
        answer = client.post("/api/stories", json={"texts": [text]})
    assert answer.status_code == 413 and answer.json()["detail"].endswith("[E020]"), answer.text
    assert "200000-character limit" in answer.json()["detail"]
    assert snapshot(guarded.store) == before
