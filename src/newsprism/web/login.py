"""Logging a browser in with the operator token (once), and out.

A good token sets the session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
page sends it), Secure when the request came over https. Its value is an HMAC of the token
(:class:`newsprism.web.access.Keys`), so it stays valid across restarts with the same token.
"""

from __future__ import annotations

from html import escape
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from newsprism.web.access import SESSION_COOKIE, SESSION_MAX_AGE_S, Keys, Visitor, current_visitor, safe_next
from newsprism.web.bodies import read_body
from newsprism.web.inputs import BadInput
from newsprism.web.views import page

router = APIRouter(include_in_schema=False)
Who = Annotated[Visitor, Depends(current_visitor)]
LOGIN_BODY_LIMIT = 16 * 1024
"""The login form is a token and a path: 16 KiB is far more than either needs."""


def keys(request: Request) -> Keys:
    found: Keys = request.app.state.keys
    return found


@router.get("/login", response_class=HTMLResponse)
def login_page(who: Who, next: Annotated[str, Query()] = "/") -> Response:
    if who.authenticated:
        return RedirectResponse(safe_next(next), status_code=303)
    return HTMLResponse(login_html(safe_next(next)))


@router.post("/login")
async def login(request: Request, found: Annotated[Keys, Depends(keys)]) -> Response:
    try:
        form = parse_qs((await read_body(request, LOGIN_BODY_LIMIT)).decode("utf-8", "replace"))
    except BadInput as error:
        return HTMLResponse(login_html("/", error.detail), status_code=error.status)
    token, target = form.get("token", [""])[0].strip(), safe_next(form.get("next", ["/"])[0])
    if not token or not found.is_token(token):
        return HTMLResponse(login_html(target, "That is not this server's token."), status_code=401)
    answer = RedirectResponse(target, status_code=303)
    answer.set_cookie(SESSION_COOKIE, found.session, max_age=SESSION_MAX_AGE_S, path="/", httponly=True,
                      samesite="strict", secure=request.url.scheme == "https")
    return answer


@router.post("/logout")
def logout(request: Request) -> Response:
    answer = RedirectResponse("/", status_code=303)
    answer.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict",
                         secure=request.url.scheme == "https")
    return answer


def login_html(target: str, error: str = "") -> str:
    problem = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    body = f"""<h1>Log in</h1>{problem}
<section class="card"><form method="post" action="/login" id="np-login">
  <input type="hidden" name="next" value="{escape(target)}">
  <label for="token">Operator token <span class="hint">(NEWSPRISM_TOKEN, or the one
    <code>newsprism serve</code> printed)</span></label>
  <input type="password" id="token" name="token" autocomplete="current-password" required>
  <p><button type="submit">Log in</button></p>
</form></section>"""
    return page("Log in", body, "login.js")
