"""A small hostile HTTP server for tests: plain sockets, one thread per connection, loopback only.

Import it from any test (tests/ is on sys.path through tests/conftest.py)::

    from hostile_server import HostileServer

    with HostileServer(host="127.0.0.2") as server:      # port 0: the system picks a free one
        url = server.url("/drip?every=5")                  # http://127.0.0.2:PORT/drip?every=5
        ...
        assert server.connections == 1                     # TCP connections accepted so far
        assert server.paths == ["/drip?every=5"]           # request targets received, in order
        assert server.hosts == [f"127.0.0.2:{server.port}"]  # their Host headers

``HostileServer(tls=(certfile, keyfile))`` speaks HTTPS instead (``url`` then starts with ``https://``).
:func:`self_signed_cert` makes a certificate that no client trusts, with the ``openssl`` command.
:func:`closed_port` gives a port on which nothing listens.

Behaviours, chosen by path (query parameters in brackets, with their defaults):

=========================  ===============================================================================
``/article``               a normal HTML article page (:data:`ARTICLE`), Content-Length set
``/article.gz``            the same page with ``Content-Encoding: gzip``
``/status/N``              status N with a short text body
``/drip`` [every=5]        status and headers at once, then the body one byte every ``every`` seconds
``/drip-status`` [every=5] the status line itself one byte every ``every`` seconds
``/endless-headers``       a status line, then header lines without end
``/many-headers`` [n=200]  ``n`` header lines, then the article
``/long-header`` [bytes=100000]  one header line that long, then the article
``/broken-chunks``         ``Transfer-Encoding: chunked`` with a chunk size line that is not hexadecimal
``/short-body``            ``Content-Length`` ten times the bytes sent, then the connection is closed
``/not-http``              a line that is not HTTP (an SSH banner), then the connection is closed
``/redirect`` [to=URL, status=302]  a redirect to ``to`` (any URL: loopback, ftp://, ...)
``/loop``                  a redirect to ``/loop`` itself
``/chain/N``               N redirects (``/chain/N-1``, ... ``/chain/0``), then the article
``/gzip-bomb``             ``Content-Encoding: gzip``: about 1 MiB on the wire, 1 GiB once decompressed
``/huge`` [length=yes]     a 1 GiB body, generated as it is sent; ``length=no``: no Content-Length (the end
                           of the body is the end of the connection)
=========================  ===============================================================================

Every other path is a 404. The server never sends anything anywhere: it only answers on the loopback address
it was bound to.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import ssl
import subprocess
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ARTICLE = (
    "<!doctype html><html><head><title>Harbour crane collapses in Varrow</title></head><body>"
    "<article><h1>Harbour crane collapses in Varrow</h1>"
    "<p>A harbour crane collapsed onto an empty quay in Varrow on Tuesday morning, the port authority said.</p>"
    "<p>No one was hurt, and the quay will stay closed while engineers inspect the other cranes, it added.</p>"
    "</article></body></html>"
)
"""The normal page: a short invented news story that newsprism's cleaning keeps as an article."""

GIB = 1 << 30
BOMB_MEMBER_MIB = 64
"""The gzip bomb is 16 gzip members of 64 MiB of zeros each (1 GiB in all, about 1 MiB compressed): one member
takes about 0.2 s to compress, once per test session."""

_bomb_lock = threading.Lock()
_bomb: list[bytes] = []


def gzip_bomb() -> bytes:
    """About 1 MiB of gzip data that decompresses to 1 GiB of zeros (16 concatenated members)."""
    with _bomb_lock:
        if not _bomb:
            packer = zlib.compressobj(9, zlib.DEFLATED, 31)
            zeros = bytes(1 << 20)
            member = b"".join(packer.compress(zeros) for _ in range(BOMB_MEMBER_MIB)) + packer.flush()
            _bomb.append(member * (1024 // BOMB_MEMBER_MIB))
        return _bomb[0]


def closed_port(host: str = "127.0.0.1") -> int:
    """A port on ``host`` where nothing listens (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def self_signed_cert(folder: Path, host: str = "127.0.0.2") -> tuple[str, str]:
    """(certfile, keyfile) of a fresh self-signed certificate for ``host``, made with the openssl command."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={host}",
         "-addext", f"subjectAltName=IP:{host}"],
        check=True, capture_output=True, timeout=60,
    )
    return str(cert), str(key)


class Exchange:
    """One connection: the request read from it and ways to answer."""

    def __init__(self, conn: socket.socket, stopping: threading.Event) -> None:
        self.conn = conn
        self.stopping = stopping
        self.target = ""
        self.host = ""
        self.query: dict[str, str] = {}

    def read_request(self) -> bool:
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 65_536:
            chunk = self.conn.recv(4096)
            if not chunk:
                return False
            data += chunk
        lines = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        self.target = lines[0].split(" ")[1]
        self.host = next((line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("host:")), "")
        self.query = {k: v[0] for k, v in parse_qs(urlsplit(self.target).query).items()}
        return True

    def send(self, data: bytes) -> None:
        self.conn.sendall(data)

    def head(self, status: str, *headers: str) -> None:
        self.send(f"HTTP/1.1 {status}\r\n".encode() + b"".join(f"{h}\r\n".encode() for h in headers) + b"\r\n")

    def answer(self, status: str, body: bytes, *headers: str, content_type: str = "text/html; charset=utf-8") -> None:
        self.head(status, f"Content-Type: {content_type}", f"Content-Length: {len(body)}", "Connection: close",
                  *headers)
        self.send(body)

    def wait(self, seconds: float) -> bool:
        """Sleep; False when the server is stopping."""
        return not self.stopping.wait(seconds)


def _article(x: Exchange) -> None:
    x.answer("200 OK", ARTICLE.encode())


def _article_gz(x: Exchange) -> None:
    x.answer("200 OK", gzip.compress(ARTICLE.encode()), "Content-Encoding: gzip")


def _status(x: Exchange) -> None:
    code = int(urlsplit(x.target).path.rsplit("/", 1)[1])
    x.answer(f"{code} Status {code}", f"status {code}".encode(), content_type="text/plain")


def _drip(x: Exchange) -> None:
    every = float(x.query.get("every", "5"))
    body = ARTICLE.encode()
    x.head("200 OK", "Content-Type: text/html", f"Content-Length: {len(body)}")
    for byte in body:
        x.send(bytes([byte]))
        if not x.wait(every):
            return


def _drip_status(x: Exchange) -> None:
    every = float(x.query.get("every", "5"))
    for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n":
        x.send(bytes([byte]))
        if not x.wait(every):
            return


def _endless_headers(x: Exchange) -> None:
    x.send(b"HTTP/1.1 200 OK\r\n")
    number = 0
    while not x.stopping.is_set():
        x.send(b"".join(b"X-Filler-%d: more\r\n" % (number + i) for i in range(100)))
        number += 100


def _many_headers(x: Exchange) -> None:
    count = int(x.query.get("n", "200"))
    x.answer("200 OK", ARTICLE.encode(), *(f"X-Filler-{i}: more" for i in range(count)))


def _long_header(x: Exchange) -> None:
    size = int(x.query.get("bytes", "100000"))
    x.answer("200 OK", ARTICLE.encode(), "X-Long: " + "a" * size)


def _broken_chunks(x: Exchange) -> None:
    x.head("200 OK", "Content-Type: text/html", "Transfer-Encoding: chunked")
    x.send(b"10\r\n<!doctype html>\n\r\nzz-not-a-size\r\nmore\r\n0\r\n\r\n")


def _short_body(x: Exchange) -> None:
    body = ARTICLE.encode()
    x.head("200 OK", "Content-Type: text/html", f"Content-Length: {len(body) * 10}")
    x.send(body)


def _not_http(x: Exchange) -> None:
    x.send(b"SSH-2.0-OpenSSH_9.2p1 hostile\r\n")


def _redirect(x: Exchange) -> None:
    status = x.query.get("status", "302")
    x.answer(f"{status} Moved", b"moved", f"Location: {x.query['to']}", content_type="text/plain")


def _loop(x: Exchange) -> None:
    x.answer("302 Found", b"moved", "Location: /loop", content_type="text/plain")


def _chain(x: Exchange) -> None:
    left = int(urlsplit(x.target).path.rsplit("/", 1)[1])
    if left <= 0:
        _article(x)
    else:
        x.answer("302 Found", b"moved", f"Location: /chain/{left - 1}", content_type="text/plain")


def _gzip_bomb(x: Exchange) -> None:
    x.answer("200 OK", gzip_bomb(), "Content-Encoding: gzip")


def _huge(x: Exchange) -> None:
    length = [] if x.query.get("length") == "no" else [f"Content-Length: {GIB}"]
    x.head("200 OK", "Content-Type: text/plain", "Connection: close", *length)
    line = b"All work and no play makes a very long body.\n" * 1400  # about 64 KiB
    sent = 0
    while sent < GIB and not x.stopping.is_set():
        piece = line[: GIB - sent]
        x.send(piece)
        sent += len(piece)


ROUTES: dict[str, Callable[[Exchange], None]] = {
    "/article": _article, "/article.gz": _article_gz, "/drip": _drip, "/drip-status": _drip_status,
    "/endless-headers": _endless_headers, "/many-headers": _many_headers, "/long-header": _long_header,
    "/broken-chunks": _broken_chunks, "/short-body": _short_body, "/not-http": _not_http,
    "/redirect": _redirect, "/loop": _loop, "/gzip-bomb": _gzip_bomb, "/huge": _huge,
}


def _route(target: str) -> Callable[[Exchange], None]:
    path = urlsplit(target).path
    if path.startswith("/status/"):
        return _status
    if path.startswith("/chain/"):
        return _chain
    return ROUTES.get(path, lambda x: x.answer("404 Not Found", b"not here", content_type="text/plain"))


class HostileServer:
    """A threaded server on ``host`` (a loopback address) and a free port; a context manager (or call
    :meth:`start` and :meth:`stop`). :attr:`connections` counts accepted connections, :attr:`paths` lists the
    request targets read and :attr:`hosts` their Host headers."""

    def __init__(self, host: str = "127.0.0.1", tls: tuple[str, str] | None = None) -> None:
        self.host = host
        self.connections = 0
        self.paths: list[str] = []
        self.hosts: list[str] = []
        self._tls: ssl.SSLContext | None = None
        if tls is not None:
            self._tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self._tls.load_cert_chain(*tls)
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((host, 0))
        self.port = int(self._listener.getsockname()[1])

    def url(self, path: str = "/article") -> str:
        scheme = "https" if self._tls else "http"
        return f"{scheme}://{self.host}:{self.port}{path}"

    def start(self) -> HostileServer:
        self._listener.listen(64)
        self._listener.settimeout(0.1)
        self._spawn(self._accept_loop)
        return self

    def stop(self) -> None:
        self._stopping.set()
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                self.connections += 1
            self._spawn(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(30)
            if self._tls is not None:
                conn = self._tls.wrap_socket(conn, server_side=True)
            exchange = Exchange(conn, self._stopping)
            if exchange.read_request():
                with self._lock:
                    self.paths.append(exchange.target)
                    self.hosts.append(exchange.host)
                _route(exchange.target)(exchange)
        except (OSError, ValueError, IndexError):
            pass  # the client went away or sent garbage: nothing to do
        finally:
            _close(conn)


def _close(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)
    conn.close()


def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    """Poll ``condition`` until it holds or ``seconds`` pass (for counters updated by server threads)."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            return False
        time.sleep(0.02)
    return True
