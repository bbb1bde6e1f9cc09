"""Each clutter kind, in a short article written for the test: the clutter goes, the body stays."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.rules import clutter_kind
from newsprism.clean.text import clean_text, line_kind
from newsprism.config import CleanConfig

CLUTTER = [
    # (clutter line, where it stands, expected kind)
    ("Home > News > Local", "header", "breadcrumb"),
    ("Share  Facebook  Twitter  Email  Print", "header", "share"),
    ("print dictionary print", "header", "share"),
    ("Log in to comment", "footer", "login"),
    ("Please sign in to your account to leave a comment.", "footer", "login"),
    ("Comments are closed.", "footer", "comments"),
    ("12 Comments", "footer", "comments"),
    ("Related Articles", "middle", "related"),
    ("Read more: Harbour fees to rise next year", "middle", "related"),
    ("ADVERTISEMENT", "middle", "advertisement"),
    ("Story continues below advertisement", "middle", "advertisement"),
    ("Read the full story here.", "footer", "link"),
    ("scroll to top", "footer", "link"),
    ("© 2025 The Harbour Gazette. All rights reserved.", "footer", "footer"),
    ("The council chamber on Monday. [PHOTO: HARBOUR GAZETTE]", "middle", "caption"),
    ("Councillors vote on Monday. Photo by Lars Eng", "middle", "caption"),
    ("Councillor Ada Brenner, left, speaks to reporters. [GAZETTE/NEWS1]", "middle", "caption"),
    ("Sign up for our morning newsletter", "footer", "login"),
    ("Image source, Getty Images", "middle", "caption"),
    ("Tags: harbour, budget, council", "footer", "footer"),
    ("Listen to this article", "header", "link"),
    ("Share this article", "header", "share"),
    ("5 min read", "header", "share"),
    ("Write to Ola Berg at ola.berg@gazette.example", "footer", "signoff"),
    ("s", "footer", "fragment"),
    ("* * *", "middle", "fragment"),
    ("(Reporting by Ola Berg; Editing by Kim Wu)", "footer", "signoff"),
    ("By Ola Berg and Kim Wu", "header", "byline"),
    ("March 11, 2025", "header", "date"),
]


@pytest.mark.parametrize(("line", "where", "kind"), CLUTTER)
def test_clutter_line_is_removed_with_its_kind(line: str, where: str, kind: str) -> None:
    cleaned = clean_text(_article(line, where=where), None, CleanConfig())
    assert [r.reason for r in cleaned.removed if r.text == " ".join(line.split())] == [kind]
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]


def test_a_caption_shown_twice_goes_both_times() -> None:
    caption = "Ada Brenner and the mayor in the chamber on Monday [GAZETTE]"
    cleaned = clean_text(_article(caption, caption), None, CleanConfig())
    assert [r.reason for r in cleaned.removed] == ["caption", "caption"]
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]


def test_a_paragraph_repeated_at_once_keeps_its_first_copy() -> None:
    cleaned = clean_text(_article(MIDDLE), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]
    assert [r.reason for r in cleaned.removed] == ["duplicate"]


def test_related_link_titles_after_the_marker_go_too() -> None:
    text = _article("Related", "Harbour fees to rise next year", "Mayor opens new ferry terminal")
    cleaned = clean_text(text, None, CleanConfig())
    assert [r.reason for r in cleaned.removed] == ["related"] * 3
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]


def test_a_hard_wrapped_prompt_is_one_line() -> None:
    text = _article("Log in to your account with Facebook or Twitter to connect\nwith the Harbour Gazette",
                    where="footer")
    cleaned = clean_text(text, None, CleanConfig())
    assert [(r.reason, r.line) for r in cleaned.removed] == [("login", 7)]


BODY_LINES = [
    "Home prices in the harbour district rose by a tenth last year.",
    "Voters must register by Friday to access the new ballot.",
    "More than 200 people attended the meeting.",
    "He was quoted as saying the deal was 'done' [sic].",
    "Read the report and you will see why, she said.",
    "LATE NIGHT VOTE",
    "4",
    "Pure theatre.",
]


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_lines_that_look_like_clutter_stay(line: str) -> None:
    cleaned = clean_text(_article(line), None, CleanConfig())
    assert line in cleaned.paragraphs
    assert clutter_kind(line) is None and line_kind(line) is None
