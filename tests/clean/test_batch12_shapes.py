"""Shapes read on batch 12 of the gunviolence dev labels and on the unlabelled dev pages (issue #16): readers' comment
sections, captions cut off above the lead, a name under a picture, a caption opened by its picture's credit, a
cut-off caption run into the lead, the items a clause introduces with a colon, and a newsroom's closing promise and
contributors' line. Texts written for the test, no
publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.boilerplate import candidates
from newsprism.clean.lines import split_lines
from newsprism.clean.rules import clutter_kind
from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig

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


@pytest.mark.parametrize("line", [
    "Courtesy photo Kim Wu, 15, was hurt on the pier on Monday night.",
    "Courtesy KZZQ-TV/News 9 Ola Berg, 77, was sitting on the quay when the storm hit, officials say.",
    "THE GULL/KIM WU Enlarge | Buy This Photo A woman looks for her boat near the north pier.",
    "Kim Wu/Getty Images The pier was closed on Monday, the clerk said.",
    "Google Maps Divers searched the water near the north pier on Monday.",
])
def test_caption_opened_by_its_credit(line: str) -> None:
    assert clutter_kind(line) == "caption"


@pytest.mark.parametrize("line", [
    "Courtesy of the council's vote, the pier reopens on Monday.",  # no credit: lower case goes on
    "Democrats/Republicans split on the vote, the clerk said.",
])
def test_not_a_credit_opening(line: str) -> None:
    assert clutter_kind(line) != "caption"


def test_cut_off_caption_run_into_the_lead_loses_only_the_caption() -> None:
    line = f"Photo: Kim Wu, The Harbour Gazette A diver sits on the north pier for a... {LEAD}"
    kept, removed = _clean("\n\n".join(["Council approves harbour budget", line, MIDDLE, LAST]))
    assert kept == [LEAD, MIDDLE, LAST]
    assert ("caption", "Photo: Kim Wu, The Harbour Gazette A diver sits on the north pier for a...") in removed


def test_items_a_clause_introduces_are_not_the_models() -> None:
    lines = split_lines("\n\n".join([LEAD, "The victims were identified as:", "Kim Wu, 39, his mother,",
                                     "Ola Berg, 36, his stepfather, and", "Ada Brenner, 57.", MIDDLE, LAST]))
    kinds = [None] * len(lines)
    asked = candidates(lines, kinds, 0, len(lines) - 1)
    assert not {2, 3, 4} & set(asked)


def test_items_under_a_widget_lead_in_are_asked() -> None:
    lines = split_lines("\n\n".join([LEAD, MIDDLE, "Related stories:", "Storm closes the north pier for a week",
                                     LAST]))
    kinds = [None] * len(lines)
    assert 3 in candidates(lines, kinds, 0, len(lines) - 1)


@pytest.mark.parametrize(("line", "kind"), [
    ("You can count on 9News to keep you updated.", "promo"),
    ("KZZQ9 is working to bring you the latest on the quay fire.", "promo"),
    ("KZZQ9 will be following this story and will report back after the council meets.", "promo"),
    ("HarbourGull.com will continue to post new details from the quay tonight.", "promo"),
    ("— Please return to harbourgull.com for updates.", "promo"),
    ("Here's a look at how our storm coverage unfolded across the evening on KZZQ 9.", "promo"),
    ("Gazette reporters Kim Wu and Ola Berg contributed.", "signoff"),
    ("Harbour Sun reporter Kim Wu contributed to this article.", "signoff"),
    ("Associated Press writers Kim Wu and Ola Berg contributed to this report from Gull Bay.", "signoff"),
    ("Information for this story was gathered by two Gull Online staffers.", "signoff"),
])
def test_a_newsrooms_closing_lines(line: str, kind: str) -> None:
    assert clutter_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Police will continue to monitor the latest reports, the chief said.",
    "Her neighbours contributed to a fund for the family.",
    "Divers will continue to search the harbour on Tuesday.",
])
def test_not_a_newsrooms_closing_line(line: str) -> None:
    assert clutter_kind(line) is None


def test_a_gallerys_captions_under_its_label_go() -> None:
    caption = ("Gallery: Divers, front left, and a harbour pilot, front right, carry the boat's flag along the quay "
               "during a service for the two sailors lost in the storm last week, while neighbours look on from the "
               "pier and the council's members stand by the harbour office.")
    assert clutter_kind(caption) == "media"
