"""Shapes read on batch 8 of the gunviolence dev labels and on the leave-outlets-out misses of batches 1-8 (issue
#16): unbracketed picture credits, where a named person stands in a picture, 'Photo credit:', 'PREVIOUSLY: <headline>',
update markers with their time in brackets, closing picture sources ('(Facebook)'), a video's caption track,
registration modals, a broadcaster's FCC notice, streaming-device and archive promos, and the headings of an article's
own fact box. Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.boilerplate import candidates, edge_sentences
from newsprism.clean.context import update_marker
from newsprism.clean.rules import clutter_kind
from newsprism.clean.text import clean_text, rule_verdicts
from newsprism.config import CleanConfig


def _clean(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned = clean_text(text, None, CleanConfig())
    return cleaned.paragraphs, [(r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize(("line", "kind"), [
    ("Neighbours gather at the quay after the storm. Kim Wu | Harbour News", "caption"),
    ("The harbourmaster speaks at a news conference on Monday. Ola J. Berg / The Gull Times", "caption"),
    ("Two divers check the hull near the north pier. Ada Brenner for Coast Times", "caption"),
    ("KIM WU | Harbour Gazette Divers search the water near the north pier on Monday.", "caption"),
    ("Ada Brenner, left, hugs a neighbour outside the harbour office.", "caption"),
    ("Ola Berg (right) and Kim Wu are two of the divers who found the boat.", "caption"),
    ("Divers search the water near the north pier. Photo Credit: Harbour Gazette / Kim Wu", "caption"),
    ("PREVIOUSLY: Storm closes the north pier for a week", "related"),
    ("WEBVTT THE STORM HIT THE COAST JUST AFTER MIDNIGHT. KIM: THE PIER IS CLOSED.", "media"),
    ("Thank you for registering!", "login"),
    ("By signing up with the Gull Times you consent to our reader rules and the privacy terms .", "login"),
    ("The Gull 9 Public Inspection File can be read by appointment at the front desk.", "footer"),
    ("Be sure to watch KZZQ 9 on Roku for the latest news.", "promo"),
    ("Older reports are only available in our Daily Gull archives. Articles can be purchased for $1 each.", "promo"),
    ("ABC 9/FOX 12 will have updates as the search of the harbour goes on.", "promo"),
    ("Ola Berg, 41, was hurt on the pier, police said. (Facebook)", "caption"),
    ("The north pier is seen from the quay road. (Google Maps Street View)", "caption"),
    ("A boat drifted past the quay after the storm. KIM WU/STAFF", "caption"),
    ("The pier was closed on Monday, police said. View Full Caption Harbour Gazette/Kim Wu", "caption"),
    ("We look forward to seeing you at [site] often. Come back and sign in to change your details.", "login"),
    ("KZZQ News is working to find out more on the drifting boat.", "promo"),
    ("Crews are at the pier now. Refresh this page for updates.", "promo"),
    ("Watch our newscasts at no cost on the KZZQ 9 mobile app, and find us on Facebook.", "promo"),
])
def test_batch8_clutter_shapes(line: str, kind: str) -> None:
    assert clutter_kind(line) == kind


@pytest.mark.parametrize("line", [
    "NEW YORK | Police said the pier would stay closed until Friday.",
    "It was different, right, in part because the council had never voted so close.",
    "Previously: Police said the boat had drifted from the south quay.",
    "The council will have more details on Monday, the clerk said.",
    "Each boat owner needs a licence, which costs about $100 and can be purchased at the harbour office.",
    "The storm left the harbour road closed for two days.",
    "He wrote on his page (Facebook) that the crew was safe.",
    "Detectives are working to find out more on who owns the boat.",
])
def test_body_lines_like_the_batch8_shapes_stay(line: str) -> None:
    assert clutter_kind(line) is None


def test_a_caption_with_its_credit_goes_and_the_article_stays() -> None:
    caption = "Neighbours gather at the quay after the storm. Kim Wu | Harbour News"
    paragraphs, removed = _clean(_article(caption, where="header"))
    assert paragraphs == [LEAD, MIDDLE, LAST]
    assert ("caption", caption) in removed


@pytest.mark.parametrize("marker", ["Update (6:20 a.m. Sunday)", "Original story (10:35 p.m. Saturday)",
                                    "UPDATE (4/12 at 1:25 p.m.):"])
def test_update_markers_with_their_time_in_brackets(marker: str) -> None:
    assert update_marker(marker)


def test_a_bracketed_aside_is_no_update_marker() -> None:
    assert not update_marker("Update (see below)")


def test_the_heading_of_a_fact_box_is_never_the_classifiers_to_drop() -> None:
    rows = ["Name – Ola Berg", "Age – 41", "Address – 12 Quay Road"]
    text = "\n\n".join([LEAD, MIDDLE, "Victim Information", *rows, LAST])
    verdicts = rule_verdicts(text, None, CleanConfig())
    asked = candidates(verdicts.lines, verdicts.kinds, verdicts.body[0], verdicts.body[-1])
    assert all(verdicts.lines[i].text != "Victim Information" for i in asked)


def test_an_update_marker_under_a_related_list_stays() -> None:
    links = ["Storm closes the north pier for a week", "Ferry resumes service after repairs"]
    note = "6:05 p.m.: The story was updated to add remarks by the harbourmaster."
    paragraphs, removed = _clean("\n\n".join([LEAD, MIDDLE, LAST, "ALSO", *links, "UPDATES:", note]))
    assert "UPDATES:" in paragraphs and note in paragraphs
    assert ("related", "ALSO") in removed


def test_a_closing_tip_line_appeal_is_never_an_edge_sentence_to_ask() -> None:
    tip = "Anyone who saw the boat drift off should call Crime Stoppers at 555-0100."
    verdicts = rule_verdicts(_article(tip, where="footer"), None, CleanConfig())
    body = verdicts.body
    assert all(verdicts.lines[i].text != tip
               for i in edge_sentences(verdicts.lines, verdicts.kinds, body[0], body[-1]))
