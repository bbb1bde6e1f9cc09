"""Outlet and date cues (issue #16): a known outlet's name after the title, a writer's
outlet under a name-only byline, a reporter's post signature, a caption opening with its credit, the outlet's own
teams and prompts; bylines, datelines and headers that state the date.

Every text here was written for these tests: made-up call letters (KZZQ, WQXB), papers (The Harbour Gazette) and
people. 'Al Jazeera' and 'The Guardian' are names of the packaged domain table, read as site names.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.dates import publication_date
from newsprism.clean.outlet_cues import stamp_site, title_names
from newsprism.clean.outlet_names import media_like
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlet_signatures import handle_names
from newsprism.clean.outlet_table import known_name
from newsprism.clean.outlets import mention_names, text_credits

BODY = f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize(("title", "names"), [
    ("Gunman kills three at market | Al Jazeera", ["Al Jazeera"]),
    ("Two hurt in shooting | World news | The Guardian", ["The Guardian"]),
    ("Al Jazeera", ["Al Jazeera"]),
    ("Two hurt in shooting - Reuters", []),  # a wire is a credit, never the outlet
    ("Two hurt in shooting - Portvale Community Centre", []),  # neither a known name nor media-shaped
])
def test_a_known_outlets_name_after_the_title_names_it(title: str, names: list[str]) -> None:
    assert title_names(title) == names


def test_known_names_ignore_case_and_a_leading_the() -> None:
    assert known_name("the guardian") and known_name("AL JAZEERA")
    assert not known_name("Portvale Community Centre") and not known_name("")
    # a name the table writes with 'The' needs it: 'South African' is an adjective, 'The South African' a paper
    assert known_name("The South African") and not known_name("South African")


def test_a_channel_number_before_the_network_in_capitals_is_a_brand() -> None:
    assert media_like("41NBC") and media_like("13ABC") and media_like("13abc")


@pytest.mark.parametrize(("line", "names"), [
    ("The KZZQ Investigators want to find out who owns the club.", ["KZZQ"]),
    ("If you are struggling, KZZQ encourages you to call the hotline.", ["KZZQ"]),
    ("There will be a news conference at 3 p.m., which WQXB7 plans to live stream.", ["WQXB7"]),
    ("Detectives encourage witnesses to phone them.", []),
])
def test_the_outlets_own_teams_and_prompts_name_it(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Officers at the scene. — Ola Berg WQXB (@OlaBerg_WQXB) February 6, 2017", ["WQXB"]),
    ("— Ola Berg Fox 5 (@Fox5Ola) June 3, 2016", ["Fox 5"]),
    ("— Portvale Police Dept. (@PortvalePD) June 3, 2016", []),  # an office's post names no outlet
    ("— Ola Berg NBC News (@OlaBerg) June 3, 2016", []),  # a national outlet everyone cites
    ("OLA BERG | Harbour Gazette Mail Police say a man died outside a tavern.", ["Harbour Gazette Mail"]),
    ("Ola Berg | The Harbour Gazette Officers gather outside the bar.", ["The Harbour Gazette"]),
    ("Ola Berg | Portvale Police say a man died.", []),  # a place after the bar, no paper
])
def test_a_post_signature_or_a_credit_opening_a_caption_names_the_outlet(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


def test_the_line_under_a_name_only_byline_names_the_writers_outlet() -> None:
    outlet, source = outlet_of(f"Two hurt in shooting\n\nBy OLA BERG\n\nHARBOUR GAZETTE |\n\n{BODY}")
    assert (outlet, source) == ("HARBOUR GAZETTE", "line")


@pytest.mark.parametrize("under", ["Staff Writer", "KEY POINTS:", "Updated 5 minutes ago"])
def test_a_role_a_label_or_a_stamp_under_the_byline_names_no_outlet(under: str) -> None:
    assert text_credits(["Two hurt in shooting", "By Ola Berg", under, BODY]).outlets == []


@pytest.mark.parametrize(("line", "iso", "shape"), [
    ("By Ola Berg, The Harbour Gazette December 5, 2016", "2016-12-05", "byline"),
    ("By OLA BERG Associated Press DECEMBER 5, 2016", "2016-12-05", "byline"),
    ("By Ola Berg - Staff Writer - Monday, December 5, 2016", "2016-12-05", "byline"),
    ("Written by Ola Berg Monday, 05 December 2016 17:45", "2016-12-05", "byline"),
    ("By Ola Berg on December 5, 2016", "2016-12-05", "byline"),
    ("December 5, 2016 / 5:45 PM / 2 years ago", "2016-12-05", "date-line"),
    ("5th December 2016", "2016-12-05", "date-line"),
    ("City Briefs 2017-03-07", "2017-03-07", "stamp-end"),
    ("Posted On: 05.12.2016", "2016-12-05", "date-line"),  # dots and the year last: day first
    ("Date 31.01.2017 | 17:45", "2017-01-31", "date-line"),
    ("Home Region Portvale Charges Dropped Against Teen August 12th, 2016 Ola Berg Portvale, Region Share",
     "2016-08-12", "date-author"),
])
def test_bylines_and_headers_stating_the_date(line: str, iso: str, shape: str) -> None:
    found = publication_date(f"Two hurt in shooting\n\n{line}\n\n{BODY}")
    assert found is not None and (found.iso[:10], found.shape) == (iso, shape)


@pytest.mark.parametrize(("lead", "iso"), [
    ("PORTVALE, Dec. 5, 2016 /PRNewswire/ -- " + LEAD, "2016-12-05"),
    ("PORTVALE, Ga., December 5, 2016 - " + LEAD, "2016-12-05"),
])
def test_a_dateline_in_capitals_stating_its_date_dates_the_page(lead: str, iso: str) -> None:
    found = publication_date(f"Two hurt in shooting\n\n{lead}\n\n{MORE}")
    assert found is not None and (found.iso[:10], found.shape) == (iso, "dateline")


@pytest.mark.parametrize("line", [
    "He was born March 3, 2001 Ola Berg said",  # a name followed by a verb: a sentence's words
    "Version 1.2.2016 released",  # no day.month.year: a version number
    "Portvale, December 5, 2016 - Police said",  # a place not in capitals: no dateline
    "The man was arrested on December 5, 2016 by Ola Berg and others who saw it happen at the bar.",
])
def test_sentences_and_plain_places_with_a_date_state_no_publication_date(line: str) -> None:
    assert publication_date(f"Two hurt in shooting\n\n{line}") is None


def test_a_name_told_something_once_ranks_below_the_pages_picture_credit() -> None:
    photo = "Officers gather outside the bar. (Photo: Ola Berg / The Harbour Gazette)"
    told = "A neighbour told WQXB that she heard three shots."
    assert outlet_of(f"Two hurt in shooting\n\n{photo}\n\n{LEAD}\n\n{told}\n\n{MORE}")[0] == "The Harbour Gazette"
    again = "Another neighbour told WQXB the men had argued."
    assert outlet_of(f"Two hurt in shooting\n\n{photo}\n\n{LEAD}\n\n{told}\n\n{again}")[0] == "WQXB"
    assert outlet_of(f"Two hurt in shooting\n\n{LEAD}\n\n{told}\n\n{MORE}")[0] == "WQXB"  # nothing else names one


@pytest.mark.parametrize(("name", "media"), [
    ("Al Jazeera", True), ("Deutsche Welle", True), ("NDTV", True),
    ("Metro", False), ("Politico", False), ("The Atlantic", False),  # one plain word: a page uses it otherwise
])
def test_a_known_outlets_name_of_several_words_or_an_odd_shape_is_media_shaped(name: str, media: bool) -> None:
    assert media_like(name) is media


def test_the_outlet_under_a_byline_stops_before_the_writers_place() -> None:
    credits = text_credits(["Two hurt in shooting", "By Ola Berg", "Harbour Gazette, Portvale", LEAD])
    assert [e.name for e in credits.outlets] == ["Harbour Gazette"]


@pytest.mark.parametrize(("line", "names"), [
    ("Officers at the scene. (Photo: Ola Berg, USA TODAY)", ["USA TODAY"]),  # its own photographer
    ("(Ola Berg/The Washington Post)", ["The Washington Post"]),
    ("(Photo: USA TODAY)", []),  # a national outlet's picture alone: a wire-like credit other pages print
])
def test_a_national_outlet_credited_with_its_photographer_names_the_page(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("The Harbour Gazette | harbourgazette.com Sat Apr 20, 2013 8:14 PM", ["The Harbour Gazette"]),
    ("The Harbour Gazette | harbourgazette.com", None),  # no date: a title suffix's business, not a header stamp
])
def test_a_site_header_with_name_domain_and_date_names_the_site(line: str, names: list[str] | None) -> None:
    assert stamp_site(line) == names


@pytest.mark.parametrize("line, names", [
    ("Crews just got to the scene on Main St @KZZQ5Portvale pic.twitter.com/abc — Jane Roe (@JaneKZZQ) May 11, 2016",
     ["KZZQ5Portvale"]),
    ("Officer fired one shot. @10TV — John Doe (@John10TV) June 19, 2015", ["10TV"]),
    # a person's, a national network's, an office's handle; a handle outside an embedded post
    ("Update from @JaneRoe and @NBCNews pic.twitter.com/abc", []),
    ("Statement from @WHO pic.twitter.com/abc", []),
    ("Follow @KZZQNews for updates on this story.", []),
])
def test_a_station_handle_in_an_embedded_post(line: str, names: list[str]) -> None:
    assert handle_names(line) == names
