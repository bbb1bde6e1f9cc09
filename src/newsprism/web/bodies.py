"""Request bodies read under the size limit, as JSON or as a multipart form, into a :class:`Submission`.

JSON: ``{"title": ..., "texts": [...], "articles": [{"text": ..., "outlet": ..., "url": ..., "published": ...}],
"urls": [...]}``. A form (multipart/form-data or urlencoded): ``title``, ``text`` or ``texts`` (pasted articles,
each field one article) with, in the same order, an ``outlet``, ``url`` and ``published`` field for each (the
form's boxes for one article; empty when not known), ``urls`` (one or more per field, one per line) and ``files``
(uploads). A box left empty with nothing said of it is no article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.types import Message

from newsprism.web.access import CSRF_FIELD
from newsprism.web.inputs import MAX_OUTLET_CHARS, BadInput, Pasted, Submission

FORM_LIMITS = {"max_files": 1000, "max_fields": 1000}
"""More files or fields than this in one form is refused (a story rarely has 100 articles)."""


class PastedIn(BaseModel):
    """A pasted article with what the reader knows of it."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="the article's text or HTML")
    outlet: str | None = Field(default=None, max_length=MAX_OUTLET_CHARS, description="who published it")
    url: str | None = Field(default=None, max_length=4000, description="its address (http or https)")
    published: str | None = Field(default=None, max_length=40, description="ISO 8601 date, or date and time")


class ArticlesIn(BaseModel):
    """Articles to add: pasted texts (plain text, HTML or JSON, one article each) and URLs to fetch."""

    model_config = ConfigDict(extra="forbid")
    texts: list[str] = Field(default_factory=list, description="each an article's text or HTML")
    articles: list[PastedIn] = Field(default_factory=list, description="pasted articles with their outlet, URL "
                                                                       "and publication date")
    urls: list[str] = Field(default_factory=list, description="http(s) URLs of articles to fetch")


class StoryIn(ArticlesIn):
    """A new story: its title (else the first article's first line) and any articles to start it with."""

    title: str | None = Field(default=None, max_length=300)


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body; 413 as soon as it passes ``limit`` bytes (by Content-Length, or while reading)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BadInput(413, f"the request is {int(declared)} bytes, over the {limit}-byte limit; send fewer or "
                            "smaller files at a time")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BadInput(413, f"the request is over the {limit}-byte limit; send fewer or smaller files at a time")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_submission_body(request: Request, limit: int, model: type[ArticlesIn]) -> Submission:
    """The request's inputs, from JSON or a form; 415 for any other kind of body, 422 for a malformed one."""
    body = await read_body(request, limit)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in ("application/json", ""):
        return _from_json(body, model)
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return await _from_form(request, body, limit)
    raise BadInput(415, f"cannot read a body of type '{kind}'; send application/json or multipart/form-data")


def _from_json(body: bytes, model: type[ArticlesIn]) -> Submission:
    if not body.strip():
        raise BadInput(422, "the request has no body; send JSON such as {\"texts\": [\"...\"]} or {\"urls\": [...]}")
    try:
        parsed = model.model_validate_json(body)
    except ValidationError as error:
        raise BadInput(422, "invalid JSON body: " + describe_errors(error.errors())) from None
    pasted = [Pasted(text) for text in parsed.texts] + [Pasted(a.text, a.outlet, a.url, a.published)
                                                        for a in parsed.articles]
    return Submission(title=getattr(parsed, "title", None), texts=pasted, urls=parsed.urls)


def describe_errors(errors: Sequence[Any]) -> str:
    """Pydantic's errors in one line: 'texts.0: Input should be a valid string; ...'."""
    parts = []
    for item in list(errors)[:5]:
        where = ".".join(str(p) for p in item["loc"]) or "body"
        if item["type"] == "json_invalid":
            where, message = "body", f"not valid JSON ({item.get('ctx', {}).get('error', 'syntax error')})"
        else:
            message = item["msg"]
        parts.append(f"{where}: {message}")
    return "; ".join(parts)


async def _from_form(request: Request, body: bytes, limit: int) -> Submission:
    async def replay() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    async with Request(request.scope, replay).form(**FORM_LIMITS, max_part_size=limit) as form:
        submission = Submission(title=_text(form.get("title")) or None)
        boxes: dict[str, list[str]] = {"text": [], "outlet": [], "url": [], "published": []}
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                if value.filename or data:
                    submission.files.append((value.filename or "upload", data))
            elif key == CSRF_FIELD:
                continue
            elif key not in ("title", "text", "texts", "outlet", "url", "published", "urls", "files"):
                raise BadInput(422, f"unknown form field '{key}'; use title, text, outlet, url, published, urls "
                                    "or files")
            elif key in ("text", "texts", "outlet", "url", "published"):
                boxes["text" if key == "texts" else key].append(value)
            elif key == "urls":
                submission.urls.extend(line.strip() for line in value.splitlines() if line.strip())
    submission.texts = _pasted_boxes(boxes)
    return submission


def _pasted_boxes(boxes: dict[str, list[str]]) -> list[Pasted]:
    """The form's article boxes, the n-th outlet, url and published going with the n-th text; a box with
    nothing in it is skipped, one with an outlet, URL or date but no text refused."""
    pasted = []
    for number, text in enumerate(boxes["text"], start=1):
        said = [boxes[key][number - 1].strip() if number <= len(boxes[key]) else "" for key in ("outlet", "url",
                                                                                                  "published")]
        if text.strip():
            pasted.append(Pasted(text, *(value or None for value in said)))
        elif any(said):
            raise BadInput(422, f"text {number}: an outlet, URL or date but no text; paste the article's text, or "
                                "clear the box")
    return pasted


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
