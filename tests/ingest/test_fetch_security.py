"""The fetcher reaches public addresses only (unless told otherwise), over http(s) only, after every redirect.

Servers run on 127.0.0.1 (never opened) and 127.0.0.2 (opened with ``allowed_networks``); every refusal is
checked against a server that counts connections, so "refused" means no connection was made.
"""

from __future__ import annotations

import shutil
import socket

import pytest
from hostile_server import ARTICLE, HostileServer, self_signed_cert

from newsprism.config import IngestConfig
from newsprism.ingest import read_inputs

OPEN = IngestConfig(url_timeout_s=5.0, allowed_networks=("127.0.0.2/32",))
"""127.0.0.2 opened on purpose; 127.0.0.1 (and everything else non-public) still refused."""

LOOPBACK_SPELLINGS = ["127.0.0.1", "localhost", "LOCALHOST", "[::1]", "0.0.0.0", "0", "127.1", "127.0.1",
                      "2130706433", "0x7f.1", "0x7f000001", "017700000001", "0177.0.0.1", "127.0.0.0x1",
                      "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:127.0.0.1]", "[::]",
                      "[64:ff9b::127.0.0.1]", "[2002:7f00:1::]"]
"""127.0.0.1 (or the unspecified address, which Linux connects to this machine) as a URL's host can write it."""


@pytest.fixture(scope="module")
def local():
    """The server that must never be reached: on 127.0.0.1."""
    with HostileServer("127.0.0.1") as server:
        yield server


@pytest.fixture(scope="module")
def opened():
    """The server on the opened network, 127.0.0.2."""
    with HostileServer("127.0.0.2") as server:
        yield server


def problems(result):
    return [(p.code, p.input) for p in result.problems]


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
def test_every_spelling_of_loopback_is_refused_without_a_connection(local, host):
    before = local.connections
    url = f"http://{host}:{local.port}/article"
    result = read_inputs([url], OPEN)
    assert problems(result) == [("E014", url)]
    assert "--allow-private-urls" in result.problems[0].message
    assert result.articles == []
    assert local.connections == before


def test_the_connection_counter_sees_a_fetch_that_is_allowed(local):
    before = local.connections
    result = read_inputs([local.url("/article")], IngestConfig(url_timeout_s=5.0, allow_private_urls=True))
    assert [a.html for a in result.articles] == [ARTICLE]
    assert local.connections == before + 1


def test_refused_by_default_with_no_option(local):
    result = read_inputs([local.url("/article")], IngestConfig())
    assert problems(result) == [("E014", local.url("/article"))]
    assert "127.0.0.1 is not a public address (loopback)" in result.problems[0].message


def test_an_opened_network_is_fetched(opened):
    result = read_inputs([opened.url("/article")], OPEN)
    assert result.problems == []
    assert [a.html for a in result.articles] == [ARTICLE]


def test_localhost_name_is_fetched_when_private_urls_are_allowed(local):
    result = read_inputs([f"http://localhost:{local.port}/article"], IngestConfig(url_timeout_s=5.0,
                                                                                    allow_private_urls=True))
    assert [a.html for a in result.articles] == [ARTICLE]
    assert local.hosts[-1] == f"localhost:{local.port}"


def test_a_redirect_from_the_opened_network_to_loopback_is_refused(local, opened):
    before = local.connections
    url = opened.url(f"/redirect?to={local.url('/article')}")
    result = read_inputs([url], OPEN)
    assert problems(result) == [("E014", url)]
    assert local.connections == before


@pytest.mark.parametrize("target", ["ftp://127.0.0.2/article", "file:///etc/hostname", "gopher://127.0.0.2:70/",
                                    "javascript:alert(1)", "http://[::1", "http://127.0.0.2:99999/", "https://",
                                    "http://bad%20host/", "http://a%2525b/"])
def test_a_redirect_to_anything_but_an_http_url_is_refused(opened, target):
    url = opened.url(f"/redirect?to={target}")
    result = read_inputs([url], OPEN)
    assert problems(result) == [("E015", url)]


@pytest.mark.parametrize("status", ["301", "302", "303", "307", "308"])
def test_every_redirect_status_is_followed_and_checked(local, opened, status):
    url = opened.url(f"/redirect?status={status}&to={local.url('/article')}")
    assert problems(read_inputs([url], OPEN)) == [("E014", url)]


def test_five_redirects_are_followed_and_six_are_refused(opened):
    five, six = opened.url("/chain/5"), opened.url("/chain/6")
    result = read_inputs([five, six, opened.url("/loop")], OPEN)
    assert problems(result) == [("E016", six), ("E016", opened.url("/loop"))]
    assert [a.source for a in result.articles] == [five]


def test_the_redirect_limit_comes_from_the_config(opened):
    config = IngestConfig(url_timeout_s=5.0, allowed_networks=("127.0.0.2/32",), max_redirects=1)
    result = read_inputs([opened.url("/chain/1"), opened.url("/chain/2")], config)
    assert problems(result) == [("E016", opened.url("/chain/2"))]
    assert "more than 1 redirects" in result.problems[0].message


class RebindingResolver:
    """A stand-in for a DNS server that answers 127.0.0.2 (allowed) the first time and 127.0.0.1 after: the
    fetcher must look the name up once and connect to the address it checked. No real DNS can be used in
    tests (loopback only), so this one replaces socket.getaddrinfo for the name 'rebind.test' alone."""

    def __init__(self, real):
        self.real = real
        self.lookups = 0

    def __call__(self, host, port, *args, **kwargs):
        if host != "rebind.test":
            return self.real(host, port, *args, **kwargs)
        self.lookups += 1
        address = "127.0.0.2" if self.lookups == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]


def test_a_name_is_resolved_once_and_the_checked_address_is_the_one_connected(opened, local, monkeypatch):
    resolver = RebindingResolver(socket.getaddrinfo)
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    before = local.connections
    url = f"http://rebind.test:{opened.port}/article"
    result = read_inputs([url], OPEN)
    assert result.problems == []
    assert [a.html for a in result.articles] == [ARTICLE]
    assert resolver.lookups == 1
    assert opened.hosts[-1] == f"rebind.test:{opened.port}"
    assert local.connections == before


def test_a_name_with_any_refused_address_is_refused(opened, monkeypatch):
    real = socket.getaddrinfo

    def two_answers(host, port, *args, **kwargs):
        if host != "mixed.test":
            return real(host, port, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in ("127.0.0.2", "10.0.0.1")]

    monkeypatch.setattr(socket, "getaddrinfo", two_answers)
    url = f"http://mixed.test:{opened.port}/article"
    result = read_inputs([url], OPEN)
    assert problems(result) == [("E014", url)]
    assert "10.0.0.1, private" in result.problems[0].message


@pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl command makes the test certificate")
def test_https_checks_the_certificate(tmp_path):
    with HostileServer("127.0.0.2", tls=self_signed_cert(tmp_path)) as server:
        url = server.url("/article")
        result = read_inputs([url], OPEN)
        assert problems(result) == [("E011", url)]
        assert server.paths == []  # the handshake failed: no request was sent


def test_https_to_a_plain_http_server_is_a_coded_problem(opened):
    """Neither side gets what it waits for (a server hello, a request line) until the deadline."""
    url = opened.url("/article").replace("http://", "https://")
    config = IngestConfig(url_timeout_s=1.0, allowed_networks=("127.0.0.2/32",))
    assert problems(read_inputs([url], config)) == [("E011", url)]
