"""Shapes read on batch 11 of the gunviolence dev labels and on the unlabelled dev pages (issue #16, round 13): a
caption closed by a station's or a social site's name, a pointer to the printed paper, a reporter's contact row, a
comment section's standing rules, a newsroom's 'follow us' prompt, and a lead-in clause that names a business in
capitals. Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.boilerplate import candidates
from newsprism.clean.rules import clutter_kind
from newsprism.clean.text import clean_text, rule_verdicts
from newsprism.config import CleanConfig


@pytest.mark.parametrize(("line", "kind"), [
    ("Divers search the water near the north pier on Monday. KZZQ", "caption"),
    ("A neighbour filmed the boat as it drifted from the quay. 9News", "caption"),
    ("The harbourmaster points at the broken rail. WKZQ-TV", "caption"),
    ("Divers search the water near the north pier. Facebook", "caption"),
    ("For more on the pier fire, read Thursday's Gull.", "promo"),
    ("For the full story, see Sunday's Harbour Times.", "promo"),
    ("— Reporter: 555-201-0100, kwu@harbour.example.org", "footer"),
    ("Writer: kwu@harbour.example.org", "footer"),
    ("New comments are accepted for ten days after a post appears. Moderators reserve the right to remove any comments "
     "they like.", "comments"),
    ("Type the five letters in the box below. This is an anti-SPAM device.", "comments"),
    ("We'll follow this developing story through the night.", "promo"),
    ("Keep following Gull 9 for the newest developments on the pier.", "promo"),
    ("Stick with us for updates.", "promo"),
    ("KZZQ has a reporter on the scene now; stick with us through the evening.", "promo"),
    ("- Using our app? Tap here to watch the video", "promo"),
    ("Gull News is tracking the storm. Read the latest at gullnews.example.com/storm.", "promo"),
    ("Receive each new update on your memorial page by email.", "share"),
    ("KZZQ-TV is part of Example Television Stations, a division of Example Corp. and one of the largest groups.",
     "footer"),
    ("Gull Radio Welcome to Gull Radio on ExampleGull.com! Gull Radio has joined forces with the local stations.",
     "footer"),
    ("Each reader posts at their own risk, and by using gull.example.com you agree to the house rules below.",
     "comments"),
    ("Readers who need help opening the Gull 9 Public Inspection File may write to the front desk at the address "
     "printed at the foot of this page. Any trouble with that file can also be raised by phone with our help desk.",
     "footer"),
])
def test_batch11_clutter_shapes(line: str, kind: str) -> None:
    assert clutter_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The harbourmaster said the boat belonged to KZZQ.",
    "Divers searched the water, police said. It was 9 p.m.",
    "For more than a decade, the pier was closed on Tuesday's holiday.",
    "Reporters were kept away from the pier.",
    "The council said it will follow the storm's damage for more than a year.",
    "No other details were released. Stay with KZZQ for updates.",
    "The woman told the diver to stay with her as the boat sank.",
    "The pier is part of the old harbour, which the council rebuilt in 1990.",
    "The two crews joined forces with the coast guard to search the water.",
])
def test_body_lines_like_the_batch11_shapes_stay(line: str) -> None:
    assert clutter_kind(line) is None


def test_a_station_credited_caption_goes_and_the_article_stays() -> None:
    caption = "A neighbour filmed the boat as it drifted from the quay. 9News"
    cleaned = clean_text(_article(caption, where="header"), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]
    assert ("caption", caption) in [(r.reason, r.text) for r in cleaned.removed]


def test_a_lead_in_clause_naming_a_business_is_never_the_classifiers() -> None:
    lead_in = "So, too, was the front window of The Harbour Bait Shop:"
    text = _article(lead_in, "A diver at the broken window. 9News")
    verdicts = rule_verdicts(text, None, CleanConfig())
    index = next(i for i, line in enumerate(verdicts.lines) if line.text == lead_in)
    assert verdicts.kinds[index] is None
    assert index not in candidates(verdicts.lines, verdicts.kinds, verdicts.body[0], verdicts.body[-1])


def test_a_title_case_label_with_a_colon_stays_a_candidate() -> None:
    label = "More From The Harbour Desk Today:"
    text = _article(label)
    verdicts = rule_verdicts(text, None, CleanConfig())
    index = next(i for i, line in enumerate(verdicts.lines) if line.text == label)
    assert verdicts.kinds[index] is not None or index in candidates(verdicts.lines, verdicts.kinds,
                                                                     verdicts.body[0], verdicts.body[-1])


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
