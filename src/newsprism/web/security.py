"""The guard in front of every route, as one middleware, so routes added later are covered without a word:

* every unsafe request (POST, PUT, PATCH, DELETE) needs the operator token: 'Authorization: Bearer TOKEN'
  (API clients), or the session cookie of a browser that logged in at /login plus the form's CSRF token;
  with ``private``, reading needs it too. The API answers 401 with JSON saying how; pages redirect to /login;
* an unsafe request that its browser says comes from another site (Sec-Fetch-Site, else Origin) is refused
  before it is read, whatever credentials it carries, unless it is authenticated by a Bearer header;
* every response carries a strict Content-Security-Policy (inline scripts and styles only by the hash of the
  app's own assets: an injected tag never runs) and nosniff, frame and referrer headers.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from html import escape
from importlib import resources
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsprism.web.access import ANONYMOUS, CSRF_FIELD, CSRF_HEADER, SESSION_COOKIE, Keys, Visitor
from newsprism.web.bodies import FORM_LIMITS, read_body
from newsprism.web.inputs import BadInput
from newsprism.web.settings import AccessSettings
from newsprism.web.views import page

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
OPEN_PATHS = frozenset({"/login"})
"""Reached without the token (the login page and form); still refused when posted from another site."""
FORM_TYPES = frozenset({"multipart/form-data", "application/x-www-form-urlencoded"})
INLINE_ASSETS = (("newsprism.web", "index.js"), ("newsprism.web", "story.js"), ("newsprism.web", "login.js"),
                 ("newsprism.web", "style.css"), ("newsprism.web", "bar.css"),
                 ("newsprism.render", "report.js"), ("newsprism.render", "report.css"))
"""Every script and style sheet the pages and the report inline, exactly as inlined: the policy allows
these by their SHA-256 and nothing else, so a tag that slipped past escaping would not run."""
HOW = "send the header 'Authorization: Bearer TOKEN' with NEWSPRISM_TOKEN (or the token `newsprism serve` printed)"
NEEDS_TOKEN = f"this server needs its operator token to change stories: {HOW}; in a browser, log in at /login"
NEEDS_TOKEN_TO_READ = f"this server is private: reading needs its operator token too: {HOW}"
BAD_TOKEN = f"the Authorization header does not hold this server's token: {HOW}"
BAD_CSRF = ("the form's CSRF token is missing or out of date (forms must come from this app's own pages): "
            "reload the page and send it again; API clients send the Authorization header instead")
CROSS_SITE = "refused a request that the browser says comes from another site ({reason}); use this app's own pages"


class Refused(Exception):
    """A request the guard turns away; ``login`` sends a page visitor to /login instead of an error page."""

    def __init__(self, status: int, detail: str, login: bool = False) -> None:
        super().__init__(detail)
        self.status, self.detail, self.login = status, detail, login

    def response(self, request: Request) -> Response:
        path = request.url.path
        if path.startswith("/api/") or path == "/openapi.json" or "authorization" in request.headers:
            extra = {"WWW-Authenticate": 'Bearer realm="newsprism"'} if self.status == 401 else {}
            return JSONResponse({"detail": self.detail}, status_code=self.status, headers=extra)
        if self.login:
            back = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            target = back if request.method in SAFE_METHODS else "/"
            return RedirectResponse("/login?next=" + quote(target, safe="/"), status_code=303)
        body = (f'<h1>Refused</h1><p class="error" role="alert">{escape(self.detail)}</p>'
                '<p><a href="/">All stories</a></p>')
        return HTMLResponse(page("Refused", body), status_code=self.status)


class Guard:
    """The ASGI middleware: identifies the visitor, refuses what it may not do, adds the headers."""

    def __init__(self, app: ASGIApp, access: AccessSettings, limit: int) -> None:
        self.app, self.access, self.limit = app, access, limit
        self.keys = Keys(access.token)
        self.headers = security_headers()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send, self.headers)
        request = Request(scope, receive)
        try:
            visitor = self._identify(request)
            self._check(request, visitor)
            receive = await self._check_csrf(request, visitor, receive)
        except Refused as refusal:
            await refusal.response(request)(scope, receive, send)
            return
        scope.setdefault("state", {})["visitor"] = visitor
        await self.app(scope, receive, send)

    def _identify(self, request: Request) -> Visitor:
        header = request.headers.get("authorization")
        if header is not None:
            scheme, _, given = header.strip().partition(" ")
            if scheme.lower() != "bearer" or not self.keys.is_token(given.strip()):
                raise Refused(401, BAD_TOKEN)
            return Visitor(csrf=self.keys.csrf, bearer=True)
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie and self.keys.is_session(cookie):
            return Visitor(csrf=self.keys.csrf)
        return ANONYMOUS

    def _check(self, request: Request, visitor: Visitor) -> None:
        safe = request.method in SAFE_METHODS
        if not safe and not visitor.bearer:
            reason = cross_site(request, self.access.behind_proxy)
            if reason:
                raise Refused(403, CROSS_SITE.format(reason=reason))
        if request.url.path in OPEN_PATHS or visitor.authenticated:
            return
        if not safe:
            raise Refused(401, NEEDS_TOKEN, login=True)
        if self.access.private:
            raise Refused(401, NEEDS_TOKEN_TO_READ, login=True)

    async def _check_csrf(self, request: Request, visitor: Visitor, receive: Receive) -> Receive:
        """A browser's unsafe request must carry the CSRF token (header, or form field read here and replayed)."""
        if request.method in SAFE_METHODS or visitor.bearer or request.url.path in OPEN_PATHS:
            return receive
        given = request.headers.get(CSRF_HEADER)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if given is None and kind in FORM_TYPES:
            try:
                body = await read_body(request, self.limit)
            except BadInput as error:
                raise Refused(error.status, error.detail) from None
            given = await _form_field(request.scope, body, self.limit)
            receive = _replay(body, receive)
        if given is None or not self.keys.is_csrf(given):
            raise Refused(403, BAD_CSRF)
        return receive


def cross_site(request: Request, behind_proxy: bool) -> str:
    """Why the browser's own headers say the request comes from another site; '' when they do not."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return "" if site in ("same-origin", "none") else f"Sec-Fetch-Site: {site}"
    origin = request.headers.get("origin")
    if origin is None:
        return ""
    host = (request.headers.get("x-forwarded-host") if behind_proxy else None) or request.headers.get("host", "")
    if origin == "null" or urlsplit(origin).netloc.lower() != host.lower():
        return f"Origin: {origin}"
    return ""


async def _form_field(scope: Scope, body: bytes, limit: int) -> str | None:
    async def replay() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        async with Request(scope, replay).form(**FORM_LIMITS, max_part_size=limit) as form:
            value = form.get(CSRF_FIELD)
    except HTTPException:
        return None
    return value if isinstance(value, str) else None


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that gives the body already read, then whatever the connection says next (a disconnect)."""
    given = False

    async def replay() -> Message:
        nonlocal given
        if given:
            return await receive()
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


def _with_headers(send: Send, headers: list[tuple[bytes, bytes]]) -> Send:
    async def secured(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = list(message.get("headers", []))
            names = {name.lower() for name, _ in present}
            message = {**message, "headers": present + [h for h in headers if h[0] not in names]}
        await send(message)

    return secured


def security_headers() -> list[tuple[bytes, bytes]]:
    named = {"content-security-policy": content_security_policy(), "x-content-type-options": "nosniff",
             "x-frame-options": "DENY", "referrer-policy": "no-referrer", "cross-origin-opener-policy": "same-origin",
             "cross-origin-resource-policy": "same-origin", "cache-control": "no-store"}
    return [(name.encode("latin-1"), value.encode("latin-1")) for name, value in named.items()]


def content_security_policy() -> str:
    scripts = " ".join(_hash(package, name) for package, name in INLINE_ASSETS if name.endswith(".js"))
    styles = " ".join(_hash(package, name) for package, name in INLINE_ASSETS if name.endswith(".css"))
    return (f"default-src 'none'; script-src {scripts}; style-src {styles}; img-src 'self'; connect-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def _hash(package: str, name: str) -> str:
    text = resources.files(package).joinpath("assets", name).read_text(encoding="utf-8")
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def declare_bearer(app: FastAPI, private: bool) -> None:
    """The OpenAPI description declares the bearer scheme on every operation that needs the token."""
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            schema.setdefault("components", {})["securitySchemes"] = {"bearer": {
                "type": "http", "scheme": "bearer", "description": "the operator token (NEWSPRISM_TOKEN)"}}
            for operations in schema.get("paths", {}).values():
                for method, operation in operations.items():
                    if private or method.upper() not in SAFE_METHODS:
                        _secure(operation)
            app.openapi_schema = schema
        return app.openapi_schema

    replace: Callable[[], dict[str, Any]] = openapi
    app.openapi = replace  # type: ignore[method-assign]


def _secure(operation: dict[str, Any]) -> None:
    operation["security"] = [{"bearer": []}]
    detail = {"application/json": {"schema": {"type": "object", "properties": {"detail": {"type": "string"}}}}}
    operation.setdefault("responses", {})["401"] = {"description": "no token, or not this server's",
                                                    "content": detail}
