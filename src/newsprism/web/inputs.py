"""What people send (pasted texts, uploaded files, URLs) turned into raw articles, or a clear refusal.

Every input is read before anything is stored: one bad input refuses the whole request, which
then changes nothing. Uploads go through the same readers as files on disk (plain text, HTML,
JSON/JSONL, RSS/Atom), URLs through :func:`newsprism.ingest.read_inputs`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import PurePath

from newsprism.clean import clean_article
from newsprism.config import Config, IngestConfig
from newsprism.errors import E, InputFailure, fail
from newsprism.ingest import RawArticle, read_inputs
from newsprism.ingest.fetch import Loaded, decode
from newsprism.ingest.readers import read, slug
from newsprism.ingest.sources import Source, check_url
from newsprism.model import InputProblem

STATUS_BY_CODE = {E.BINARY.code: 415, E.TOO_LARGE.code: 413, E.TOO_LONG.code: 413}
"""HTTP status of a refused input by its error code; every other input problem is 422."""


class BadInput(Exception):
    """A request the app refuses, with the HTTP status and words that say what to fix."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail

    @classmethod
    def of(cls, item: InputProblem) -> BadInput:
        return cls(STATUS_BY_CODE.get(item.code, 422), f"{item.input}: {item.message} [{item.code}]")


EMPTY_TEXT = "{name}: the text is empty; paste an article's text"
"""The refusal of an empty pasted text (the API's ``"texts": [""]``), and of a form with a title and no article."""
MAX_OUTLET_CHARS = 200
"""The longest outlet name a pasted article may be given (the longest in the outlet list is under 60)."""


@dataclass(frozen=True)
class Pasted:
    """A pasted article (text, HTML or JSON) and what the reader says of it: outlet, address, publication date."""

    text: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None

    def checked(self, number: int) -> Pasted:
        """The article with its outlet, URL and date checked and tidied (empty ones None): :class:`BadInput` (422)
        naming text ``number`` and what is wrong."""
        outlet, url, published = (" ".join((v or "").split()) or None for v in (self.outlet, self.url, self.published))
        if outlet and len(outlet) > MAX_OUTLET_CHARS:
            raise BadInput(422, f"text {number}: the outlet name is over {MAX_OUTLET_CHARS} characters")
        if url:
            try:
                check_url(url)
            except InputFailure as failure:
                raise BadInput(422, f"text {number}: the URL {url!r}: {failure.item.message} "
                                    f"[{failure.item.code}]") from None
            except ValueError:  # urlsplit: 'http://[' is no IPv6 address
                raise BadInput(422, f"text {number}: the URL {url!r}: {E.BAD_URL.value[1]} "
                                    f"[{E.BAD_URL.code}]") from None
        return Pasted(self.text, outlet, url, _iso_date(number, published) if published else None)


def _iso_date(number: int, text: str) -> str:
    """``text`` as an ISO 8601 date or date and time; BadInput(422) naming text ``number`` when it is neither."""
    try:
        return (date.fromisoformat(text).isoformat() if len(text) <= 10
                else datetime.fromisoformat(text).isoformat())
    except ValueError:
        raise BadInput(422, f"text {number}: the publication date {text!r} is not a date; give it as YYYY-MM-DD "
                            "(or YYYY-MM-DDTHH:MM)") from None


@dataclass
class Submission:
    """One request's inputs: any mix of pasted articles, uploaded files (name, bytes) and URLs."""

    title: str | None = None
    texts: list[Pasted] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    files: list[tuple[str, bytes]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.texts or self.urls or self.files)

    def check(self) -> None:
        """BadInput(422) for a NUL character in the title, a text or a URL: no article holds one, and the
        PostgreSQL store could not keep it (uploads are checked as files: a NUL there means binary data)."""
        named = [("title", self.title or "")]
        named += [(f"text {n}", "".join(v or "" for v in (t.text, t.outlet, t.url, t.published)))
                  for n, t in enumerate(self.texts, start=1)]
        named += [(f"URL {n}", u) for n, u in enumerate(self.urls, start=1)]
        for name, value in named:
            if "\x00" in value:
                raise BadInput(422, f"{name}: contains a NUL character (\\x00); remove it (no article text holds "
                                    "one)")


def read_submission(submission: Submission, config: Config) -> tuple[list[RawArticle], str | None]:
    """Every article of the submission, and the first one's title as cleaning finds it; :class:`BadInput`
    naming the first input that cannot be read, or in which cleaning finds no article text (the check the
    analysis makes)."""
    for url in submission.urls:
        try:
            check_url(url)
        except InputFailure as failure:
            raise BadInput.of(failure.item) from None
        except ValueError:  # urlsplit: 'http://[' is no IPv6 address
            raise BadInput.of(fail(E.BAD_URL, url).item) from None
    raws = [raw for number, text in enumerate(submission.texts, start=1) for raw in _pasted(number, text)]
    raws += [raw for name, data in submission.files for raw in _uploaded(name, data, config.ingest)]
    if submission.urls:
        result = read_inputs(submission.urls, config.ingest)
        if result.problems:
            raise BadInput.of(result.problems[0])
        raws += result.articles
    titles = []
    for raw in raws:
        try:
            titles.append(clean_article(raw, config.clean).title)
        except InputFailure as failure:
            raise BadInput.of(failure.item) from None
    return raws, next((t for t in titles if t), None)


def _pasted(number: int, pasted: Pasted) -> list[RawArticle]:
    name, text = f"text {number}", pasted.text
    if not text.strip():
        raise BadInput(422, EMPTY_TEXT.format(name=name))
    said = pasted.checked(number)
    return [replace(raw, id=_id_from_first_line(text, raw.id), source=f"pasted {name}",
                    outlet=said.outlet or raw.outlet, url=said.url or raw.url,
                    published=said.published or raw.published)
            for raw in _read(name, text.encode("utf-8"))]


def _id_from_first_line(text: str, fallback: str) -> str:
    """A pasted article's id: a slug of its first line (usually the headline), at most 40 characters."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lstrip().startswith(("<", "{", "[")):
        return "pasted"
    words = re.sub(r"[^a-z0-9]+", "-", first.lower())[:40].strip("-")
    return words or fallback


def _uploaded(name: str, data: bytes, config: IngestConfig) -> list[RawArticle]:
    name = slug(PurePath(name.replace("\\", "/")).name) if name else "upload"
    if len(data) > config.max_bytes:
        raise BadInput(413, f"{name}: {len(data)} bytes is over the {config.max_bytes}-byte limit for one article")
    return _read(name, data)


def _read(name: str, data: bytes) -> list[RawArticle]:
    try:
        loaded = Loaded(Source(name, is_url=False), decode(data, name), "")
        raws, failures = read(loaded)
    except InputFailure as failure:
        raise BadInput.of(failure.item) from None
    if failures:
        raise BadInput.of(failures[0].item)
    if not raws:
        raise BadInput.of(fail(E.NOT_ARTICLE, name, detail="nothing in it reads as an article").item)
    return raws
