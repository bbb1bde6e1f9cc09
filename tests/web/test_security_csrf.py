"""A logged-in browser's forms carry a CSRF token, and a request its browser says comes from another site is
refused: another site's page cannot use the session cookie to change stories. Nothing changes in the store."""

from __future__ import annotations

import pytest

ELM = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather office "
       "said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed.\n")
FORGED = [
    ("no token", {}, {}),
    ("wrong token", {"csrf_token": "0" * 64}, {}),
    ("other site by Origin", None, {"Origin": "http://evil.example"}),
    ("null Origin", None, {"Origin": "null"}),
    ("other site by Sec-Fetch-Site", None, {"Sec-Fetch-Site": "cross-site"}),
    ("sibling site by Sec-Fetch-Site", None, {"Sec-Fetch-Site": "same-site", "Origin": "http://127.0.0.1:1"}),
]
"""(case, form fields (None: the right token), headers): each a form post another site could make."""


@pytest.fixture(scope="module")
def existing(api) -> str:
    with api.client() as client:
        answer = client.post("/api/stories", json={"title": "Kept", "texts": [ELM]})
    assert answer.status_code == 201, answer.text
    return str(answer.json()["story"]["id"])


@pytest.mark.parametrize(("case", "fields", "headers"), FORGED, ids=[c[0] for c in FORGED])
@pytest.mark.parametrize("action", ["/stories", "/stories/{story}/articles", "/stories/{story}/delete"])
def test_a_forged_form_post_is_refused_and_changes_nothing(api, existing, log_in, csrf, snapshot, case, fields,
                                                          headers, action):
    before = snapshot(api.store)
    with log_in(api) as browser:
        token = csrf(browser.get("/").text)
        form = {"csrf_token": token} if fields is None else fields
        if not action.endswith("delete"):
            form = {**form, "title": "Forged", "text": ELM.replace("Sunday", "Friday")}
        if action.endswith("articles"):
            form.pop("title")
        answer = browser.post(action.format(story=existing), data=form, headers=headers)
    assert answer.status_code == 403, answer.text
    assert ("CSRF token" in answer.text) if fields is not None else ("from another site" in answer.text)
    assert snapshot(api.store) == before


def test_the_same_form_from_this_site_goes_through(api, log_in, csrf, snapshot, fresh):
    with log_in(api) as browser:
        token = csrf(browser.get("/").text)
        origin = {"Origin": api.url, "Sec-Fetch-Site": "same-origin"}
        answer = browser.post("/stories", data={"csrf_token": token, "title": "From this site", "text": fresh(ELM)},
                              headers=origin)
        assert answer.status_code == 303, answer.text
        story = answer.headers["location"].rsplit("/", 1)[1]
        assert browser.post(f"/stories/{story}/delete", data={"csrf_token": token}, headers=origin).status_code == 303
    assert story not in [s[0] for s in snapshot(api.store)[0]]


def test_a_page_script_sends_the_token_in_a_header(api, existing, log_in, csrf, snapshot):
    with log_in(api) as browser:
        token = csrf(browser.get("/").text)
        assert browser.post(f"/api/stories/{existing}/analysis").status_code == 403
        story = browser.post("/api/stories", json={"title": "By script"}, headers={"X-CSRF-Token": token})
        assert story.status_code == 201, story.text
        gone = browser.delete(f"/api/stories/{story.json()['story']['id']}", headers={"X-CSRF-Token": token})
        assert gone.status_code == 204


def test_a_bearer_client_needs_no_csrf_token(api, snapshot, fresh):
    with api.client() as client:
        answer = client.post("/stories", data={"title": "From a script", "text": fresh(ELM)},
                             headers={"Origin": "http://elsewhere.example"})
        assert answer.status_code == 303, answer.text
        assert client.post(answer.headers["location"] + "/delete").status_code == 303


def test_logging_in_from_another_site_is_refused(api):
    with api.anonymous() as client:
        answer = client.post("/login", data={"token": api.token}, headers={"Origin": "http://evil.example"})
    assert answer.status_code == 403
    assert "set-cookie" not in answer.headers
