"""Outlet and date cues of issue #16's seed-37 round (h16outlets): a source who spoke 'exclusively' to a station,
showed it something or sent it a message names it; a name ends where a sentence runs on without its space ('KZZQ
News.Officers ...'); an AM station keeps its dial position ('1290 WZZQ'); a copyright line keeps a site's '.com'; an
international dateline with its date, time and credit ('Portvale, Aug 21, 2010 / 04:35 pm (PNA).- ...') credits the
outlet and dates the page; a reader's comment stamp under a user name dates nothing; a byline 'By Jane Roe, KZZQ News,
Portvale' names the outlet before the place; 'Source: KZZQ and news agencies' is the outlet's own story; an agency's
full name ('Thomson Reuters') is the agency; a newsletter box ('Sign up for KZZQ 2 newsletters') names the outlet; a
radio name closing with 'FM' is media-shaped; a station at work on the story ('KZZQ 5 is working to learn more'), a
'follow KZZQ on Twitter' prompt, a 'Posted by KZZQ Web Staff' credit and a dateline 'PORTVALE, Ore. — (KZZQ)' name it.

Every text here was written for these tests: made-up call letters (KZZQ, WZZQ), places (Portvale) and people.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.dates import publication_date
from newsprism.clean.metadata import agency
from newsprism.clean.outlet_bylines import byline_outlet
from newsprism.clean.outlet_copyright import copyright_names
from newsprism.clean.outlet_mentions import mention_names
from newsprism.clean.outlet_names import media_like, trim
from newsprism.clean.outlet_promos import promo_names
from newsprism.clean.outlets import credit_line_names, dateline_credit

BODY = f"{LEAD}\n\n{MORE}"
PROSE = ("The harbour board met on Friday to name a new pilot for the winter months, its chair said in a short "
         "statement handed to the crews waiting outside.")


@pytest.mark.parametrize("line, names", [
    ("Now the grocer is speaking exclusively to Portvale Action News about the night.", ["Portvale Action News"]),
    ("A cousin has exclusively revealed to the Portvale Ledger that the pair had argued.", ["Portvale Ledger"]),
    # without 'exclusively' a plain 'spoke to' reads the same; an adverb other than 'exclusively' reads nothing
    ("The grocer spoke to KZZQ about the night.", ["KZZQ"]),
    ("The grocer spoke briefly to KZZQ about the night.", []),
    ("The grocer showed KZZQ News the cracked glass of her door.", ["KZZQ News"]),
    ("In a text message sent to Channel 9 from the ward, the cousin thanked the nurses.", ["Channel 9"]),
    ("The footage showed two officers walking past the door.", []),
])
def test_an_exclusive_interview_names_the_station(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


@pytest.mark.parametrize("name, trimmed", [
    ("KZZQ News.Officers", "KZZQ News"),
    ("St.Portvale Ledger", "St.Portvale Ledger"),  # no three lower-case letters before the period: no sentence break
    ("1290 WZZQ", "1290 WZZQ"),
    ("1290 WZZQ-AM on", "1290 WZZQ-AM"),
    ("216 WZZQ", "WZZQ"),  # outside the AM band: a mistyped year, dropped
    ("2400 WZZQ", "WZZQ"),
])
def test_a_name_ends_at_a_glued_sentence_and_keeps_a_dial_position(name: str, trimmed: str) -> None:
    assert trim(name) == trimmed


def test_a_dial_position_stays_in_a_mention() -> None:
    assert set(mention_names("the clerk told 1290 WZZQ’s Jane Roe.")) == {"1290 WZZQ"}  # told and possessive


@pytest.mark.parametrize("line, names", [
    ("Copyright 2016 by KZZQ Local7.com - All rights reserved.", ["KZZQ Local7.com"]),
    ("Copyright 2016 by Portvale.com. All rights reserved.", ["Portvale.com"]),
    ("© 2016 KZZQ. All rights reserved.", ["KZZQ"]),
])
def test_a_copyright_keeps_the_sites_domain(line: str, names: list[str]) -> None:
    assert copyright_names(line)[0] == names


@pytest.mark.parametrize("line, credit", [
    ("Portvale, Aug 21, 2010 / 04:35 pm (PNA).- The harbour board met on Friday.", "PNA"),
    ("Lake Portvale, Mar 3, 2015, 11:02 am (KZZQ) - The harbour board met on Friday.", "KZZQ"),
    ("Portvale, Aug 21, 2010 (KZZQ) - The harbour board met on Friday.", "KZZQ"),
    ("Jane Roe, Aug 21, 2010 (Photo) - The harbour board met on Friday.", None),
])
def test_an_international_dateline_with_its_date_credits_the_outlet(line: str, credit: str | None) -> None:
    assert dateline_credit(line)[0] == credit


@pytest.mark.parametrize("top, iso", [
    ("Portvale, Aug 21, 2010 / 04:35 pm (PNA).- " + PROSE, "2010-08-21"),
    ("Lake Portvale, Mar 3, 2015 (KZZQ) - " + PROSE, "2015-03-03"),
    ("PNN | Oct 3, 2012, 07.12AM IST\n" + PROSE, "2012-10-03"),
    ("PNN Oct 3, 2012 07:12 PM GMT\n" + PROSE, "2012-10-03"),
    # a reader's comment under a user name is not the page's stamp
    ("jane_roe77 Mar 9, 2014 8:41 PM\n2 1\n" + PROSE, None),
    ("portvalereader1985 Mar 9, 2014 8:41 PM\n" + PROSE, None),
    ("Harbour Board News Mar 9, 2014 8:41 PM\n" + PROSE, "2014-03-09"),
])
def test_international_stamps_and_comment_stamps(top: str, iso: str | None) -> None:
    stated = publication_date(f"Harbour board names a pilot\n{top}")
    assert (stated.iso[:10] if stated else None) == iso


def test_a_page_whose_source_spoke_exclusively_to_the_station() -> None:
    text = f"Grocer hurt in east end gunfire\n\n{LEAD} The grocer is speaking exclusively to KZZQ News.\n\n{MORE}"
    assert outlet_of(text)[0] == "KZZQ"  # call letters + "News" name the station (round 19)


@pytest.mark.parametrize("line, outlet", [
    ("By Jane Roe, Portvale Radio News, Lake Portvale", ["Portvale Radio News"]),
    ("By Jane Roe, KZZQ News, Portvale", ["KZZQ News"]),
    # a second writer, a role, a place or an agency between the commas is no outlet
    ("By Jane Roe, John Doe, Portvale", []),
    ("By Jane Roe, Staff Writer, Portvale", []),
    ("By Jane Roe, Associated Press, Portvale", []),
])
def test_a_byline_naming_the_outlet_before_a_place(line: str, outlet: list[str]) -> None:
    assert byline_outlet(line) == outlet


@pytest.mark.parametrize("line, names", [
    ("Source: Portvale TV and news agencies", ["Portvale TV"]),
    ("KZZQ News and agencies", ["KZZQ News"]),
    ("Source: Portvale Police and residents", []),
])
def test_an_outlets_own_story_with_agency_copy(line: str, names: list[str]) -> None:
    assert credit_line_names(line) == names


@pytest.mark.parametrize("name, canonical", [
    ("Thomson Reuters", "Reuters"), ("Press Trust of India", "PTI"), ("The Canadian Press", "The Canadian Press"),
    ("Portvale Press", None),
])
def test_an_agencys_full_name_is_the_agency(name: str, canonical: str | None) -> None:
    assert agency(name) == canonical


def test_an_agencys_copyright_is_a_credit_not_the_outlet() -> None:
    text = f"Grocer hurt in east end gunfire\n\n{BODY}\n\n© Thomson Reuters 2014"
    assert outlet_of(text)[0] is None


@pytest.mark.parametrize("line, names", [
    ("Sign up for KZZQ 2 newsletters to hear about storms first.", ["KZZQ 2"]),
    ("Sign up to The Portvale Ledger's morning email.", ["The Portvale Ledger"]),
    ("Sign up here for our Latest Headlines letters.", []),
    ("Sign up for Top Stories headlines today.", []),  # section words only: no outlet
])
def test_a_newsletter_box_names_the_outlet(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


@pytest.mark.parametrize("name, media", [("Portvale FM", True), ("FM 1960", False), ("Portvale", False)])
def test_a_radio_station_closing_with_fm_is_media_shaped(name: str, media: bool) -> None:
    assert media_like(name) is media


@pytest.mark.parametrize("line, names", [
    ("KZZQ 5 is working to learn more about the two men.", ["KZZQ 5"]),
    ("Portvale Action News has a crew at the park and will bring you more.", ["Portvale Action News"]),
    ("KZZQ is on the scene.", ["KZZQ"]),
    ("The county is working to learn more about the two men.", []),
])
def test_a_station_at_work_on_the_story_is_named(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("For more news, follow KZZQ on Twitter.", ["KZZQ"]),
    ("Follow Jane Roe on Twitter.", []),
])
def test_a_follow_prompt_of_a_media_name(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("Posted by KZZQ Web Staff", ["KZZQ"]),
    ("By: KZZQ 5 Digital Team", ["KZZQ 5"]),
    ("By Jane Roe, Staff", []),
])
def test_a_web_staff_credit_line(line: str, names: list[str]) -> None:
    assert credit_line_names(line) == names


def test_a_dateline_with_a_dash_before_its_credit() -> None:
    assert dateline_credit("PORTVALE, Ore. — (KZZQ) Two men were hurt late on Saturday.")[0] == "KZZQ"
