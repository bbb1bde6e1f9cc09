"""Every endpoint of the JSON API, against a real server process, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

RAIN = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather "
        "office said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed.\n")
RIVER = ("Elm families leave their homes\n\nAbout forty families left their homes before dawn on Monday as the "
         "river kept rising, the town council said.\n")
PAGE = ("<html><head><title>Elm bridge shut</title></head><body><article><h1>Elm bridge shut</h1>"
        "<p>The old bridge in Elm stayed closed on Tuesday while engineers checked its stone piers for damage.</p>"
        "<p>The mayor said the bridge would reopen once the river had fallen by a metre.</p></article></body></html>")


def test_a_story_through_every_endpoint(api, snapshot):
    with api.client() as client:
        created = client.post("/api/stories", json={"title": "Flood in Elm", "texts": [RAIN, RIVER]})
        assert created.status_code == 201, created.text
        story = created.json()["story"]
        assert created.json()["result"]["added"] == ["flood-closes-the-bridge-in-elm", "elm-families-leave-their-homes"]
        assert (story["title"], story["articles"], story["revision"], story["status"]) == ("Flood in Elm", 2, 1,
                                                                                         "queued")
        path = f"/api/stories/{story['id']}"
        assert client.get(path).json() == client.get(f"{path}/status").json()
        assert story["id"] in [s["id"] for s in client.get("/api/stories").json()]
        assert [s["id"] for s in client.get("/api/stories", params={"q": "forty families"}).json()] == [story["id"]]

        again = client.post(f"{path}/articles", json={"texts": [RAIN]})
        assert again.json()["result"] == {"added": [], "unchanged": ["flood-closes-the-bridge-in-elm"],
                                          "new_versions": []}
        assert again.json()["story"]["revision"] == 1

        files = [("files", ("bridge.html", PAGE.encode(), "text/html")), ("files", ("notes.txt", RIVER.encode()))]
        uploaded = client.post(f"{path}/articles", files=files)
        assert uploaded.status_code == 200, uploaded.text
        assert uploaded.json()["result"] == {"added": ["bridge"], "unchanged": ["elm-families-leave-their-homes"],
                                             "new_versions": []}

        articles = client.get(f"{path}/articles").json()
        assert [(a["id"], a["format"], a["version"]) for a in articles] == [
            ("flood-closes-the-bridge-in-elm", "text", 1), ("elm-families-leave-their-homes", "text", 1),
            ("bridge", "html", 1)]
        assert client.get(f"{path}/articles", params={"versions": "all"}).json() == articles

        pending = client.get(f"{path}/report")
        assert pending.status_code == 202
        assert pending.json()["status"] == "queued"
        assert client.post(f"{path}/analysis").status_code == 202

        assert client.delete(path).status_code == 204
        assert client.get(path).status_code == 404
    assert story["id"] not in [s[0] for s in snapshot(api.store)[0]]


def test_a_story_with_only_a_title_is_empty_and_has_no_report(api):
    with api.client() as client:
        story = client.post("/api/stories", json={"title": "Waiting for articles"}).json()["story"]
        assert (story["status"], story["articles"]) == ("empty", 0)
        answer = client.get(f"/api/stories/{story['id']}/report")
        assert answer.status_code == 409
        assert "has no articles yet" in answer.json()["detail"]


def test_a_form_upload_with_title_text_and_files_creates_a_story(api):
    with api.client() as client:
        created = client.post("/api/stories", data={"title": "From a form", "text": RAIN},
                              files=[("files", ("bridge.html", PAGE.encode(), "text/html"))])
        assert created.status_code == 201, created.text
        assert created.json()["story"]["articles"] == 2


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/api/stories"), ("post", "/api/stories"), ("get", "/api/stories/{story_id}"),
     ("delete", "/api/stories/{story_id}"), ("get", "/api/stories/{story_id}/status"),
     ("post", "/api/stories/{story_id}/articles"), ("get", "/api/stories/{story_id}/articles"),
     ("post", "/api/stories/{story_id}/analysis"), ("get", "/api/stories/{story_id}/report")],
)
def test_the_openapi_description_covers_every_endpoint(api, method, path):
    with api.client() as client:
        document = client.get("/openapi.json").json()
    operation = document["paths"][path][method]
    assert operation["summary"]
    if method == "post" and path.endswith(("stories", "articles")):
        assert set(operation["requestBody"]["content"]) == {"application/json", "multipart/form-data"}
    if "{story_id}" in path:
        assert "404" in operation["responses"]


def test_no_documentation_page_that_needs_a_cdn_only_the_openapi_description(api):
    with api.client() as client:
        assert client.get("/docs").status_code == 404
        assert client.get("/openapi.json").json()["openapi"]
