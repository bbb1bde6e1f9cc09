"""Bad requests get a clear 4xx answer, as JSON {"detail": "..."}, and change nothing in the store."""

from __future__ import annotations

import pytest

GOOD = ("Flood closes the bridge in Elm\n\nRain fell on the town of Elm for the whole of Sunday, the weather "
        "office said on Monday.\n\nThe river rose by two metres in the night and the old bridge was closed.\n")
BINARY = bytes(range(256)) * 8
BIG = 1_200_000
"""Over the test servers' 1 MiB request limit."""


def _chunks():
    for _ in range(30):
        yield b'{"texts": ["' + b"x" * 50_000


CREATE = "/api/stories"
ADD = "/api/stories/{story}/articles"
CASES = [
    ("post", CREATE, {}, 422, "has no body"),
    ("post", CREATE, {"json": {}}, 422, "give a title, or articles"),
    ("post", CREATE, {"json": {"texts": [""]}}, 422, "text 1: the text is empty"),
    ("post", CREATE, {"json": {"texts": [GOOD, "  \n "]}}, 422, "text 2: the text is empty"),
    ("post", CREATE, {"json": {"texts": [5]}}, 422, "texts.0: Input should be a valid string"),
    ("post", CREATE, {"json": {"texts": GOOD}}, 422, "texts: Input should be a valid array"),
    ("post", CREATE, {"json": {"text": GOOD}}, 422, "text: Extra inputs are not permitted"),
    ("post", CREATE, {"content": b'{"texts": [', "headers": {"content-type": "application/json"}}, 422,
     "not valid JSON"),
    ("post", CREATE, {"json": {"texts": ["Hello world"]}}, 422, "no article text found"),
    ("post", CREATE, {"json": {"urls": ["not a url"]}}, 422, "not a url: not a valid http(s) URL"),
    ("post", CREATE, {"json": {"urls": ["ftp://example.org/a.txt"]}}, 422, "not a valid http(s) URL"),
    ("post", CREATE, {"json": {"urls": ["http://exa mple.org/a"]}}, 422, "not a valid http(s) URL"),
    ("post", CREATE, {"json": {"texts": [GOOD], "urls": ["http://127.0.0.1:9/gone"]}}, 422, "could not fetch"),
    ("post", CREATE, {"content": GOOD.encode(), "headers": {"content-type": "text/plain"}}, 415,
     "send application/json or multipart/form-data"),
    ("post", CREATE, {"json": {"texts": ["word " * (BIG // 5)]}}, 413, "over the 1048576-byte limit"),
    ("post", CREATE, {"content": _chunks, "headers": {"content-type": "application/json"}}, 413,
     "over the 1048576-byte limit"),
    ("post", ADD, {"files": [("files", ("photo.jpg", BINARY, "image/jpeg"))]}, 415, "photo.jpg: binary data"),
    ("post", ADD, {"files": [("files", ("a.txt", GOOD.encode())), ("files", ("b.pdf", b"%PDF-1.4\x00\x01"))]},
     415, "b.pdf: binary data"),
    ("post", ADD, {"files": [("files", ("big.txt", b"word " * (BIG // 5)))]}, 413, "over the 1048576-byte limit"),
    ("post", ADD, {"files": [("files", ("empty.txt", b""))]}, 422, "empty.txt: the file is empty"),
    ("post", ADD, {"files": [("files", ("bad.jsonl", b'{"text": "a"}\n{oops\n'))]}, 422, "invalid JSON"),
    ("post", ADD, {"data": {"colour": "red"}}, 422, "unknown form field 'colour'"),
    ("post", ADD, {"json": {"texts": []}}, 422, "nothing to add"),
    ("post", "/api/stories/nope-zzzzzz/articles", {"json": {"texts": [GOOD]}}, 404, "no story 'nope-zzzzzz'"),
    ("get", "/api/stories/nope-zzzzzz", {}, 404, "no story 'nope-zzzzzz'"),
    ("get", "/api/stories/nope-zzzzzz/status", {}, 404, "no story"),
    ("get", "/api/stories/nope-zzzzzz/articles", {}, 404, "no story"),
    ("get", "/api/stories/nope-zzzzzz/report", {}, 404, "no story"),
    ("post", "/api/stories/nope-zzzzzz/analysis", {}, 404, "no story"),
    ("delete", "/api/stories/nope-zzzzzz", {}, 404, "no story"),
    ("get", "/api/stories", {"params": {"limit": 0}}, 422, "limit: Input should be greater than or equal to 1"),
    ("get", "/api/stories/{story}/articles", {"params": {"versions": "some"}}, 422, "versions: Input should be"),
    ("get", "/api/stories/{story}/report", {"params": {"format": "pdf"}}, 422, "format: Input should be"),
]


@pytest.fixture(scope="module")
def existing(api) -> dict[str, str]:
    """One story with one article, per server, that the bad requests must leave as it is."""
    with api.client() as client:
        answer = client.post("/api/stories", json={"title": "Existing", "texts": [GOOD]})
    assert answer.status_code == 201, answer.text
    return {"story": answer.json()["story"]["id"]}


@pytest.mark.parametrize(("method", "path", "request_", "status", "words"), CASES,
                         ids=[f"{c[0]}-{c[1].rsplit('/', 1)[-1]}-{c[3]}-{c[4][:28]}" for c in CASES])
def test_a_bad_request_is_refused_clearly_and_changes_nothing(api, existing, snapshot, method, path, request_, status,
                                                              words):
    before = snapshot(api.store)
    request_ = {k: (v() if callable(v) else v) for k, v in request_.items()}
    with api.client() as client:
        answer = client.request(method.upper(), path.format(**existing), **request_)
    assert answer.status_code == status, answer.text
    detail = answer.json()["detail"]
    assert isinstance(detail, str)
    assert words in detail
    assert snapshot(api.store) == before
