"""A crawled local-news page's lead and next paragraph (and the body of both), written for the outlet tests (no
publisher's text), and the outlet cleaning reads from a page's text."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

LEAD = ("Police are investigating gunfire that wounded two men on the far east end of Portvale late on "
        "Saturday night, officers said.")
MORE = "Investigators asked anyone who saw the gunfire to phone the department's tips number without delay."
BODY = f"{LEAD}\n\n{MORE}"


def outlet_of(text: str) -> tuple[str | None, str | None]:
    """The outlet cleaning names for a page of this text, and where on the page it read it."""
    article = clean_article(RawArticle(id="a", source="a.txt", format="text", text=text), CleanConfig())
    return article.outlet, article.outlet_source
