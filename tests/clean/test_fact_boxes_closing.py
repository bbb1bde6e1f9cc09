"""A fact box closing the article under a separator line: 'Label: value' rows about the story's own people are
body; rows that share nothing with the story are not kept as the article's (issue #16,
:func:`newsprism.clean.fact_boxes.closing_box_end`). Texts written for the test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig

TITLE = "Two candidates in Fernhill race for county clerk trade barbs at forum"
BODY = [("Marta Olsen and Peter Quill met Tuesday evening at the Fernhill library for the only forum of the race "
         "for county clerk, and spent most of the hour on the office's backlog of land records."),
        ("Olsen, a Libertarian who has run a title company in Fernhill for twelve years, said she would scan every "
         "deed filed since 1970 within her first term."),
        ("Quill, a Green Party member and a former deputy clerk, said the scanning contract Olsen proposed would "
         "cost more than the office's whole yearly budget."),
        ("Both said they would keep the clerk's office open on Saturday mornings, a change voters asked for at "
         "three earlier town meetings.")]
BOX = ["THE CANDIDATES AT A GLANCE", "Marta Olsen", "Age: 52", "Party: Libertarian", "Home: Fernhill",
       "Peter Quill", "Age: 61", "Party: Green", "Home: Fernhill"]


def _kept(tail: list[str]) -> list[str]:
    return clean_text("\n\n".join([TITLE, *BODY, "—-", *tail]), TITLE, CleanConfig()).paragraphs


def test_a_closing_fact_box_about_the_story_is_kept() -> None:
    assert _kept(BOX) == [*BODY, *BOX]


def test_rows_that_share_nothing_with_the_story_are_not_freed() -> None:
    rows = ["CONTACT THE NEWSROOM", "Phone: (555) 010-2200", "Fax: (555) 010-2201", "Office: Harbor Plaza Suite"]
    assert _kept(rows) == BODY


def test_a_video_playlist_of_headlines_is_no_fact_box() -> None:
    playlist = ["Fernhill clerk race draws record crowd", "Olsen and Quill spar over land records",
                "Raw: Olsen answers questions on scanning", "Forum moderator praises both campaigns",
                "Quill: Backlog is the office's biggest problem", "Voters weigh in on Saturday hours",
                "Clerk: Fernhill records older than the county"]
    assert _kept(playlist) == BODY
