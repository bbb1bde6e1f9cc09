"""The two guards of one fetch (:mod:`newsprism.ingest.http`): its deadline, and its byte cap after decoding.

A socket timeout alone does not bound a fetch: it restarts with every byte, so a server that sends one byte
every few seconds holds a plain client for as long as it likes. The :class:`Watchdog` shuts the socket down
when the fetch's one :class:`Deadline` passes, and whatever read was blocked returns at once.

A gzip body of 1 MB can decode to 1 GB: the :class:`Decoder` inflates piece by piece and never produces more
than the room left under the cap.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import zlib

ENCODINGS = {"": 0, "identity": 0, "gzip": 31, "x-gzip": 31, "deflate": 15}
"""Content-Encoding values read, with zlib's window bits (31: gzip, 15: zlib-wrapped deflate, as HTTP's
'deflate' is; 0: not compressed). Others are refused: the request asks for gzip and deflate only."""


class Deadline:
    """The moment a fetch must be over, on the monotonic clock."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.end - time.monotonic()

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0


class Watchdog:
    """Shuts one connection's socket down (both ways) when the deadline passes; :attr:`fired` tells that it
    did. The socket is held by its file descriptor, which TLS wrapping keeps, so the handshake and every read
    are covered. :meth:`disarm` must come before the socket is closed (so a late timer cannot touch a
    descriptor that was reused)."""

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.fired = False
        self._lock = threading.Lock()
        self._fd: int | None = None
        self._timer: threading.Timer | None = None

    def arm(self, sock: socket.socket) -> None:
        with self._lock:
            self._fd = sock.fileno()
            self._timer = threading.Timer(max(self.deadline.remaining(), 0.0), self._fire)
            self._timer.daemon = True
            self._timer.start()

    def disarm(self) -> None:
        with self._lock:
            self._fd = None
            if self._timer is not None:
                self._timer.cancel()

    def _fire(self) -> None:
        with self._lock:
            if self._fd is None:
                return
            self.fired = True
            view = socket.socket(fileno=self._fd)
            try:
                with contextlib.suppress(OSError):
                    view.shutdown(socket.SHUT_RDWR)
            finally:
                view.detach()  # the connection still owns (and closes) the descriptor


class BodyTooLarge(Exception):
    """The body, as received or once decoded, is over the byte cap."""


class BadEncoding(ValueError):
    """A body whose Content-Encoding cannot be undone; the message says why in plain words."""


class Decoder:
    """A body's Content-Encoding undone piece by piece; :meth:`feed` never returns more than ``room`` bytes
    (it raises :class:`BodyTooLarge` instead). Concatenated gzip members are all read, as RFC 1952 allows."""

    def __init__(self, wbits: int) -> None:
        self.wbits = wbits
        self._inflater = zlib.decompressobj(wbits) if wbits else None
        self._pending = False
        """Compressed bytes were fed to the current member and its end has not come yet."""

    def feed(self, data: bytes, room: int) -> bytes:
        if self._inflater is None:
            if len(data) > room:
                raise BodyTooLarge
            return data
        out = bytearray()
        while data:
            try:
                out += self._inflater.decompress(data, room + 1 - len(out))
            except zlib.error:
                raise BadEncoding("its compressed body cannot be decompressed") from None
            if len(out) > room:
                raise BodyTooLarge
            data = b""
            self._pending = not self._inflater.eof
            if self._inflater.eof and self._inflater.unused_data:  # the next gzip member
                data = self._inflater.unused_data
                self._inflater = zlib.decompressobj(self.wbits)
        return bytes(out)

    def finish(self) -> None:
        """BadEncoding if the compressed data ended in the middle of a member."""
        if self._pending:
            raise BadEncoding("its compressed body is cut short")


def decoder_for(content_encoding: str) -> Decoder:
    """The decoder of a Content-Encoding header; BadEncoding for an encoding not asked for."""
    name = content_encoding.strip().lower()
    if name not in ENCODINGS:
        raise BadEncoding(f"it is compressed as {name[:40]!r}, which newsprism did not ask for")
    return Decoder(ENCODINGS[name])
