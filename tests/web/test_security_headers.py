"""Every answer of the real server carries the security headers: a strict Content-Security-Policy (no inline
script or style but the app's own, by hash), nosniff, no framing, no referrer."""

from __future__ import annotations

import pytest

REQUESTS = [
    ("GET", "/", "token"), ("GET", "/", "anonymous"), ("GET", "/login", "anonymous"),
    ("GET", "/api/stories", "token"), ("GET", "/openapi.json", "anonymous"), ("GET", "/stories/nope-zzzzzz", "token"),
    ("GET", "/api/stories/nope-zzzzzz", "token"), ("GET", "/docs", "token"), ("POST", "/api/stories", "anonymous"),
    ("POST", "/stories", "anonymous"), ("POST", "/api/stories", "token"), ("GET", "/api/stories", "wrong"),
    ("POST", "/login", "anonymous"),
]
"""Pages, JSON, 404s, 401s, redirects, a 422 and the login form."""


@pytest.mark.parametrize(("method", "path", "who"), REQUESTS, ids=[f"{m}-{p}-{w}" for m, p, w in REQUESTS])
def test_every_answer_carries_the_security_headers(api, method, path, who):
    client = api.client() if who == "token" else api.anonymous()
    if who == "wrong":
        client.headers["Authorization"] = "Bearer not-the-token-at-all"
    with client:
        answer = client.request(method, path, json={} if method == "POST" else None)
    headers = answer.headers
    policy = [part.strip() for part in headers["content-security-policy"].split(";")]
    assert policy[0] == "default-src 'none'"
    assert {"frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"} <= set(policy)
    sources = next(p for p in policy if p.startswith("script-src")).split()[1:]
    assert sources and all(s.startswith("'sha256-") for s in sources)
    assert all(s.startswith("'sha256-") for s in next(p for p in policy if p.startswith("style-src")).split()[1:])
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
