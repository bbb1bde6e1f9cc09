"""The pages without a browser: list and search, the forms' redirects, refusals shown on the form."""

from __future__ import annotations

import html

import pytest

ELM = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather office "
       "said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed.\n")


def test_the_form_creates_a_story_and_the_list_finds_it(api, fresh):
    with api.client() as client:
        created = client.post("/stories", data={"title": "Pasted in a form", "text": fresh(ELM), "urls": ""},
                              files=[("files", ("", b"", "application/octet-stream"))])
        assert created.status_code == 303
        story_path = created.headers["location"]
        page = client.get(story_path)
        assert page.status_code == 200
        assert "Pasted in a form" in page.text and 'id="np-progress"' in page.text
        assert "Pasted in a form" in client.get("/", params={"q": "two metres"}).text
        assert "Pasted in a form" not in client.get("/", params={"q": "no such words anywhere"}).text
        added = client.post(f"{story_path}/articles", data={"text": ELM.replace("Sunday", "Saturday")})
        assert added.status_code == 303
        assert client.get(f"/api{story_path}").json()["articles"] == 2
        assert client.post(f"{story_path}/delete").headers["location"] == "/"
        assert client.get(story_path).status_code == 404


@pytest.mark.parametrize(
    ("form", "status", "words"),
    [({"title": "x", "text": "Hello"}, 422, "no article text found"),
     ({"urls": "not-a-url"}, 422, "not a valid http(s) URL"),
     ({"title": " ", "text": ""}, 422, "give a title, or articles")],
)
def test_a_refused_form_shows_the_reason_and_stores_nothing(api, snapshot, form, status, words):
    before = snapshot(api.store)
    with api.client() as client:
        answer = client.post("/stories", data=form)
    assert answer.status_code == status
    assert words in answer.text and 'role="alert"' in answer.text
    assert snapshot(api.store) == before


@pytest.mark.parametrize("path", ["/stories/nope-zzzzzz", "/stories/nope-zzzzzz/add"])
def test_an_unknown_story_page_is_404(api, path):
    with api.client() as client:
        answer = client.get(path)
    assert answer.status_code == 404
    assert "no story 'nope-zzzzzz'" in html.unescape(answer.text)
