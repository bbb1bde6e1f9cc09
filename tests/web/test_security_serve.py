"""`newsprism serve` as an operator starts it: other hosts need a token set by the operator, a made-up token
is printed with a login link, --private guards reading, --behind-proxy makes the cookie Secure over https,
and a session outlives a restart with the same token."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

EXECUTABLE = Path(sys.executable).parent / "newsprism"

EXPOSED = ["0.0.0.0", "::", "192.168.1.10", "example.org"]


def _run_serve(*options: str, token: str | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "NEWSPRISM_TOKEN"}
    if token is not None:
        environment["NEWSPRISM_TOKEN"] = token
    return subprocess.run([str(EXECUTABLE), "serve", "--port", "9", "--no-analysis", *options], env=environment,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("host", EXPOSED)
def test_another_host_without_a_set_token_is_refused(host, tmp_path):
    done = _run_serve("--host", host, "--store", str(tmp_path / "s.db"))
    assert done.returncode == 2
    assert "needs a token you set" in done.stderr
    assert "NEWSPRISM_TOKEN=" in done.stderr and "--token-file" in done.stderr


@pytest.mark.parametrize(("options", "token", "words"), [
    (["--host", "0.0.0.0"], "short", "use at least 16"),
    (["--token-file", "/nonexistent/token"], None, "cannot be read"),
    (["--allow-network", "not-a-network"], None, "not-a-network"),
])
def test_a_bad_token_or_option_is_a_usage_error(options, token, words, tmp_path):
    done = _run_serve(*options, "--store", str(tmp_path / "s.db"), token=token)
    assert done.returncode == 2
    assert words in done.stderr


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("serve")


@pytest.fixture(scope="module")
def made_up(folder: Path, start_server) -> Iterator[tuple[object, str]]:
    """A server started without a token: it makes one up and prints it with a login link."""
    log = folder / "made-up.log"
    with start_server(str(folder / "made-up.db"), log, "--no-analysis", token=None) as server:
        yield server, log.read_text()


def test_a_made_up_token_is_printed_with_a_login_link_and_works(made_up):
    server, log = made_up
    link = re.search(r"log in at (http://127\.0\.0\.1:\d+/login#token=(\S+))", log)
    assert link, log
    token = link.group(2)
    assert len(token) >= 43
    with server.anonymous() as client:
        assert client.post("/api/stories", json={"title": "x"}).status_code == 401
        client.headers["Authorization"] = f"Bearer {token}"
        assert client.post("/api/stories", json={"title": "Made-up token"}).status_code == 201


@pytest.fixture(scope="module")
def private(folder: Path, start_server) -> Iterator[object]:
    """A --private server whose token is in a file (--token-file), not in the environment."""
    token_file = folder / "token"
    token_file.write_text("private-token-for-the-tests-0123456789\n")
    with start_server(str(folder / "private.db"), folder / "private.log", "--no-analysis", "--private",
                      "--token-file", str(token_file), token=None) as server:
        yield replace(server, token="private-token-for-the-tests-0123456789")


def test_private_makes_reading_need_the_token(private, log_in):
    with private.anonymous() as anonymous:
        for path in ["/api/stories", "/openapi.json", "/api/stories/any"]:
            answer = anonymous.get(path)
            assert answer.status_code == 401, path
            assert "reading needs its operator token" in answer.json()["detail"]
        page = anonymous.get("/stories/any?x=1")
        assert (page.status_code, page.headers["location"]) == (303, "/login?next=/stories/any%3Fx%3D1")
        assert anonymous.get("/login").status_code == 200
    with private.client() as client:
        assert client.get("/api/stories").status_code == 200
        operations = client.get("/openapi.json").json()["paths"]["/api/stories"]
        assert operations["get"]["security"] == [{"bearer": []}]
    with log_in(private) as browser:
        assert browser.get("/").status_code == 200


def test_the_cookie_is_secure_over_https_only_behind_a_proxy_it_trusts(api, folder, start_server):
    forwarded = {"X-Forwarded-Proto": "https"}
    with api.anonymous() as client:
        plain = client.post("/login", data={"token": api.token}, headers=forwarded)
    assert "secure" not in plain.headers["set-cookie"].lower()
    with start_server(str(folder / "proxied.db"), folder / "proxied.log", "--no-analysis", "--behind-proxy") as server:
        with server.anonymous() as client:
            proxied = client.post("/login", data={"token": server.token}, headers=forwarded)
        assert "; secure" in proxied.headers["set-cookie"].lower()


def test_a_session_outlives_a_restart_with_the_same_token_only(api, made_up, log_in, folder, start_server):
    with log_in(api) as browser:
        cookies = dict(browser.cookies)
    with (start_server(str(folder / "restarted.db"), folder / "restarted.log", "--no-analysis") as restarted,
          restarted.anonymous() as browser):
        browser.cookies.update(cookies)
        assert 'name="csrf_token"' in browser.get("/").text
    other, _ = made_up
    with other.anonymous() as browser:
        browser.cookies.update(cookies)
        assert 'name="csrf_token"' not in browser.get("/").text
