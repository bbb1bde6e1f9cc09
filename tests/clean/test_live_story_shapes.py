"""Shapes read on batch 5 of the gunviolence dev labels (issue #16): live-story markers, playlists, tag lists,
closing teaser boxes, contact lines and update promises. Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.boilerplate import candidates
from newsprism.clean.context import update_marker
from newsprism.clean.text import clean_text, rule_verdicts
from newsprism.clean.widgets import widget_kind
from newsprism.config import CleanConfig


def _clean(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned = clean_text(text, None, CleanConfig())
    return cleaned.paragraphs, [(r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize(("line", "where", "kind"), [
    ("— Reach Ola Berg at oberg@gazette.example.", "footer", "footer"),
    ("We will update you once the harbour office releases its vote count.", "footer", "promo"),
    ("Our crew remains on the quay, and we’ll update this page through the evening.", "footer", "promo"),
    ("We are working to confirm more about the vote.", "footer", "promo"),
])
def test_contact_lines_and_update_promises_go(line: str, where: str, kind: str) -> None:
    paragraphs, removed = _clean(_article(line, where=where))
    assert (kind, line) in removed
    assert paragraphs == [LEAD, MIDDLE, LAST]


def test_a_quoted_promise_stays() -> None:
    line = "\"We will update you as soon as the divers are back,\" the harbourmaster said."
    paragraphs, _ = _clean(_article(line))
    assert line in paragraphs


def test_a_tip_line_naming_an_officer_is_no_contact_footer() -> None:
    line = "Contact Det. Jane Roe at jroe@harbourpd.example with any information about the boats."
    assert widget_kind(line, len(line.split())) is None


def test_a_long_caption_closed_by_a_photographer_and_paper_goes() -> None:
    caption = ("Harbour workers pull a fishing boat onto the quay on the morning after the storm, as the water "
               "reaches the old customs house and the ferry office. The council met that evening to count the "
               "damage, and the mayor asked residents to keep away from the pier until the engineers had checked "
               "it. Volunteers from three villages came to help clear the road, and the school opened its hall for "
               "families whose houses were flooded during the night and the morning after it. "
               "(Kim Wu/The Harbour Gazette)")
    assert len(caption.split()) > 80
    paragraphs, removed = _clean(_article(caption, where="header"))
    assert ("caption", caption) in removed
    assert paragraphs == [LEAD, MIDDLE, LAST]


def test_a_video_playlist_goes_whole_even_an_entry_that_reads_as_a_quote() -> None:
    playlist = ["1:37 Harbour crane topples in the storm", "0:13 Mayor: 'Is the ferry running tomorrow?'",
                "2:05 Fishing fleet returns to the quay"]
    paragraphs, removed = _clean(_article(*playlist, where="footer"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert [kind for kind, text in removed if text in playlist] == ["media"] * 3


def test_a_live_blogs_clock_times_are_no_playlist() -> None:
    entries = ["10:15 a.m. Divers reached the sunken boat and found it empty, the harbourmaster said.",
               "10:40 a.m. The ferry office said the morning crossings would run an hour late.",
               "11:05 a.m. The council said the pier would reopen after the engineers had checked it."]
    paragraphs, _ = _clean(_article(*entries))
    assert all(entry in paragraphs for entry in entries)


def test_the_line_under_a_lone_tags_label_goes() -> None:
    tags = 'harbour storm "pier closed" ferry council "flood damage" news "harbour news" "storm damage" "ferry office"'
    paragraphs, removed = _clean(_article("Tags:", tags, where="footer"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert ("footer", tags) in removed


TEASERS = ["VIDEO: Ferry pier closed after the storm The ferry office has closed the north pier until the engin…",
           "School hall opens for flooded families The school on Quay Street opened its hall on Monday ni...",
           "How to keep your boat safe in a storm There are several ways to tie a boat against the wind."]


def test_teasers_under_a_closing_more_stories_box_go() -> None:
    paragraphs, removed = _clean(_article("More stories you might like from KZZQ", *TEASERS, where="footer"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert [kind for kind, text in removed if text in TEASERS] == ["related"] * 3


def test_the_article_going_on_under_a_box_header_stays() -> None:
    report = "The harbourmaster said the north pier would stay closed until Friday."
    paragraphs, _ = _clean(_article("More stories you might like from KZZQ", TEASERS[0], report, where="footer"))
    assert report in paragraphs


def test_the_article_going_on_under_a_related_articles_box_stays() -> None:
    going_on = ["A second boat was found on the beach on Tuesday. Its owner is expected to collect it.",
                "Nobody was hurt in the storm."]
    paragraphs, _ = _clean(_article("RELATED ARTICLES", "+ Ferry pier closed after the storm",
                                    "+ Council: Harbour fees to rise", *going_on, where="footer"))
    assert all(line in paragraphs for line in going_on)


def test_a_live_storys_update_markers_stay() -> None:
    text = "\n\n".join(["Harbour storm: the latest", "UPDATE @ 8:40 p.m.", LEAD, MIDDLE, "UPDATE @ 2:20 p.m.",
                       LAST, "FIRST REPORT", "The storm reached the harbour early on Monday, the council said."])
    paragraphs, _ = _clean(text)
    assert "UPDATE @ 2:20 p.m." in paragraphs
    assert "FIRST REPORT" in paragraphs


@pytest.mark.parametrize(("line", "marker"), [
    ("UPDATE @ 8:40 p.m.", True), ("Update 5 p.m. ET", True), ("FIRST REPORT", True), ("Original story:", True),
    ("UPDATE Tuesday", True), ("Updated rules apply to the pier", False), ("UPDATE: Police say", False),
    ("News", False), ("Our earlier story:", True),
])
def test_update_marker_shapes(line: str, marker: bool) -> None:
    assert update_marker(line) is marker


def test_a_sentence_after_an_update_marker_is_never_the_classifiers_to_drop() -> None:
    update = "UPDATE: Harbour police responded to a second report of a boat adrift near the north pier on Monday."
    verdicts = rule_verdicts("\n\n".join([LEAD, MIDDLE, update, LAST]), None, CleanConfig())
    asked = candidates(verdicts.lines, verdicts.kinds, verdicts.body[0], verdicts.body[-1])
    assert all(verdicts.lines[i].text != update for i in asked)
