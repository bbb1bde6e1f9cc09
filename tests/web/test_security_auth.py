"""Every change needs the operator token: without it (or with a wrong one) the real server refuses, on SQLite
and PostgreSQL, and the store stays as it was. A browser logs in once at /login and gets a session cookie."""

from __future__ import annotations

import secrets
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from newsprism.web.access import SESSION_COOKIE, Keys

ELM = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather office "
       "said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed.\n")
CHANGES = [
    ("POST", "/api/stories", {"json": {"title": "Not allowed", "texts": [ELM]}}),
    ("POST", "/api/stories/{story}/articles", {"json": {"texts": [ELM.replace("Sunday", "Monday")]}}),
    ("DELETE", "/api/stories/{story}", {}),
    ("POST", "/api/stories/{story}/analysis", {}),
    ("POST", "/stories", {"data": {"title": "Not allowed", "text": ELM}}),
    ("POST", "/stories/{story}/articles", {"data": {"text": ELM.replace("Sunday", "Monday")}}),
    ("POST", "/stories/{story}/delete", {}),
]
IDS = [f"{method}-{path}" for method, path, _ in CHANGES]


@pytest.fixture(scope="module")
def existing(api) -> dict[str, str]:
    with api.client() as client:
        answer = client.post("/api/stories", json={"title": "Guarded", "texts": [ELM]})
    assert answer.status_code == 201, answer.text
    return {"story": answer.json()["story"]["id"]}


@pytest.mark.parametrize(("method", "path", "request_"), CHANGES, ids=IDS)
def test_a_change_without_the_token_is_refused_and_changes_nothing(api, existing, snapshot, method, path, request_):
    before = snapshot(api.store)
    with api.anonymous() as client:
        answer = client.request(method, path.format(**existing), **request_)
    if path.startswith("/api/"):
        assert answer.status_code == 401, answer.text
        assert "Authorization: Bearer TOKEN" in answer.json()["detail"]
        assert answer.headers["www-authenticate"].startswith("Bearer")
    else:
        assert answer.status_code == 303
        assert answer.headers["location"] == "/login?next=/"
    assert snapshot(api.store) == before


@pytest.mark.parametrize("header", ["Bearer wrong-token-wrong-token", "Basic bmV3czpwcmlzbQ==", "Bearer", "token"])
@pytest.mark.parametrize(("method", "path", "request_"), [*CHANGES[:4], ("GET", "/api/stories", {})],
                         ids=[*IDS[:4], "GET-/api/stories"])
def test_a_bad_token_is_refused_even_for_reading(api, existing, snapshot, header, method, path, request_):
    before = snapshot(api.store)
    with api.anonymous() as client:
        answer = client.request(method, path.format(**existing), headers={"Authorization": header}, **request_)
    assert answer.status_code == 401, answer.text
    assert "does not hold this server's token" in answer.json()["detail"]
    assert snapshot(api.store) == before


def test_reading_stays_open_without_the_token(api, existing):
    with api.anonymous() as client:
        assert client.get("/api/stories").status_code == 200
        assert client.get(f"/api/stories/{existing['story']}").status_code == 200
        page = client.get("/")
    assert page.status_code == 200
    assert "Guarded" in page.text
    assert 'action="/stories"' not in page.text and "/delete" not in page.text
    assert 'href="/login"' in page.text


def test_logging_in_sets_a_strict_httponly_cookie_derived_from_the_token(api):
    with api.anonymous() as client:
        answer = client.post("/login", data={"token": api.token, "next": "/stories/some-story"})
    assert answer.status_code == 303
    assert answer.headers["location"] == "/stories/some-story"
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}={Keys(api.token).session};")
    attributes = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "samesite=strict", "path=/"} <= attributes
    assert "secure" not in attributes
    assert api.token not in cookie


@pytest.mark.parametrize("token", ["", "wrong", "x" * 43])
def test_a_wrong_token_does_not_log_in(api, token):
    with api.anonymous() as client:
        answer = client.post("/login", data={"token": token, "next": "/"})
    assert answer.status_code == 401
    assert "set-cookie" not in answer.headers
    assert "not this server&#x27;s token" in answer.text


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:x"])
def test_logging_in_never_sends_the_browser_to_another_site(api, target):
    with api.anonymous() as client:
        answer = client.post("/login", data={"token": api.token, "next": target})
    assert answer.headers["location"] == "/"


def test_a_logged_in_browser_creates_adds_and_deletes_with_its_forms(api, log_in, csrf, snapshot, fresh):
    with log_in(api) as browser:
        token = csrf(browser.get("/").text)
        created = browser.post("/stories", data={"csrf_token": token, "title": "By session", "text": fresh(ELM)})
        assert created.status_code == 303, created.text
        story = created.headers["location"]
        assert 'name="csrf_token"' in browser.get(story).text
        added = browser.post(f"{story}/articles", data={"csrf_token": token, "text": ELM.replace("night", "day")})
        assert added.status_code == 303, added.text
        assert browser.get(f"/api{story}").json()["articles"] == 2
        assert browser.post(f"{story}/delete", data={"csrf_token": token}).headers["location"] == "/"
        assert story.rsplit("/", 1)[1] not in [s[0] for s in snapshot(api.store)[0]]
        browser.post("/logout", data={"csrf_token": token})
        before = snapshot(api.store)
        again = browser.post("/stories", data={"csrf_token": token, "title": "After logout", "text": ELM})
    assert again.status_code == 303 and again.headers["location"].startswith("/login")
    assert snapshot(api.store) == before


def test_the_openapi_description_declares_the_bearer_scheme(api):
    with api.anonymous() as client:
        document = client.get("/openapi.json").json()
    assert document["components"]["securitySchemes"]["bearer"] == {
        "type": "http", "scheme": "bearer", "description": "the operator token (NEWSPRISM_TOKEN)"}
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if method in ("post", "put", "patch", "delete"):
                assert operation["security"] == [{"bearer": []}], (method, path)
                assert "401" in operation["responses"]
            else:
                assert "security" not in operation, (method, path)


@pytest.fixture(scope="module")
def later_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, list[str]]]:
    """The app with routes added after it was made, served by uvicorn in a thread on 127.0.0.1."""
    import uvicorn

    from newsprism.web import WebSettings, create_app
    from newsprism.web.settings import AccessSettings

    store = str(Path(tmp_path_factory.mktemp("later")) / "stories.db")
    token = secrets.token_urlsafe()
    app = create_app(WebSettings(store=store, analyse=False, access=AccessSettings(token, operator_set=True)))
    calls: list[str] = []

    @app.post("/api/stories/{story_id}/later")
    def later_api(story_id: str) -> dict[str, str]:
        calls.append(f"api {story_id}")
        return {"done": story_id}

    @app.patch("/stories/{story_id}/later")
    def later_page(story_id: str) -> dict[str, str]:
        calls.append(f"page {story_id}")
        return {"done": story_id}

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", token, calls
    server.should_exit = True
    thread.join(15)


def test_a_route_added_later_is_guarded_without_a_word(later_app):
    url, token, calls = later_app
    with httpx.Client(base_url=url) as anonymous:
        assert anonymous.post("/api/stories/a/later").status_code == 401
        assert anonymous.patch("/stories/a/later").status_code == 303
        assert anonymous.post("/api/stories/a/later", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert calls == []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as operator:
        assert operator.post("/api/stories/c/later").status_code == 200
    assert calls == ["api c"]
