"""clean/context.py: 'EARLIER' standing alone over a live story's earlier version is an update marker (body)."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.clean.context import update_marker
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

PAGE = ("Ferry service resumes after storm\n\n"
        "The morning ferry left the harbour on time on Tuesday, the port authority said.\n\n"
        "Crews had cleared the ramp overnight, a spokeswoman said.\n\n"
        "EARLIER\n\n"
        "The port authority suspended ferry service on Monday as winds reached 60 miles an hour.\n\n"
        "Passengers were told to check the authority's page for sailing times.")


def test_earlier_alone_is_an_update_marker() -> None:
    assert update_marker("EARLIER") and update_marker("Earlier:")
    assert not update_marker("Earlier that day the ramp was closed.")


def test_the_marker_stays_in_the_body() -> None:
    article = clean_article(RawArticle(id="p", source="p", format="text", text=PAGE), CleanConfig())
    assert "EARLIER" in article.text.split("\n\n")
