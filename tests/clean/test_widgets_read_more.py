"""Another story's blurb or headline closed by its 'Read more' link (issue #16,
:data:`newsprism.clean.widgets.READ_MORE_TEASER`). Texts written for the test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.rules import clutter_kind


def test_a_blurb_closed_by_read_more_is_related() -> None:
    assert clutter_kind("Two teenagers were hurt at a block party in Eastgate on Friday, police said. Read more.") \
        == "related"


def test_a_headline_closed_by_read_more_and_arrows_is_related() -> None:
    assert clutter_kind("Crossing guard honored for 40 years at Pine Street school Read more »") == "related"


def test_an_update_note_closed_by_read_more_is_left_to_the_body() -> None:
    assert clutter_kind("UPDATE: The wounded deputy was released from the hospital on Monday. Read more.") is None


def test_a_sentence_ending_in_read_more_is_left_to_the_body() -> None:
    assert clutter_kind("The librarian said children who visit every week tend to read more.") is None
