"""Store errors answer cleanly: a NUL character in a title, an id, an article text or a search is a 422 with a
plain message (PostgreSQL cannot keep one: it was a 500), and a read-only store is a 503 that says so, on a real
server. Read-only as root: SQLite's own ``mode=ro`` (sqlite:///PATH?mode=ro), and PostgreSQL's
``default_transaction_read_only`` on the connection (chmod does not stop root)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.store import open_store

TEXT = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather office "
        "said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed to traffic.\n")


@pytest.mark.parametrize(("method", "path", "body"), [
    pytest.param("POST", "/api/stories", {"title": "Flood\x00 in Elm", "texts": [TEXT]}, id="title"),
    pytest.param("POST", "/api/stories", {"texts": [TEXT.replace("Rain", "Rain\x00")]}, id="article-text"),
    pytest.param("GET", "/api/stories?q=elm%00", None, id="search"),
    pytest.param("GET", "/?q=elm%00", None, id="page-search"),
    pytest.param("GET", "/api/stories/elm%00x", None, id="story-id"),
    pytest.param("GET", "/api/stories/elm%00x/articles", None, id="story-id-articles"),
    pytest.param("DELETE", "/api/stories/elm%00x", None, id="delete"),
    pytest.param("DELETE", "/api/stories/elm/articles/a%00b", None, id="article-id"),
])
def test_a_nul_character_is_a_422_with_a_plain_message(api, snapshot, method, path, body):
    before = snapshot(api.store)
    with api.client() as client:
        answer = client.request(method, path, json=body)
    assert answer.status_code == 422, answer.text
    assert "NUL character" in answer.json()["detail"]
    assert snapshot(api.store) == before


def test_a_nul_in_a_form_field_is_a_422(api):
    with api.client() as client:
        answer = client.post("/stories", data={"title": "Elm\x00", "text": TEXT})
    assert answer.status_code == 422 and "NUL character" in answer.text


@pytest.fixture(params=["sqlite", "postgres"])
def read_only(request: pytest.FixtureRequest, tmp_path: Path):
    """A store with one story, and its location opened read-only."""
    if request.param == "sqlite":
        path = tmp_path / "stories.db"
        with open_store(path) as store:
            store.create_story("Kept")
        yield f"sqlite:///{path}?mode=ro"
        return
    for url in request.getfixturevalue("postgres_schema")("np_ro_web"):
        with open_store(url) as store:
            store.create_story("Kept")
        yield url + "%20-cdefault_transaction_read_only%3Don"


def test_a_read_only_store_serves_reads_and_answers_503_to_changes(read_only, tmp_path: Path, start_server):
    with start_server(read_only, tmp_path / "server.log", "--no-analysis") as server, server.client() as client:
        stories = client.get("/api/stories")
        assert stories.status_code == 200 and [s["title"] for s in stories.json()] == ["Kept"]
        assert client.get("/").status_code == 200
        created = client.post("/api/stories", json={"texts": [TEXT]})
        assert created.status_code == 503, created.text
        assert "read-only" in created.json()["detail"] and "Traceback" not in server.output()
        deleted = client.delete(f"/api/stories/{stories.json()[0]['id']}")
        assert deleted.status_code == 503 and "read-only" in deleted.json()["detail"]
