"""Widget clutter many outlets share, and the context rules: texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig


def _clean(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned = clean_text(text, None, CleanConfig())
    return cleaned.paragraphs, [(r.reason, r.text) for r in cleaned.removed]


WIDGETS = [
    # media: players, embeds, gallery links
    ("The harbour flooded on Monday night. Our reporter went to see. (Published Tuesday, March 4, 2025)",
     "middle", "media"),
    ("Having trouble viewing the video? Try turning off your ad blocker.", "header", "media"),
    ("[Video: Harbour council votes on the budget]", "middle", "media"),
    ("Photos: Flood waters reach the harbour road", "middle", "media"),
    ("Budget passes at last, finally — Kim Wu (@kimwu_reports) March 3, 2025", "middle", "media"),
    ("So sad to see the old pier go. –Facebook post", "middle", "media"),
    # promo: paywalls, app pitches, 'stay with us'
    ("Stay with the Harbour Gazette for the latest on this developing story.", "footer", "promo"),
    ("Keep checking HarbourNews.example for updates.", "footer", "promo"),
    ("This story will be updated.", "footer", "promo"),
    ("This Harbour Gazette report is premium content for members.", "header", "promo"),
    ("Already a print subscriber? Log in now.", "header", "promo"),
    ("Download the free Harbour Gazette app for the latest news.", "middle", "promo"),
    # newsletter and alert boxes, sign-in modals
    ("Get email notifications on Ada Brenner daily!", "header", "newsletter"),
    ("Your notification has been saved.", "header", "newsletter"),
    ("STAY INFORMED: Sign up here for the Gazette's morning emails", "middle", "newsletter"),
    ("Look for the verification email we mailed and use its link to activate your profile.", "header", "login"),
    # captions and credits
    ("The pier on Monday morning. (Source: Harbour Port Authority)", "middle", "caption"),
    ("The pier after the storm. (WXYZ-TV)", "middle", "caption"),
    ("Family photo", "middle", "caption"),
    ("Lars Eng/Getty Images", "middle", "caption"),
    ("Police say this photo shows the van seen near the pier.", "middle", "caption"),
    # share, links, related
    ("Like this: Like Loading...", "footer", "share"),
    ("Click here to read the first report on the harbour budget.", "middle", "link"),
    ("Related: Harbour fees to rise next year", "middle", "related"),
    # footers: copyright, contact lines, notes and sign-offs
    ("TM and © 2025 Harbour Radio Inc. All rights reserved. This broadcast text may not be published again.", "footer",
     "footer"),
    ("Ola Berg covers the harbour for the Gazette. Reach her at ola@gazette.example or 555-0100.", "footer",
     "footer"),
    ("Follow Ola Berg on Twitter @olaberg_news.", "footer", "footer"),
    ("Editor's note: An earlier version of this story gave the wrong date for the vote.", "footer", "footer"),
    ("Contributing: Kim Wu", "footer", "signoff"),
    ("ABSTRACT.", "header", "header"),
    ("9:05 p.m.", "middle", "date"),
]


@pytest.mark.parametrize(("line", "where", "kind"), WIDGETS)
def test_widget_line_is_removed_with_its_kind(line: str, where: str, kind: str) -> None:
    paragraphs, removed = _clean(_article(line, where=where))
    assert (kind, line) in removed
    assert paragraphs == [LEAD, MIDDLE, LAST]


BODY_LINES = [
    "Anyone with information is asked to call Harbour police at 555-0134.",
    "Stay calm, the mayor told residents as the water rose over the pier.",
    "The app was downloaded 5,000 times in its first week, the council said.",
    "She said the copyright dispute over the 1998 harbour mural was settled.",
    "Police released a photo of the van and asked drivers to check their cameras.",
    "Brenner is a former editor of the school paper, her campaign said.",
]


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_lines_with_widget_words_stay(line: str) -> None:
    paragraphs, _ = _clean(_article(line))
    assert paragraphs == [LEAD, line, MIDDLE, LAST]


def test_a_paragraph_printed_twice_further_down_collapses_to_one() -> None:
    paragraphs, removed = _clean(_article(MIDDLE, where="footer"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert removed == [("duplicate", MIDDLE)]


def test_a_video_title_above_its_blurb_goes_with_it() -> None:
    title = "Harbour Council Votes on the Budget"
    blurb = "The council voted on the budget on Monday night. (Published Monday, March 3, 2025)"
    paragraphs, removed = _clean(_article(title, blurb))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert [kind for kind, _ in removed] == ["media", "media"]


def test_the_pieces_of_an_embedded_post_go_with_its_signature() -> None:
    pieces = ["1/2 Thanks to everyone who helped at the pier &", "stayed late to move the boats",
              "out of the storm — Harbour Police (@HarbourPD) March 3, 2025"]
    paragraphs, removed = _clean(_article(*pieces))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert [kind for kind, _ in removed] == ["media"] * 3


def test_headlines_under_a_related_marker_go_even_with_periods() -> None:
    paragraphs, removed = _clean(_article("Related:", "Harbour Fees To Rise Next Year.",
                                          "Mayor Opens New Ferry Terminal.", where="footer"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert [kind for kind, _ in removed] == ["related"] * 3


def test_an_author_bio_closing_an_opinion_piece_goes() -> None:
    bio = "Ola Berg is a columnist for the Harbour Gazette and the author of two books on ports."
    paragraphs, removed = _clean(_article(bio, where="footer"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert removed == [("footer", bio)]


def test_a_wire_lead_opening_with_a_dateline_and_a_dash_is_kept() -> None:
    lead = "HARBOURTON, Maine (AP) — " + LEAD
    cleaned = clean_text("\n\n".join(["Harbour budget passes", lead, MIDDLE, LAST]), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]
    assert cleaned.found.dateline == "HARBOURTON"


def test_a_last_paragraph_without_its_period_is_kept() -> None:
    last = "The council meets again on the third of April at the old harbour hall"
    paragraphs, removed = _clean("\n\n".join([LEAD, MIDDLE, last, "Harbour Fees To Rise Next Year"]))
    assert paragraphs == [LEAD, MIDDLE, last]
    assert [kind for kind, _ in removed] == ["footer"]


def test_a_ten_item_list_closing_the_article_is_kept() -> None:
    items = [f"{name} Street" for name in
             ("Quay", "Mill", "Rope", "Anchor", "Salt", "Net", "Sail", "Dock", "Ferry", "Pier")]
    lead_in = "The streets that will be closed on Saturday are:"
    paragraphs, _ = _clean("\n\n".join([LEAD, MIDDLE, LAST, lead_in, *items]))
    assert paragraphs == [LEAD, MIDDLE, LAST, lead_in, *items]


def test_a_fact_box_closing_the_article_is_kept_and_its_date_is_not_the_article_s() -> None:
    box = ["Incident Information", "Date – March 3, 2025", "Type – Flood", "Victim Information",
           "Age – 41", "Sex – Female"]
    cleaned = clean_text("\n\n".join([LEAD, MIDDLE, LAST, *box, "Previous Years: 2023 | 2024"]), None,
                         CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST, *box]
    assert cleaned.found.published is None


@pytest.mark.parametrize(("line", "where", "kind"), [
    ("You've now read all the free harbour articles for this month.", "header", "promo"),
    ("Thanks, and we hope you enjoyed your free preview of HarbourGazette.example.", "header", "promo"),
    ("KZZQ9 will keep you updated through the night.", "footer", "promo"),
    ("Refresh this page and watch KZZQ News for updates.", "footer", "promo"),
    ("Advertisement - Continue Reading Below", "middle", "advertisement"),
    ("MORE HARBOUR NEWS:", "footer", "related"),
    ("Related Stories Harbour fees to rise next year Council votes on the pier", "footer", "related"),
    ("Breaking News Alerts", "footer", "newsletter"),
    ("--additional reporting from Kim Wu.", "footer", "signoff"),
])
def test_more_widget_families(line: str, where: str, kind: str) -> None:
    paragraphs, removed = _clean(_article(line, where=where))
    assert (kind, line) in removed
    assert paragraphs == [LEAD, MIDDLE, LAST]


def test_an_editors_note_on_an_update_is_the_storys_own() -> None:
    note = "Editor's note: This article has been updated to say the teenager will be tried as a juvenile."
    paragraphs, _ = _clean(_article(note, where="footer"))
    assert note in paragraphs


def test_a_note_cut_into_lines_by_its_links_goes_whole() -> None:
    note = "Editor's note: The mayor regularly\nignores\nthe harbour council and its votes."
    paragraphs, removed = _clean(_article(note, where="footer"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert [kind for kind, _ in removed] == ["footer"] * 3
