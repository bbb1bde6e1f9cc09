"""What a reader hands to cleaning: the article's content and the metadata its container gave."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Format = Literal["text", "html", "json", "feed"]


@dataclass(frozen=True)
class RawArticle:
    """One article as read: either plain text or HTML, plus metadata the container stated.

    JSON records and feed entries carry metadata of their own (title, url, outlet,
    published, author); for plain text and HTML pages cleaning finds it in the content.
    """

    id: str
    source: str
    format: Format
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    byline: tuple[str, ...] = ()
