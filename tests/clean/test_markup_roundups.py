"""Kinds read on the tune part of PolNeAR train (issue #16): tags of embedded posts and links left in a pasted text, a
newsletter's roundup of other outlets' stories, a quoted 'Related:' label, a social page's prompt, a note that the
piece ran elsewhere first, a show's schedule. Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig

POST = "Ferry timetable changes start on Monday, so check the harbour board before you travel."


def _clean(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned = clean_text(text, None, CleanConfig())
    return cleaned.paragraphs, [(r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize("line", [
    f'<tweet pic="" author="harbourboard" timestamp="1449075600" tweet_id="67213728805">{POST}</tweet>.',
    f'<tweet tweet-author="@harbourboard" tweet-date="March 7, 2016">{POST}<tweet/>.',
    f'<tweet id="7711567" author="@harbourboard" datetime="2016-09-01">{POST}</tweet>',
])
def test_a_post_loses_its_tags_and_keeps_its_words(line: str) -> None:
    kept, removed = _clean(_article(line))
    assert kept[1].rstrip(".") == POST.rstrip(".") and not any("<" in paragraph for paragraph in kept)
    assert any(reason == "media" and "<" in text for reason, text in removed)
    assert kept[0] == LEAD and kept[2:] == [MIDDLE, LAST]


def test_a_tag_whose_value_is_prose_stays_whole() -> None:
    tag = '<tweet tweet-author="that the harbour fees went up twice in one year" tweet-date="x">'
    kept, _ = _clean(_article(f"{tag}{POST}<tweet/>."))
    assert kept[1] == f"{tag}{POST}."  # the closing tag has no value: it goes


def test_emphasis_tags_go_inside_a_sentence() -> None:
    kept, _ = _clean(_article("The board called the plan <em>a once-in-a-generation repair</em> of the old pier."))
    assert "The board called the plan a once-in-a-generation repair of the old pier." in kept


def test_a_link_alone_on_its_line_goes() -> None:
    line = '[<a href=”https://example.org/harbour-story” target=”_blank”>Harbour fees rise again this spring</a>.]'
    kept, removed = _clean(_article(line))
    assert kept == [LEAD, MIDDLE, LAST] and ("link", line) in removed


def test_a_tag_broken_over_lines_goes_with_its_attributes() -> None:
    text = "\n\n".join([LEAD, '<tweet tweet-author="@harbourboard" tweet-date="March 9, 2016', f'">{POST}<tweet/>.',
                        MIDDLE, LAST])
    kept, _ = _clean(text)
    assert kept == [LEAD, POST + ".", MIDDLE, LAST]


def test_text_with_angle_brackets_that_are_not_tags_stays() -> None:
    line = "Fees rose from <5 to >9 per cent, and the board wrote a<b as its shorthand for the second berth."
    kept, _ = _clean(_article(line))
    assert line in kept


ITEMS = [
    'DOCK TALK—"Ferry line adds a night crossing to the islands," by the Coast Ledger\'s Mara Quill: "The ferry line '
    'will run a late boat from the main pier from May, its manager said."',
    '—"Harbour museum names a new director," by Bay Weekly\'s Tom Ashgrove http://example.org/abc.',
    '"Old lighthouse to reopen for visitors," by Post\'s Lena Farrow: http://example.org/xyz.',
]


@pytest.mark.parametrize("item", ITEMS)
def test_a_roundup_item_goes(item: str) -> None:
    kept, removed = _clean(_article(item, where="footer"))
    assert kept == [LEAD, MIDDLE, LAST] and ("related", item) in removed


@pytest.mark.parametrize("line", [
    '"We will run a late boat from May," the ferry line\'s manager said by telephone on Tuesday.',
    '"The night crossing is full," by all accounts, was the line most travellers heard at the pier that week.',
])
def test_a_quoted_sentence_in_the_story_stays(line: str) -> None:
    kept, _ = _clean(_article(line))
    assert line in kept


@pytest.mark.parametrize("lines", [
    ["Welcome to the Coast Ledger's Harbour Report, our weekly roundup digest covering the bay's ports and ferries."],
    ["Do you support the new ferry line? Like the page:"],
    ["This piece first appeared on Harbour Policy Notes."],
    ["Harbour Hour airs on Bay Radio 104 weekdays between 5:30 and 8:15 a.m. Pacific."],
    ['"Related:"', "Ferry Line Adds A Night Crossing To The Islands.", "Harbour Museum Names A New Director."],
    ["This is a preview of Harbour Lives' second installment, the Coast Ledger series that follows one "
     "ferry crew through a winter season on the bay."],
])
def test_a_newsletter_or_site_line_goes(lines: list[str]) -> None:
    kept, removed = _clean(_article(*lines, where="footer"))
    assert kept == [LEAD, MIDDLE, LAST] and {text for _, text in removed} >= set(lines)


@pytest.mark.parametrize("line", [
    "The report first appeared in the council's papers last spring, the clerk said.",
    "Harbour Hour airs stories from the islands, the station's manager said at the meeting.",
    "Many readers like the page the council set up for ferry times, the clerk said.",
    "This is part of a series of repairs the harbour board has planned since the storm, the clerk said.",
])
def test_sentences_near_those_shapes_stay(line: str) -> None:
    kept, _ = _clean(_article(line))
    assert line in kept


def test_a_prompt_after_the_last_sentence_goes_and_the_sentences_stay() -> None:
    kept, removed = _clean(_article("Why did the board skip the vote? Who asked it to wait? Share and comment below.",
                                    where="footer"))
    assert kept[-1] == "Why did the board skip the vote? Who asked it to wait?"
    assert ("share", "Share and comment below.") in removed
