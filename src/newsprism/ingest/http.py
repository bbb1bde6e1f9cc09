"""One safe HTTP GET: the only way newsprism reads the network.

What it defends against, each turned into a coded :class:`~newsprism.errors.InputFailure` naming the URL
(never an exception escaping):

- other schemes: http and https only, after every redirect too (E015); at most ``max_redirects`` (E016);
- non-public addresses (E014): the host is resolved once, every address checked
  (:mod:`newsprism.ingest.addresses`), and the connection goes to a checked address; https keeps SNI and the
  certificate check against the host name;
- slow servers: ONE deadline for the whole fetch (DNS, connect, every redirect, headers, body). Socket
  timeouts start at the time left, and a watchdog shuts the socket down when the deadline passes, so a server
  that drips one byte at a time cannot hold the fetch (E017);
- big answers: the body is read in pieces and stops at ``max_bytes``, counted after gzip/deflate decoding too
  (a gzip bomb is stopped at the cap, E006); at most ``max_headers`` header lines of ``max_header_bytes``;
- broken answers: a malformed header block, broken chunking, an undecodable body (E018), a body shorter than
  its Content-Length (E019).

Nothing before the status line tells one failure from another: a closed port, a reset, a silent server and a
non-HTTP service all read "no HTTP response from the server", so the fetcher cannot be used to map ports.
"""

from __future__ import annotations

import functools
import http.client
import io
import re
import socket
import ssl
from dataclasses import dataclass
from ipaddress import IPv6Address
from typing import NoReturn, cast
from urllib.parse import quote, urljoin, urlsplit

from newsprism.config import IngestConfig
from newsprism.errors import E, InputFailure, fail
from newsprism.ingest.addresses import (
    AddressPolicy,
    AddressRefused,
    IPAddress,
    LookupFailed,
    checked_addresses,
    literal_address,
)
from newsprism.ingest.guards import BadEncoding, BodyTooLarge, Deadline, Decoder, Watchdog, decoder_for

READ_CHUNK = 65_536
"""Bytes asked of the body at a time: big enough to keep reads few, small enough to overshoot the size cap by
little."""
REDIRECTS = frozenset({301, 302, 303, 307, 308})
DEFAULT_PORTS = {"http": 80, "https": 443}
URL_SAFE = "/%:@!$&'()*+,;=~?"
"""Characters a request target keeps as they are; others (spaces, control and non-ASCII characters) are
percent-encoded, as a browser does."""
HOST_NAME = re.compile(r"[A-Za-z0-9._~-]+")
"""What a host name may hold (after IDNA): nothing that could break a request or a lookup."""
NO_RESPONSE = ("no HTTP response from the server (nothing listening, no answer in time, an answer that is not "
               "HTTP, or a certificate that could not be verified)")
ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/json, */*;q=0.5"


@dataclass(frozen=True)
class Fetched:
    body: bytes
    """The body, decompressed."""
    content_type: str
    url: str
    """The URL the body came from, after redirects."""


@dataclass(frozen=True)
class Target:
    """One URL to request, split for the connection."""

    url: str
    scheme: str
    host: str
    """ASCII (IDNA) host name or address, without brackets."""
    port: int
    path: str
    """The request target: path and query, percent-encoded."""


def fetch(url: str, config: IngestConfig) -> Fetched:
    """GET ``url`` (following redirects) within the limits of ``config``; an :class:`InputFailure` naming
    ``url`` for every problem."""
    deadline = Deadline(config.url_timeout_s)
    policy = AddressPolicy.of(config)
    try:
        target = parse_target(url)
    except ValueError:
        raise fail(E.BAD_URL, url) from None
    for _ in range(config.max_redirects + 1):
        outcome = _exchange(url, target, config, policy, deadline)
        if isinstance(outcome, Fetched):
            return outcome
        target = outcome
    raise fail(E.TOO_MANY_REDIRECTS, url, limit=config.max_redirects)


def parse_target(url: str) -> Target:
    """The parts of an http(s) URL; ValueError for another scheme, no host, a bad port or host name."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(url)
    host = parts.hostname if parts.hostname.isascii() else parts.hostname.encode("idna").decode("ascii")
    if not (HOST_NAME.fullmatch(host) or literal_address(host)):
        raise ValueError(url)
    port = parts.port if parts.port is not None else DEFAULT_PORTS[parts.scheme]
    path = quote(parts.path or "/", safe=URL_SAFE) + (f"?{quote(parts.query, safe=URL_SAFE)}" if parts.query else "")
    return Target(url, parts.scheme, host, port, path)


def _exchange(name: str, target: Target, config: IngestConfig, policy: AddressPolicy,
              deadline: Deadline) -> Fetched | Target:
    """One request: the page, or the target it redirects to."""
    if deadline.expired:
        raise fail(E.FETCH_TIMEOUT, name, seconds=f"{config.url_timeout_s:g}")
    addresses = _addresses(name, target, policy, deadline)
    watchdog = Watchdog(deadline)
    head = HeadState(config.max_headers, config.max_header_bytes)
    connection = _connection(target, addresses, watchdog, head)
    try:
        response = _begin(name, connection, target, config, head, watchdog)
        if response.status in REDIRECTS:
            return _redirect(name, target, response)
        if not 200 <= response.status < 300:
            raise fail(E.FETCH_FAILED, name, reason=f"HTTP {response.status} {plain(response.reason)}")
        body = _body(name, response, config, watchdog)
        return Fetched(body, response.getheader("Content-Type", ""), target.url)
    finally:
        watchdog.disarm()
        connection.close()


def _addresses(name: str, target: Target, policy: AddressPolicy, deadline: Deadline) -> list[IPAddress]:
    try:
        return checked_addresses(target.host, target.port, policy, deadline.remaining())
    except AddressRefused as refused:
        address = refused.address.ipv4_mapped if isinstance(refused.address, IPv6Address) else None
        shown = str(address or refused.address)
        kind = refused.kind if shown == refused.host else f"{shown}, {refused.kind}"
        raise fail(E.URL_REFUSED, name, host=refused.host, what=kind) from None
    except LookupFailed:
        raise fail(E.FETCH_FAILED, name, reason=f"the host name {target.host} could not be resolved") from None


def _begin(name: str, connection: http.client.HTTPConnection, target: Target, config: IngestConfig,
           head: HeadState, watchdog: Watchdog) -> http.client.HTTPResponse:
    """Send the request and read the status line and headers."""
    headers = {"User-Agent": config.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate",
               "Connection": "close"}
    try:
        connection.request("GET", target.path, headers=headers)
        return connection.getresponse()
    except (OSError, http.client.HTTPException, ValueError) as error:
        if not head.status_read:
            raise fail(E.FETCH_FAILED, name, reason=NO_RESPONSE) from None
        if watchdog.fired:
            raise fail(E.FETCH_TIMEOUT, name, seconds=f"{config.url_timeout_s:g}") from None
        detail = head.problem or f"its headers cannot be read ({plain(str(error)) or type(error).__name__})"
        raise fail(E.BAD_RESPONSE, name, detail=detail) from None


def _redirect(name: str, target: Target, response: http.client.HTTPResponse) -> Target:
    location = response.getheader("Location")
    if not location:
        raise fail(E.FETCH_FAILED, name, reason=f"HTTP {response.status} redirect without a Location")
    try:
        return parse_target(urljoin(target.url, location.strip()).split("#", 1)[0])
    except ValueError:  # another scheme, no host, a bad port, or no URL at all ('http://[::1')
        raise fail(E.BAD_REDIRECT, name, target=plain(location, 200)) from None


def _body(name: str, response: http.client.HTTPResponse, config: IngestConfig, watchdog: Watchdog) -> bytes:
    """The body, decompressed, within ``max_bytes`` and the deadline."""
    announced = response.length
    if announced is not None and announced > config.max_bytes:
        raise fail(E.TOO_LARGE, name, what=f"{announced} bytes", limit=config.max_bytes)
    try:
        decoder = decoder_for(response.getheader("Content-Encoding", ""))
        body, received = _read_all(response, decoder, config.max_bytes)
    except BodyTooLarge:
        raise fail(E.TOO_LARGE, name, what="the page", limit=config.max_bytes) from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        _body_failed(name, error, config, watchdog)
    if watchdog.fired:
        raise fail(E.FETCH_TIMEOUT, name, seconds=f"{config.url_timeout_s:g}")
    if announced is not None and received < announced:
        raise fail(E.CUT_SHORT, name, got=received, announced=announced)
    return body


def _read_all(response: http.client.HTTPResponse, decoder: Decoder, limit: int) -> tuple[bytes, int]:
    """The decoded body and the number of bytes received; :class:`BodyTooLarge` past ``limit`` bytes, before
    or after decoding."""
    body = bytearray()
    received = 0
    while chunk := response.read(READ_CHUNK):
        received += len(chunk)
        if received > limit:
            raise BodyTooLarge
        body += decoder.feed(chunk, limit - len(body))
    decoder.finish()
    return bytes(body), received


def _body_failed(name: str, error: Exception, config: IngestConfig, watchdog: Watchdog) -> NoReturn:
    if watchdog.fired:
        raise fail(E.FETCH_TIMEOUT, name, seconds=f"{config.url_timeout_s:g}") from None
    if isinstance(error, BadEncoding):
        raise fail(E.BAD_RESPONSE, name, detail=str(error)) from None
    if isinstance(error, (http.client.HTTPException, ValueError)):  # IncompleteRead, bad chunk sizes
        raise fail(E.BAD_RESPONSE, name, detail="its body is cut short or its chunked encoding is broken") from None
    raise fail(E.FETCH_FAILED, name, reason="the connection broke while the page was being sent") from None


def plain(text: str, limit: int = 80) -> str:
    """A server's words (a reason phrase, a URL) made safe to show: printable characters, at most ``limit``."""
    kept = "".join(ch if ch.isprintable() else "?" for ch in text.strip())
    return kept if len(kept) <= limit else kept[: limit - 3] + "..."


@dataclass
class HeadState:
    """How far the status line and headers of one response got, and what limit they broke."""

    max_headers: int
    max_line: int
    lines: int = 0
    status_read: bool = False
    """A full line starting 'HTTP/' came: the peer is an HTTP server, so later failures may say more."""
    problem: str | None = None


class HeadReader:
    """The response's byte stream, with the header limits applied until the blank line that ends the headers
    (http.client's own limits, 100 headers of 64 KiB, stay underneath)."""

    def __init__(self, raw: io.BufferedReader, state: HeadState) -> None:
        self.raw = raw
        self.state = state
        self.in_head = True

    def readline(self, size: int = -1) -> bytes:
        if not self.in_head:
            return self.raw.readline(size)
        state = self.state
        line = self.raw.readline(state.max_line + 1)
        state.lines += 1
        self.in_head = line not in (b"\r\n", b"\n", b"")
        if state.lines == 1:
            state.status_read = line.startswith(b"HTTP/") and line.endswith(b"\n")
        elif len(line) > state.max_line:
            state.problem = f"a header line is longer than {state.max_line} bytes"
        elif self.in_head and state.lines > state.max_headers + 1:  # + 1: the status line
            state.problem = f"it has more than {state.max_headers} header lines"
        if state.problem:
            raise http.client.HTTPException(state.problem)
        return line

    def __getattr__(self, name: str) -> object:
        return getattr(self.raw, name)


def _limited_response(state: HeadState) -> type[http.client.HTTPResponse]:
    class LimitedResponse(http.client.HTTPResponse):
        def __init__(self, sock: socket.socket, debuglevel: int = 0, method: str | None = None,
                     url: str | None = None) -> None:
            super().__init__(sock, debuglevel, method, url)
            # http.client reads the stream through readline, read, readinto and close only
            self.fp = cast(io.BufferedReader, HeadReader(self.fp, state))

    return LimitedResponse


class PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to one of the addresses checked for its host, never to a fresh lookup of the name."""

    def pin(self, addresses: list[IPAddress], watchdog: Watchdog, head: HeadState) -> None:
        self.addresses = addresses
        self.watchdog = watchdog
        self.response_class = _limited_response(head)

    def connect(self) -> None:
        self.sock = self.open_socket()

    def open_socket(self) -> socket.socket:
        """A TCP connection to the first checked address that answers, timed by the deadline and watched."""
        failure: OSError = TimeoutError("deadline passed")
        for address in self.addresses:
            remaining = self.watchdog.deadline.remaining()
            if remaining <= 0:
                break
            try:
                sock = socket.create_connection((str(address), self.port), timeout=remaining)
            except OSError as error:
                failure = error
                continue
            self.watchdog.arm(sock)
            return sock
        raise failure


class PinnedHTTPSConnection(http.client.HTTPSConnection, PinnedHTTPConnection):
    """HTTPS to a checked address; TLS still sends the host name (SNI) and checks the certificate against it."""

    def connect(self) -> None:
        self.sock = _tls_context().wrap_socket(self.open_socket(), server_hostname=self.host)


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """The system's trusted certificates; host names checked (Python's defaults)."""
    return ssl.create_default_context()


def _connection(target: Target, addresses: list[IPAddress], watchdog: Watchdog,
                head: HeadState) -> http.client.HTTPConnection:
    remaining = max(watchdog.deadline.remaining(), 0.001)
    connection = (PinnedHTTPSConnection(target.host, target.port, timeout=remaining, context=_tls_context())
                  if target.scheme == "https" else PinnedHTTPConnection(target.host, target.port, timeout=remaining))
    connection.pin(addresses, watchdog, head)
    return connection


__all__ = ["Fetched", "InputFailure", "fetch", "parse_target"]
