"""A tabloid headline in its caption template ('Pictured: …', no final stop) printed on the page is the title, not
a picture caption (issue #16, :mod:`newsprism.clean.title_copies`). Texts written for the test, no publisher's
text."""

from __future__ import annotations

from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig

HEADLINE = "Pictured: The two dock workers hurt when a crane toppled onto a ferry ramp at Marlow harbour"
BODY = [("Two dock workers were hurt on Monday morning when a loading crane toppled onto the ferry ramp at Marlow "
         "harbour, the port authority said."),
        ("Both men were taken to Saint Agnes Hospital, where one was listed in serious condition on Monday "
         "evening, a hospital spokeswoman said."),
        "Inspectors from the county safety board were at the harbour by noon and the ramp was closed to traffic."]
CAPTION = "Pictured: A tugboat crew watches as the crane is lifted off the ferry ramp on Monday afternoon"


def _reasons(text_lines: list[str], hint: str | None) -> list[tuple[str, str]]:
    cleaned = clean_text("\n\n".join(text_lines), hint, CleanConfig())
    assert cleaned.paragraphs == BODY
    return [(removed.text, removed.reason) for removed in cleaned.removed]


def test_the_headline_printed_twice_in_the_caption_template_is_the_title() -> None:
    reasons = _reasons([HEADLINE, HEADLINE, *BODY[:2], CAPTION, BODY[2]], HEADLINE)
    assert reasons == [(HEADLINE, "title"), (HEADLINE, "title"), (CAPTION, "caption")]


def test_a_caption_line_that_is_not_the_title_stays_a_caption() -> None:
    reasons = _reasons([CAPTION, *BODY], "Two dock workers hurt as crane topples at Marlow harbour")
    assert reasons == [(CAPTION, "caption")]
