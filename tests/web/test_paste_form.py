"""The paste form without a browser, on SQLite and PostgreSQL: each article's outlet, URL and publication date are
stored with it (and in the JSON API's ``articles``); articles already stored offer their story instead of a copy;
a title without an article is refused as the API refuses an empty text; a bad URL or date names its article."""

from __future__ import annotations

import html
import re
from urllib.parse import urlencode

import pytest

from newsprism.store import open_store

BRIDGE = ("Bridge in Osk closed for repairs\n\nThe old stone bridge in Osk closed on Monday for three weeks of "
          "repairs, the county roads office said.\n\nBuses will cross the river at the ferry landing instead.\n")
BRIDGE_TOO = ("Osk bridge shut until spring\n\nThe old stone bridge in Osk closed on Monday for three weeks of "
              "repairs, the county roads office said, and drivers face a detour of twelve miles.\n")


def _latest(location: str, story_id: str):
    with open_store(location) as store:
        return store.articles(story_id)


def test_each_pasted_article_keeps_its_outlet_url_and_date(api):
    form = [("title", "Osk bridge (form)"), ("text", BRIDGE), ("outlet", "Osk Courier"),
            ("url", "https://courier.example/osk-bridge"), ("published", "2026-03-02"),
            ("text", BRIDGE_TOO), ("outlet", ""), ("url", ""), ("published", ""),
            ("text", ""), ("outlet", ""), ("url", ""), ("published", "")]  # a third box left empty: no article
    with api.client() as client:
        answer = _post(client, "/stories", form)
        assert answer.status_code == 303, answer.text
        story_id = answer.headers["location"].rsplit("/", 1)[1]
        page = client.get(f"/stories/{story_id}").text
    first, second = _latest(api.store, story_id)
    assert (first.outlet, first.url, first.published) == ("Osk Courier", "https://courier.example/osk-bridge",
                                                          "2026-03-02")
    assert (second.outlet, second.url, second.published) == (None, None, None)
    listed = re.findall(r"<li><strong>([^<]+)</strong>", page)
    assert listed == ["Osk Courier", "unnamed source 1"]


def test_the_api_takes_articles_with_what_is_known_of_them(api):
    body = {"title": "Osk bridge (API)", "articles": [{"text": BRIDGE, "outlet": "Osk Courier",
                                                       "published": "2026-03-02T08:30:00+01:00"}]}
    with api.client() as client:
        created = client.post("/api/stories", json=body)
    assert created.status_code == 201, created.text
    (stored,) = _latest(api.store, created.json()["story"]["id"])
    assert (stored.outlet, stored.published) == ("Osk Courier", "2026-03-02T08:30:00+01:00")


def test_pasting_articles_already_stored_offers_their_story(api, snapshot):
    texts = [("title", "Osk bridge twice"), ("text", BRIDGE), ("text", BRIDGE_TOO)]
    with api.client() as client:
        first = _post(client, "/stories", texts)
        story_path = first.headers["location"]
        before = snapshot(api.store)
        again = _post(client, "/stories", [("title", "Osk bridge again"), ("text", BRIDGE_TOO),
                                                    ("text", BRIDGE)])
        assert again.status_code == 409
        assert snapshot(api.store) == before  # nothing stored: the story is offered
        assert f'href="{story_path}"' in again.text and "already stored" in again.text
        part = _post(client, "/stories", [("text", BRIDGE)])  # one of them, alone: also in that story
        assert part.status_code == 409 and f'href="{story_path}"' in part.text
        other = _post(client, "/stories", [("text", BRIDGE), ("url", "https://courier.example/osk")])
        assert other.status_code == 303  # another URL: another article (its fingerprint differs)


def test_a_title_without_an_article_is_refused_as_the_api_refuses_an_empty_text(api, snapshot):
    before = snapshot(api.store)
    with api.client() as client:
        in_api = client.post("/api/stories", json={"title": "Nothing yet", "texts": [""]})
        in_form = _post(client, "/stories", [("title", "Nothing yet"), ("text", ""), ("outlet", ""),
                                                       ("url", ""), ("published", "")])
    assert in_api.status_code == in_form.status_code == 422
    assert in_api.json()["detail"] in html.unescape(in_form.text) and 'role="alert"' in in_form.text
    assert snapshot(api.store) == before


@pytest.mark.parametrize(("fields", "words"), [
    ([("text", BRIDGE), ("url", "courier.example/osk")], "text 1: the URL 'courier.example/osk': not a valid"),
    ([("text", BRIDGE), ("url", "http://[")], "text 1: the URL 'http://[': not a valid"),
    ([("urls", "http://[")], "http://[: not a valid http(s) URL [E010]"),
    ([("text", BRIDGE), ("published", "next Tuesday")], "text 1: the publication date 'next Tuesday' is not a date"),
    ([("text", BRIDGE), ("published", "2026-02-30")], "text 1: the publication date '2026-02-30' is not a date"),
    ([("text", BRIDGE), ("outlet", ""), ("text", ""), ("outlet", "Osk Courier")], "text 2: an outlet, URL or date "
                                                                                   "but no text"),
])
def test_a_bad_url_or_date_names_its_article_and_stores_nothing(api, snapshot, fields, words):
    before = snapshot(api.store)
    with api.client() as client:
        answer = _post(client, "/stories", fields)
    assert answer.status_code == 422
    assert words in html.unescape(answer.text)
    assert snapshot(api.store) == before


def _post(client, path: str, fields: list[tuple[str, str]]):
    """Post the form's fields in their order, repeated names and all, as a browser sends them."""
    return client.post(path, content=urlencode(fields),
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
