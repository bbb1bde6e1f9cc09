"""A real server for the web tests: `newsprism serve` started as a process on a free port, on SQLite and on
the real PostgreSQL (a fresh schema), once per session and backend. Its operator token comes from the
environment (NEWSPRISM_TOKEN), as on a real server; ``Server.client()`` sends it, ``Server.anonymous()`` not."""

from __future__ import annotations

import os
import re
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

EXECUTABLE = Path(sys.executable).parent / "newsprism"
MAX_UPLOAD_MB = 1.0
"""The test servers refuse requests over 1 MiB, so the 413 tests send little."""
TOKEN = secrets.token_urlsafe()
"""The operator token of every test server (set through NEWSPRISM_TOKEN)."""
LOOPBACK = ("--allow-network", "127.0.0.0/8")
"""The shared test servers may fetch from this network: the tests' own web servers listen on 127.0.0.1. (A
server started with :func:`serve` alone refuses it, as a real one does.)"""


@dataclass(frozen=True)
class Server:
    url: str
    store: str
    """The store's location: the tests open it too, to check what the server stored."""
    token: str = TOKEN
    log: Path | None = None
    """Where the server's output goes (see :meth:`output`)."""

    def client(self, timeout_s: float = 60.0) -> httpx.Client:
        """A client that sends the operator token, as an API client does."""
        return httpx.Client(base_url=self.url, timeout=timeout_s, headers={"Authorization": f"Bearer {self.token}"})

    def anonymous(self) -> httpx.Client:
        """A client without the token or a session."""
        return httpx.Client(base_url=self.url, timeout=60.0)

    def output(self) -> str:
        """What the server printed so far."""
        return self.log.read_text(errors="replace") if self.log else ""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve(store: str, log: Path, *options: str, token: str | None = TOKEN) -> Iterator[Server]:
    """A `newsprism serve` process on a free port of 127.0.0.1, stopped when the block ends; ``token``
    None starts it without NEWSPRISM_TOKEN (it makes one up and prints it). Options given override the
    test default of a 1 MiB upload limit."""
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if k != "NEWSPRISM_TOKEN"}
    if token is not None:
        environment["NEWSPRISM_TOKEN"] = token
    with log.open("wb") as output:
        process = subprocess.Popen([str(EXECUTABLE), "serve", "--port", str(port), "--store", store,
                                    "--max-upload-mb", str(MAX_UPLOAD_MB), *options],
                                   stdout=output, stderr=subprocess.STDOUT, env=environment)
    server = Server(f"http://127.0.0.1:{port}", store, token or "", log)
    try:
        _wait(server, process, log)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait(server: Server, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            if httpx.get(f"{server.url}/login", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    pytest.fail(f"the server did not answer within 60 s:\n{log.read_text(errors='replace')}")


def on_store(request: pytest.FixtureRequest, factory: pytest.TempPathFactory, name: str,
             *options: str) -> Iterator[Server]:
    """``yield from on_store(request, tmp_path_factory, NAME, *options)`` in a fixture parametrized by store kind
    ("sqlite" or "postgres"): a server of its own on a fresh store of that kind."""
    folder = factory.mktemp(f"{name}-{request.param}")
    stores = ([str(folder / "stories.db")] if request.param == "sqlite"
              else request.getfixturevalue("postgres_schema")(f"np_{name}"))
    for store in stores:
        with serve(store, folder / "server.log", *options) as server:
            yield server


@pytest.fixture(scope="session")
def own_server():
    """:func:`on_store`, for a test module's fixture that needs its own server on each store kind."""
    return on_store


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server that stores but does not analyse (stories stay 'queued'): the API without the models' load."""
    yield from on_store(request, tmp_path_factory, "api", "--no-analysis", *LOOPBACK)


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def analysing_api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server that analyses in the background, as `newsprism serve` does by default."""
    yield from on_store(request, tmp_path_factory, "analysing", *LOOPBACK)


@pytest.fixture
def snapshot():
    """``snapshot(location)``: what the store holds, to compare before and after a request."""
    return _snapshot


@pytest.fixture
def wait_for():
    """``wait_for(client, story_id, statuses, timeout_s)``: poll the status until it is one of ``statuses``."""
    return _wait_for


def _snapshot(location: str) -> tuple[list[tuple[str, str, int, int]], int]:
    """Every story (id, title, revision, articles) and the number of stored article versions."""
    from newsprism.store import open_store

    with open_store(location) as store:
        stories = [(s.id, s.title, s.revision, s.articles) for s in store.list_stories(limit=100_000)]
        return sorted(stories), store.count_articles()


def _wait_for(client: httpx.Client, story_id: str, statuses: tuple[str, ...] = ("ready", "failed"),
             timeout_s: float = 240) -> dict[str, object]:
    """Poll the story's status until it is one of ``statuses``; the last status seen."""
    deadline = time.monotonic() + timeout_s
    while True:
        story: dict[str, object] = client.get(f"/api/stories/{story_id}/status").json()
        if story["status"] in statuses or time.monotonic() > deadline:
            return story
        time.sleep(0.3)


@pytest.fixture
def log_in():
    """``with log_in(server) as client``: a client without the token header that logged in at /login, as a
    browser does, and holds the session cookie."""
    return _log_in


@contextmanager
def _log_in(server: Server) -> Iterator[httpx.Client]:
    with server.anonymous() as client:
        answer = client.post("/login", data={"token": server.token, "next": "/"})
        assert answer.status_code == 303, answer.text
        yield client


def csrf_of(page: str) -> str:
    """The CSRF token in a page's forms."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "no CSRF field in the page"
    return found.group(1)


@pytest.fixture
def csrf():
    """``csrf(page_html)``: the CSRF token in a page's forms."""
    return csrf_of


@pytest.fixture(scope="session")
def start_server():
    """``with start_server(store, log, *options, token=...) as server``: a `newsprism serve` process of its own
    (see :func:`serve`), for a test that needs other options than the shared servers'."""
    return serve


@pytest.fixture
def fresh():
    """``fresh(text)``: the article with a closing line no other test's has, so that the paste form, which offers
    the story already holding pasted articles, makes a new story on the shared servers."""
    return lambda text: f"{text}\nFiled as note {secrets.token_hex(4)}.\n"
