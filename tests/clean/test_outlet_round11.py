"""Outlet cues of issue #16's batch-9 round: a site's brand among the names a title's site part joins by slashes or
after its description, a channel brand of one letter, a number and a network, an obituary platform's 'Published in
The Daily X on <date>', a wire's closing credits that make the page wire copy, more verbs of telling ('declined to
say more to', 'in an interview with', 'in a statement to') and a picture credit's bare middle initial.

Every text here was written for these tests: made-up call letters (KZZQ, KZZR), papers (The Portvale Citizen) and
people.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.outlet_cues import title_names
from newsprism.clean.outlet_mentions import mention_names
from newsprism.clean.outlet_names import media_like, site_brand
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlet_promos import promo_names
from newsprism.clean.outlets import text_credits

BODY = f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize(("title", "names"), [
    ("Two hurt in shooting - Portvale, North Portvale News & Weather KZZQ.com", ["KZZQ.com"]),
    ("Two hurt in shooting - NBC Portvale Now/KZZQ/KZZR Tri-Cities, Portvale, WA", ["NBC Portvale Now"]),
    ("Two hurt in shooting - ABC 12/34", ["ABC 12/34"]),  # a slash between channel numbers is the brand's own
    ("Two hurt in shooting - KZZQ 12 News", ["KZZQ 12"]),  # unchanged: a station's name after the title
])
def test_a_sites_brand_is_read_from_the_title(title: str, names: list[str]) -> None:
    assert title_names(title) == names


def test_the_site_brand_leaves_other_names_whole() -> None:
    assert site_brand("Portvale News & Weather") == "Portvale News & Weather"  # no brand after the description
    assert site_brand("Eyewitness News KZZQ") == "Eyewitness News KZZQ"  # a channel word is no description
    assert site_brand("Portvale/Harbourside") == "Portvale/Harbourside"  # no part is media-shaped


def test_a_letter_a_channel_number_and_a_network_is_a_channel_brand() -> None:
    assert media_like("Q12FOX") and media_like("K7Fox")
    assert not media_like("Q12") and not media_like("B52s")
    signed = "Police say more arrests will follow. — Jane Roe Q12Fox (@JaneRoeQ12) May 2, 2016"
    assert outlet_of(f"Two hurt in Portvale shooting\n\n{BODY}\n\n{signed}") == ("Q12Fox", "mention")


@pytest.mark.parametrize(("line", "names"), [
    ("Obituary Published in Portvale Citizen on August 3, 2015 | Sign the Guest Book",
     ["Portvale Citizen"]),
    ("Published in The Portvale Herald-Star from June 2 to June 4, 2016", ["The Portvale Herald-Star"]),
    ("The study, published in the Portvale Journal of Medicine on Monday, found fewer injuries.", []),
    ("The findings were published in Portvale Medicine on March 3, 2016.", []),  # not media-shaped: a journal
])
def test_an_obituary_platforms_notice_names_the_paper(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


def test_a_wires_closing_credits_make_the_page_wire_copy() -> None:
    told = "\"We heard three shots,\" Jane Roe told the Daily Portvalian. \"Then everyone ran.\""
    page = f"Gunman kills six in college town\n\n{BODY}\n\n{told}"
    assert outlet_of(page)[0] == "Daily Portvalian"  # told once and nothing else: the weakest evidence still names it
    signed = "(Additional reporting by Jane Roe, John Doe; Writing by Ann Poe; Editing by Bo Lee)"
    assert outlet_of(f"{page}\n\n{signed}") == (None, None)
    assert text_credits([LEAD, told, "(Reporting by Jane Roe; Editing by Bo Lee)"]).outlets == []
    # a line merely mentioning reporting is no signature
    assert text_credits([LEAD, told, "Jane Roe said the reporting by the Daily Portvalian was fair."]).outlets


@pytest.mark.parametrize(("line", "names"), [
    ("The coach would not say much to the Portvale Tribune.", ["Portvale Tribune"]),
    ("In an interview with KZZQ on Friday, the chief said patrols would grow.", ["KZZQ"]),
    ("In a statement to The Portvalian, the school said classes would resume.", ["The Portvalian"]),
    ("The gunman is said to be a longtime Portvale Tribune reader.", []),  # 'said to be' tells no outlet anything
    ("In an interview with Jane Roe, the chief said patrols would grow.", []),  # a person, not an outlet
])
def test_more_verbs_of_telling_name_the_outlet_told(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


def test_a_picture_credit_with_a_bare_middle_initial_is_a_national_outlets_own() -> None:
    assert photo_names("(Photo: Jane Q Roe, USA TODAY)") == ["USA TODAY"]
    assert photo_names("(Photo: USA TODAY)") == []  # alone: any page's wire picture


@pytest.mark.parametrize(("title", "names"), [
    ("KPZD still looking into death of boy, 4, on Elm Row", []),  # a headline opening with a police force's initials
    ("KZZQ reports man hurt in Route 9 crash this morning", []),
    ("KZZQ 12 News", ["KZZQ 12"]),  # a title that is only the site's name still names it
    ("The Portvale Press.", ["The Portvale Press"]),
])
def test_a_title_is_the_sites_name_only_when_it_is_nothing_else(title: str, names: list[str]) -> None:
    assert title_names(title) == names


def test_a_copyright_mark_before_a_captions_sentence_names_no_outlet() -> None:
    caption = "© Jane Roe, 24, was killed in a Portvale shooting Saturday evening. Two others were hurt."
    assert outlet_of(f"One dead in Portvale shooting\n\n{caption}\n\n{BODY}") == (None, None)
    assert outlet_of(f"One dead in Portvale shooting\n\n{BODY}\n\n© 2016 KZZQ. All rights reserved.")[0] == "KZZQ"


def test_a_lists_title_is_no_outlet() -> None:
    assert not media_like("Top 3 News Stories Every Morning")
    assert promo_names("Get The Top 3 News Stories Every Morning in Your Inbox") == []
    assert media_like("Fox 2 News Headlines") and media_like("KZZQ 5 News")


@pytest.mark.parametrize(("line", "names"), [
    ("Posted by Jane Roe, KZZQ", ["KZZQ"]),
    ("By Jane Roe - KZZQ 5", ["KZZQ 5"]),
    ("By Jane Roe and John Doe, The Portvale Tribune", ["The Portvale Tribune"]),
    ("By: Jane Roe, Portvale Tribune Staff Writer", ["Portvale Tribune"]),
    ("By Jane Roe, Staff Writer, The Portvale Tribune", ["The Portvale Tribune"]),
    ("By Jane Roe of the Portvale Tribune", ["Portvale Tribune"]),
    ("BY JANE ROE The Portvale Tribune", ["The Portvale Tribune"]),
    ("By Jane Roe, KZZQ News Updated: Feb 6, 2017", ["KZZQ News"]),
    ("By Jane Roe, Associated Press", []),  # a wire is a credit
    ("By Jane Roe, Staff Writer", []),
    ("By Jane Roe, Portvale", []),  # a place
    ("BY JANE ROE Staff Writer", []),
])
def test_a_bylines_outlet_after_the_writer(line: str, names: list[str]) -> None:
    found = text_credits(["Two hurt in shooting", line, LEAD]).outlets
    assert [e.name for e in found] == names and all(e.source == "line" for e in found)


@pytest.mark.parametrize(("line", "names"), [
    ("Subscribe to receive PortAlert messages from Portvale Police Dept.", ["PortAlert"]),
    ("Subscribe to receive KZZQ alerts on your phone.", ["KZZQ"]),
    ("Subscribe to receive Amber alerts from the state.", []),  # a plain word: no platform's name
])
def test_a_release_platforms_subscription_box_names_it(line: str, names: list[str]) -> None:
    assert promo_names(line) == names
