"""The operator token and what is derived from it: the browser session and the forms' CSRF token.

Both are HMACs of the token, so they need no server-side state: a restart with the same token keeps
browsers logged in, and a new token logs every browser out. Every comparison is in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from starlette.requests import Request

from newsprism.errors import NewsprismError

SESSION_COOKIE = "newsprism_session"
CSRF_FIELD = "csrf_token"
"""The hidden field every form of the pages carries."""
CSRF_HEADER = "x-csrf-token"
"""The header a page's script may send the CSRF token in instead."""
TOKEN_ENV = "NEWSPRISM_TOKEN"
MIN_TOKEN_CHARS = 16
"""An operator's token shorter than this is refused: 16 URL-safe characters are about 96 bits, out of reach
of guessing over the network; `secrets.token_urlsafe()` gives 43."""
SESSION_MAX_AGE_S = 30 * 24 * 3600
"""How long a browser stays logged in (30 days): one login a month on the operator's own laptop. Changing
the token ends every session at once."""


class TokenProblem(NewsprismError):
    """The operator's token cannot be used: unreadable file, empty, too short."""


@dataclass(frozen=True)
class Visitor:
    """Who sent a request: ``csrf`` is None for an anonymous visitor, else the token its forms must carry."""

    csrf: str | None = None
    bearer: bool = False
    """Authenticated by 'Authorization: Bearer': no cookie involved, so no CSRF token needed."""

    @property
    def authenticated(self) -> bool:
        return self.csrf is not None


ANONYMOUS = Visitor()


class Keys:
    """The values derived from the operator token, and constant-time checks against them."""

    def __init__(self, token: str) -> None:
        self._token = token.encode("utf-8")
        self.session = self._derive("newsprism session v1")
        self.csrf = self._derive("newsprism csrf v1:" + self.session)

    def _derive(self, purpose: str) -> str:
        return hmac.new(self._token, purpose.encode("utf-8"), hashlib.sha256).hexdigest()

    def is_token(self, given: str) -> bool:
        """Compares digests, so neither the token's content nor its length shows in the timing."""
        return hmac.compare_digest(_digest(given.encode("utf-8")), _digest(self._token))

    def is_session(self, given: str) -> bool:
        return hmac.compare_digest(_digest(given.encode("utf-8")), _digest(self.session.encode("ascii")))

    def is_csrf(self, given: str) -> bool:
        return hmac.compare_digest(_digest(given.encode("utf-8")), _digest(self.csrf.encode("ascii")))


def _digest(value: bytes) -> bytes:
    return hashlib.sha256(value).digest()


def current_visitor(request: Request) -> Visitor:
    """The visitor the security middleware found (a route's dependency)."""
    found = getattr(request.state, "visitor", ANONYMOUS)
    return found if isinstance(found, Visitor) else ANONYMOUS


def operator_token(token_file: Path | None, environ: dict[str, str] | None = None) -> str | None:
    """The token the operator set: the file's content, else $NEWSPRISM_TOKEN, else None."""
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as error:
            raise TokenProblem(f"--token-file {token_file}: cannot be read ({error})") from None
        return _checked(token, f"--token-file {token_file}")
    token = (os.environ if environ is None else environ).get(TOKEN_ENV, "").strip()
    return _checked(token, TOKEN_ENV) if token else None


def _checked(token: str, where: str) -> str:
    if len(token) < MIN_TOKEN_CHARS:
        raise TokenProblem(f"{where}: the token has {len(token)} characters; use at least {MIN_TOKEN_CHARS}, e.g. "
                           "python -c 'import secrets; print(secrets.token_urlsafe())'")
    if any(ord(c) < 33 or ord(c) == 127 for c in token):
        raise TokenProblem(f"{where}: the token has a space or control character; use printable characters only")
    return token


def is_loopback(host: str) -> bool:
    """True for an address only this machine reaches (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def safe_next(value: str) -> str:
    """Where to go after logging in: a path on this site, never another site ('//evil', '/\\evil', 'http:')."""
    if not value.startswith("/") or value.startswith(("//", "/\\")) or any(ord(c) < 32 for c in value):
        return "/"
    return value
