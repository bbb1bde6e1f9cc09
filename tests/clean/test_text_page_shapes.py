"""Clutter `clean.text.clean_text` removes from a whole page while the article stays (issue #16): captions
with credits or cut off, names under pictures, reader polls, comment sections, widgets, breadcrumbs ending in the cut
title, labelled teasers, a weather alert's stamp row; and the previous-story markers, tip lines, numbered lists and
update notes that stay. Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.boilerplate import candidates
from newsprism.clean.text import clean_text, labelled_teaser, rule_verdicts
from newsprism.config import CleanConfig


def test_a_bracketed_credit_caption_goes_and_the_article_stays() -> None:
    caption = "Divers search the water near the north pier. (Kim Wu/for Harbour Daily News)"
    cleaned = clean_text(_article(caption, where="header"), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]
    assert ("caption", caption) in [(r.reason, r.text) for r in cleaned.removed]


def test_a_labelled_teaser_inside_the_body_goes() -> None:
    teaser = "DISTURBING: $1 million bond for man accused in pier attack"
    cleaned = clean_text(_article(teaser), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]
    assert ("related", teaser) in [(r.reason, r.text) for r in cleaned.removed]


def test_a_title_line_of_the_teasers_shape_stays_the_title() -> None:
    title = "HPD: Boat death on the north pier ruled accidental"
    cleaned = clean_text("\n\n".join([title, LEAD, MIDDLE, LAST]), None, CleanConfig())
    assert cleaned.found.title == title and cleaned.paragraphs == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize("line", ["SILENCE: A 'HARBOUR PROBLEM'", "UPDATE: Divers found the boat near the north pier",
                                  "ROAD RAGE: On May 2, a deputy was sent to the quay road after a driver called."])
def test_capital_sub_headings_update_markers_and_blotter_entries_are_no_teasers(line: str) -> None:
    assert not labelled_teaser(line)


def test_a_station_credited_caption_goes_and_the_article_stays() -> None:
    caption = "A neighbour filmed the boat as it drifted from the quay. 9News"
    cleaned = clean_text(_article(caption, where="header"), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]
    assert ("caption", caption) in [(r.reason, r.text) for r in cleaned.removed]


def test_a_gallery_of_cut_off_captions_goes_and_the_article_stays() -> None:
    captions = ["Divers search the water near the north pier on...",
                "The harbourmaster points at the broken rail of...",
                "A neighbour films the boat as it drifts away from…"]
    cleaned = clean_text(_article(*captions, where="footer"), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]
    assert {r.text for r in cleaned.removed} >= set(captions)


def test_one_or_two_cut_off_lines_stay() -> None:
    cut = ["The council will meet again on Friday to discuss the...", "Brenner said the pier would reopen when…"]
    cleaned = clean_text(_article(*cut), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, *cut, MIDDLE, LAST]


COMMENT = "I have lived by the harbour for forty years and the council never listens to anyone who works on the boats."


REPLY = "The budget is a waste of money and everyone on the quay knows it, so why vote for it at all this year?"


def _clean(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned = clean_text(text, None, CleanConfig())
    return cleaned.paragraphs, [(r.reason, r.text) for r in cleaned.removed]


def test_comment_section_under_a_header_goes() -> None:
    text = _article("Reader Comments", "Posted: Tuesday, March 4, 2014", "Article comment by: Kim Wu", COMMENT,
                    "Posted: Saturday, March 1, 2014", "Article comment by: Ola Berg", REPLY, where="footer")
    kept, removed = _clean(text)
    assert kept == [LEAD, MIDDLE, LAST]
    assert ("comments", COMMENT) in removed and ("comments", REPLY) in removed


def test_comment_section_by_its_signatures_alone() -> None:
    kept, _ = _clean(_article("Kim Wu says:", COMMENT, "Reply", "Ola Berg says:", REPLY, "Reply", where="footer"))
    assert kept == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize("lines", [
    ("Comments", COMMENT),  # a header with no comment's signature under it
    ("Kim Wu says:", COMMENT),  # one signature: a lead-in to a quote
])
def test_no_comment_section_without_its_structure(lines: tuple[str, ...]) -> None:
    kept, _ = _clean(_article(*lines, where="footer"))
    assert COMMENT in kept


def test_comment_header_above_the_article_takes_nothing() -> None:
    kept, _ = _clean(_article("12 Comments", "Reply", where="header"))
    assert kept == [LEAD, MIDDLE, LAST]


def test_cut_off_caption_above_the_lead_goes() -> None:
    caption = "Divers gather at the north pier where they..."
    kept, removed = _clean("\n\n".join(["Council approves harbour budget", caption, LEAD, MIDDLE, LAST]))
    assert kept == [LEAD, MIDDLE, LAST] and ("caption", caption) in removed


def test_article_cut_off_at_its_end_stays() -> None:
    last = "The clerk said the vote followed a dispute at the meeting the..."
    kept, _ = _clean("\n\n".join(["Council approves harbour budget", LEAD, MIDDLE, last]))
    assert last in kept


@pytest.mark.parametrize("label", ["Kim Wu.", "41-year old Ola Berg.", "Ada Brenner, 2."])
def test_name_under_a_picture_goes(label: str) -> None:
    kept, removed = _clean("\n\n".join(["Council approves harbour budget", label, LEAD, MIDDLE, LAST]))
    assert kept == [LEAD, MIDDLE, LAST] and ("caption", label) in removed


@pytest.mark.parametrize("lines", [
    ("The boat was found at the corner of Quay Road and Dr.", "Harbour Way."),  # a sentence broken at 'Dr.'
    ("Harlan Park.",),  # a place
    ("KIM WU.",),  # capitals: a broadcast's line
])
def test_not_a_name_label(lines: tuple[str, ...]) -> None:
    kept, _ = _clean(_article(*lines))
    assert lines[-1] in kept


def test_cut_off_caption_run_into_the_lead_loses_only_the_caption() -> None:
    line = f"Photo: Kim Wu, The Harbour Gazette A diver sits on the north pier for a... {LEAD}"
    kept, removed = _clean("\n\n".join(["Council approves harbour budget", line, MIDDLE, LAST]))
    assert kept == [LEAD, MIDDLE, LAST]
    assert ("caption", "Photo: Kim Wu, The Harbour Gazette A diver sits on the north pier for a...") in removed


def test_a_weather_alert_stamp_row_goes() -> None:
    row = "Effective: April 4, 2016 at 9:10pmExpires: April 5, 2016 at 11:00amTarget Area: North; South; Harbour"
    kept, removed = _clean(_article(row, where="footer"))
    assert kept == [LEAD, MIDDLE, LAST] and ("boilerplate", row) in removed


def test_a_caption_closed_by_a_credit_for_the_paper_goes() -> None:
    caption = "Firefighters hose down the burning boat on the north pier. (Jane Roe for The Lumo Courier)"
    cleaned = clean_text(_article(caption), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]
    assert [r.reason for r in cleaned.removed] == ["caption"]


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


def test_a_caption_with_its_credit_goes_and_the_article_stays() -> None:
    caption = "Neighbours gather at the quay after the storm. Kim Wu | Harbour News"
    paragraphs, removed = _clean(_article(caption, where="header"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert ("caption", caption) in removed


def test_an_update_marker_under_a_related_list_stays() -> None:
    links = ["Storm closes the north pier for a week", "Ferry resumes service after repairs"]
    note = "6:05 p.m.: The story was updated to add remarks by the harbourmaster."
    paragraphs, removed = _clean("\n\n".join([LEAD, MIDDLE, LAST, "ALSO", *links, "UPDATES:", note]))
    assert "UPDATES:" in paragraphs and note in paragraphs
    assert ("related", "ALSO") in removed
