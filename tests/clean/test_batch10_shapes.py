"""Shapes read on batch 10 of the gunviolence dev labels and on the unlabelled dev pages (issue #16): bracketed
picture credits with any separator, a gallery slide's mid-line credit, video carousels and players, registration,
newsletter and comment forms, weather boxes, bracketed headlines, a reporter's telephone, an embedded post dated in
another language, the boxes of obituary, contact and social widgets, and update markers with the time first. Texts
written for the test, no publisher's text."""

from __future__ import annotations

import pytest
from short_article import LAST, LEAD, MIDDLE
from short_article import short_article as _article

from newsprism.clean.context import update_marker
from newsprism.clean.rules import clutter_kind
from newsprism.clean.text import clean_text, labelled_teaser
from newsprism.config import CleanConfig


@pytest.mark.parametrize(("line", "kind"), [
    ("Divers search the water near the north pier. (Kim Wu/for Harbour Daily News)", "caption"),
    ("Divers search the water near the north pier. (Kim Wu -- Coast Sentinel)", "caption"),
    ("Divers search the water near the north pier. (Kim Wu, Coast Sentinel)", "caption"),
    ("Divers search the water near the north pier. (Kim Wu /Coast Sun-Sentinel via AP)", "caption"),
    ("(Ola Berg — Gull)Monday May 2(Ola Berg — Gull)Divers search the water near the north pier.", "caption"),
    ("Divers at the pier. (Kim Wu/Gull Times) A diver comes up with a rope. (Ola Berg/Gull Times)", "caption"),
    ("Pier closed Kim Wu / Harbour Tribune Divers search the water near the north pier on Monday.", "caption"),
    ("Caption Pier closes after the storm Divers searched the water on Monday. (May 2, 2016)", "caption"),
    ("A diver comes up with a rope near the pier. Credit: KZZQ", "caption"),
    ("Storm closes the north pier Kim Wu reports playpause", "media"),
    ("Harbourmaster discusses the repairs - Produced by Ola Berg", "media"),
    ("Listen to the news conference:", "media"),
    ("Hear the harbourmaster describe the storm below:", "media"),
    ("Storm at the pier — Harbour Office (@harbouroffice) 25 mai 2016", "media"),
    ("When you tweet with a location, the app saves the place with the post.", "media"),
    ("Press the green key to set up your account, or sign in here when you have one.", "login"),
    ("No e-mail address was supplied, so we could not finish signing you up for Gull Times alerts.", "login"),
    ("Sorry, you have not selected any newsletters yet; tick at least one and send the form.", "newsletter"),
    ("NEWSLETTER: Get the harbour's headlines delivered daily", "newsletter"),
    ("Reader Comment Form Use the box below to submit your comments.", "comments"),
    ("Required Passcode:", "comments"),
    ("Gull Live commenting policy", "comments"),
    ("Leave a Reply", "comments"),
    ("Rain at times. High 58F. Winds NW at 15 to 25 mph. Chance of rain 60%.", "boilerplate"),
    ("Check back later for details.", "promo"),
    ("KZZQ 9 News has a team headed to the quay and will bring you more as we learn it.", "promo"),
    ("Get the Gull Times by home delivery each morning, with digital access thrown in.", "promo"),
    ("[OTHER NEWS: Ferry resumes service after repairs]", "related"),
    ("[Storm closes the north pier for a week]", "related"),
    ("What others are clicking on:", "related"),
    ("« Ferry resumes service   Council passes budget »", "link"),
    ("— kwu@harbour.example.org", "footer"),
    ("Call Kim Wu at 555-201-0100.", "footer"),
    ("Sign the guest book", "promo"),
    ("Phone: 555-201-0100", "footer"),
    ("KZZQ-TV is owned by Example Broadcasting Group.", "footer"),
    ("Like us on Facebook", "share"),
    ("Weather radar", "boilerplate"),
    ("MORE VIDEO Harbour police investigate a boat fire", "media"),
    ("+ 2 divers rescued near the north pier", "related"),
    ("Quick Clicks Ferry resumes service after repairs", "related"),
    ("KZZQ NEWS INVESTIGATES: How safe is the old ferry ramp?", "related"),
    ("The Gull Journal is a media partner of KZZQ.", "footer"),
    ("Prints of any Gull Times photos can be ordered from the paper's online shop.", "promo"),
    ("More as information becomes available.", "promo"),
    ("Print this story", "share"),
    ("Subscribe to the Gull Times", "promo"),
])
def test_batch10_clutter_shapes(line: str, kind: str) -> None:
    assert clutter_kind(line) == kind


@pytest.mark.parametrize("line", [
    "(Harbour County, GA) The sheriff's office said the boat had drifted from the south quay.",
    "Call Crime Stoppers at 555-201-0100.",
    "Contact the Harbour Police Department at 555-201-0100.",
    "[Editor's note: This story was updated with the harbourmaster's comments.]",
    "[Update: The pier reopened on Friday.]",
    "His sister set up an account to pay for the boat's repairs.",
    "The boat is owned by his father.",
    "Weather",
    "Police said the storm was the worst in a decade (Kim Wu, the harbourmaster, agreed).",
    "Listen, the harbourmaster said, the pier will open again.",
    "+ 2 eggs.",
    "More divers arrived as the storm eased.",
    "Subscribe to the Gull Times for more, the clerk said.",
])
def test_body_lines_like_the_batch10_shapes_stay(line: str) -> None:
    assert clutter_kind(line) is None


def test_a_bracketed_credit_caption_goes_and_the_article_stays() -> None:
    caption = "Divers search the water near the north pier. (Kim Wu/for Harbour Daily News)"
    cleaned = clean_text(_article(caption, where="header"), None, CleanConfig())
    assert cleaned.paragraphs == [LEAD, MIDDLE, LAST]
    assert ("caption", caption) in [(r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize("marker", ["8:45 p.m. update", "4:20 P.M. UPDATE:"])
def test_update_markers_with_the_time_first(marker: str) -> None:
    assert update_marker(marker)


def test_a_sentence_opening_with_a_time_is_no_update_marker() -> None:
    assert not update_marker("8:45 p.m. updates were given to the council")


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
