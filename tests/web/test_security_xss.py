"""What a visitor types into a URL comes back escaped on every page that echoes it (the 404 pages name the
story id asked for), and in Chromium it never runs."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

PAYLOADS = ['<img src=x onerror="window.__xss=1;alert(1)">', "<svg onload=alert(2)>", '"><b id=xss>bold']
ECHOES = [("GET", "/stories/{p}"), ("GET", "/stories/{p}/add"), ("POST", "/stories/{p}/articles"),
          ("POST", "/stories/{p}/delete"), ("GET", "/?q={p}"), ("GET", "/login?next=/{p}")]
"""Every route that puts a value from the request into its page."""


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(("method", "route"), ECHOES, ids=[f"{m}-{r}" for m, r in ECHOES])
def test_a_value_from_the_request_is_escaped_in_the_page(api, method, route, payload):
    with api.anonymous() if route.startswith("/login") else api.client() as client:
        data = {"text": "Some words"} if route.endswith("articles") else None
        answer = client.request(method, route.format(p=quote(payload, safe="")), data=data)
    assert answer.headers["content-type"].startswith("text/html")
    assert payload not in answer.text
    assert escape(payload) in answer.text


def test_the_api_echoes_the_id_only_as_json(api):
    with api.client() as client:
        answer = client.get("/api/stories/" + quote(PAYLOADS[0], safe=""))
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("api", ["sqlite"], indirect=True)
def test_the_payload_does_not_run_in_chromium(api, browser: Any, screenshots: Path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    fired: list[str] = []
    page.on("dialog", lambda dialog: (fired.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: fired.append(message.text) if "xss" in message.text else None)
    try:
        for payload in PAYLOADS[:2]:
            for _, route in [e for e in ECHOES if e[0] == "GET"]:
                page.goto(api.url + route.format(p=quote(payload, safe="")))
                page.wait_for_load_state("load")
                assert page.evaluate("window.__xss") is None
                assert page.locator("main img, main svg, #xss").count() == 0
                assert payload in page.locator("main").inner_text() or route.startswith(("/?", "/login"))
        page.goto(api.url + "/stories/" + quote(PAYLOADS[0], safe=""))
        page.screenshot(path=str(screenshots / "web-404-escaped.png"))
    finally:
        context.close()
    assert fired == []
