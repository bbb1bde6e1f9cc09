"""Shapes read on batch 6 of the gunviolence dev labels (issue #16): reader polls, named photo credits, video
introductions, live-coverage promos, coverage headers, redirect notices, agency bios, breadcrumbs that end in the cut
title, tip-line appeals that lost their period, and posts written in capitals. Texts written for the test, no
publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.boilerplate import candidates, sentence_case
from newsprism.clean.text import clean_text, rule_verdicts
from newsprism.clean.widgets import widget_kind
from newsprism.config import CleanConfig


def _clean(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned = clean_text(text, None, CleanConfig())
    return cleaned.paragraphs, [(r.reason, r.text) for r in cleaned.removed]


POLL = ["1. Yes. The new pier fees are too high for the fishing fleet to pay.",
        "2. No. The harbour needs the money to repair the storm damage.",
        "3. Unsure. There are good arguments on both sides of the vote."]


def test_a_reader_polls_answers_go_with_its_buttons() -> None:
    paragraphs, removed = _clean(_article(*POLL, "Vote", "View Results", where="footer"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert [kind for kind, text in removed if text in POLL] == ["promo"] * 3


def test_a_numbered_list_of_the_article_stays() -> None:
    items = ["1. The north pier stays closed until Friday.", "2. The ferry runs from the south quay.",
             "3. Fishing boats may moor at the old customs house."]
    paragraphs, _ = _clean(_article("The harbour office listed three changes:", *items))
    assert all(item in paragraphs for item in items)


@pytest.mark.parametrize(("line", "kind"), [
    ("Volunteers clear the quay road after the storm on Monday morning. Kim Wu photo/", "caption"),
    ("Channel 9's Jane Roe explains what the harbour office wants boat owners to check.", "media"),
    ("KZZQ's Ola Berg has the story.", "media"),
    ("Our team heads to the council vote tonight to bring you the latest. The vote streams live on "
     "kzzq.example.com.", "promo"),
    ("Earlier coverage:", "related"),
    ("Image 3 of 12 Divers search the water near the north pier on Monday morning.", "caption"),
    ("KZZQ News 9 will provide updates once the divers report back.", "promo"),
    ("As more information becomes available, 9 News will update this article.", "promo"),
    ("KZZQ's Ola Berg Reports:", "media"),
    ("This Gull link is now redirecting you to http://harbour.example/story Press the back button to stay "
     "on the page you came from", "link"),
    ("Harbour News Service The Harbour News Service covers the coast from the delta to the cape. For more "
     "information about our services, please contact us. desk@harbour.example Follow @HarbourNews", "footer"),
])
def test_batch6_widget_shapes(line: str, kind: str) -> None:
    paragraphs, removed = _clean(_article(line, where="footer" if kind != "caption" else "header"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert (kind, line) in removed


@pytest.mark.parametrize("line", [
    "Channel 9's Jane Roe reports that the harbourmaster said the pier would stay closed until Friday.",
    "Channel 9's Jane Roe reports officers led a fisherman off the ferry deck.",
    "The Harbour County Sheriff's Office reports finding two boats adrift near the pier.",
    "The mayor asked residents to follow the council's advice and keep away from the quay photo booth",
    "Previous story:",
    "Police will provide more information when they brief the press on Tuesday.",
])
def test_body_lines_like_the_new_shapes_are_no_widgets(line: str) -> None:
    assert widget_kind(line, len(line.split())) is None


def test_a_breadcrumb_ending_in_the_cut_title_goes() -> None:
    crumb = "Home Daily News Storm closes the north pier for…"
    text = "\n\n".join([crumb, "Storm closes the north pier for a week", LEAD, MIDDLE, LAST])
    paragraphs, removed = _clean(text)
    assert ("breadcrumb", crumb) in removed
    assert paragraphs == [LEAD, MIDDLE, LAST]


def test_a_previous_story_marker_stays_with_the_earlier_version() -> None:
    earlier = "A fishing boat sank near the north pier on Sunday night, the harbour office said."
    paragraphs, _ = _clean("\n\n".join([LEAD, MIDDLE, LAST, "Previous story:", earlier]))
    assert "Previous story:" in paragraphs and earlier in paragraphs


def test_a_closing_tip_line_that_lost_its_period_stays() -> None:
    tip = "The inquiry goes on. Anyone who saw the boat is urged to contact Det. Ola Berg at 555-0100"
    paragraphs, _ = _clean(_article(tip, where="footer"))
    assert tip in paragraphs
    verdicts = rule_verdicts(_article(tip, where="footer"), None, CleanConfig())
    asked = candidates(verdicts.lines, verdicts.kinds, verdicts.body[0], verdicts.body[-1])
    assert all(verdicts.lines[i].text != tip for i in asked)


POST = ("AROUND 4PM ON SATURDAY, HARBOUR POLICE AND THE LIFEBOAT CREW WERE CALLED TO THE NORTH PIER FOR A BOAT "
        "ADRIFT. A CHILD HAD CLIMBED INTO THE BOAT AND THE ROPE CAME LOOSE. THE CREW REACHED THE BOAT WITHIN MINUTES "
        "AND BROUGHT THE CHILD BACK TO THE QUAY. FAMILY MEMBERS WAITED AT THE HARBOUR OFFICE. PLEASE KEEP YOUR "
        "CHILDREN AWAY FROM THE PIER")


def test_a_long_post_in_capitals_is_never_the_classifiers_to_drop() -> None:
    verdicts = rule_verdicts("\n\n".join([LEAD, POST, LAST]), None, CleanConfig())
    asked = candidates(verdicts.lines, verdicts.kinds, verdicts.body[0], verdicts.body[-1])
    assert all(verdicts.lines[i].text != POST for i in asked)


def test_sentence_case() -> None:
    assert sentence_case("THE BOAT SANK. NO ONE WAS HURT.") == "The boat sank. No one was hurt."
    assert sentence_case("The Boat Sank.") == "The Boat Sank."
    assert sentence_case("WEBVTT >> THE BOAT SANK.") == "WEBVTT >> THE BOAT SANK."
