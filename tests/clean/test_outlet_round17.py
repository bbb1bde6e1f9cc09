"""Outlet and date cues of issue #16's seed-39 round (h16outlets), shapes of international pages and broadcast
transcripts: a byline without 'By' that a stamp closes ('Jane Roe · KZZQ News · Posted: ...'), a British byline in
capitals closing 'FOR' the site, a byline whose parts bars part with its date last, a picture's credit after
'Photograph:' or 'Credit:', a picture's own copyright mark ('Image copyright ...') that is no page copyright, a
reporter's sign-off ('JANE ROE, LOCAL 9.', "For KZZQ News, I'm Jane Roe."), a writer's name before the outlet on a
line of its own, a tokenised page's spaced clock ('05. 51AM', 'P. M.'), and a station's slogan 'the home of X
Radio' that is no outlet's name.

Every text here was written for these tests: made-up call letters (KZZQ), places (Portvale) and people.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.dates import publication_date
from newsprism.clean.outlet_bylines import byline_outlet
from newsprism.clean.outlet_copyright import copyright_names
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlet_promos import promo_names

BODY = f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize("line, names", [
    ("Jane Roe · KZZQ News · Posted: Mar 04, 2019 6:10 PM ET", ["KZZQ News"]),
    ("Jane Roe, Portvale Chronicle, Portvale | Updated: Mar 04, 2019 18:10 IST", ["Portvale Chronicle"]),
    ("Jane Roe | Portvale Chronicle | Monday 4 March 2019", ["Portvale Chronicle"]),
    ("By JANE ROE FOR PORTVALEONLINE", ["PORTVALEONLINE"]),
    ("By JANE ROE FOR THE ASSOCIATED PRESS", []),  # an agency: a credit, no outlet
    ("By Jane Roe · The Portvale Chronicle", ["The Portvale Chronicle"]),
    ("By Jane Roe, Special to the Portvale Chronicle", ["Portvale Chronicle"]),  # a freelance writer's byline
    ("By Jane Roe, Special Correspondent", []),
    ("By Jane Roe, KZZQ News Digital Producer", ["KZZQ News"]),  # a role after the outlet
    # a person, a place and a date, no media-shaped part: no byline naming an outlet
    ("Jane Roe, Portvale, Mar 04, 2019", None),
    ("Jane Roe | Monday 4 March 2019", None),
])
def test_an_international_byline_names_the_outlet(line: str, names: list[str] | None) -> None:
    assert byline_outlet(line) == names


@pytest.mark.parametrize("top, iso", [
    ("Jane Roe | KZZQ News | Monday 4 March 2019", "2019-03-04"),
    ("By Jane Roe | Portvale Chronicle | 04 Mar 2019", "2019-03-04"),
    ("By Jane Roe | Mar 4, 2019", "2019-03-04"),
    ("ZNN Mar 4, 2019, 05. 51AM IST PORTVALE:", "2019-03-04"),
    ("10:55 P. M. MAR. 4, 2019", "2019-03-04"),
    ("Jane Roe | Portvale Chronicle", None),  # no date after the bars
])
def test_bylines_and_spaced_clocks_date_the_page(top: str, iso: str | None) -> None:
    stated = publication_date(f"Harbour pilot named\n{top}\n{LEAD}\n{MORE}")
    assert (stated.iso[:10] if stated else None) == iso


@pytest.mark.parametrize("line, names", [
    ("The pier after the storm. Photograph: Jane Roe/The Portvale Chronicle", ["The Portvale Chronicle"]),
    ("The pier after the storm. Photo credit: Jane Roe / The Portvale Chronicle", ["The Portvale Chronicle"]),
    ("The pier after the storm. Credit: KZZQ 5", ["KZZQ 5"]),
    ("The pier after the storm. Photograph: Jane Roe/AFP/Getty Images", []),  # a wire's picture
    ("The pier after the storm. Photo credit: Courtesy of the family", []),
])
def test_a_caption_credit_after_a_label_names_the_paper(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


def test_a_pictures_copyright_mark_is_no_page_copyright() -> None:
    assert copyright_names("Image copyright Portvale Photo Agency Image caption The pier after the storm") == ([], [])
    assert copyright_names("Copyright 2019 KZZQ. All rights reserved.") == (["KZZQ"], [])


@pytest.mark.parametrize("line, names", [
    ("SHE GOES BACK TO COURT IN MAY. JANE ROE, LOCAL 9. Anchor: A SAD STORY.", ["LOCAL 9"]),
    ("Jane Roe, KZZQ News.", ["KZZQ News"]),
    ("For KZZQ News, I'm Jane Roe.", ["KZZQ News"]),
    ("THANK YOU, JANE.", []),  # no person's name before the comma
    ("The deputy spoke first. Jane Roe, Portvale Sheriff's Office.", []),  # no media-shaped name
])
def test_a_reporters_sign_off_names_the_station(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


def test_a_writer_named_before_the_outlet_on_its_own_line() -> None:
    outlet, _ = outlet_of(f"Harbour pilot named\n\n{BODY}\n\nJane Roe, Portvale Daily News")
    assert outlet == "Portvale Daily News"


def test_a_stations_slogan_for_a_show_is_no_outlet() -> None:
    footer = "Welcome to KZZQ 1290, the Home of Portvale Gulls Radio, on our site! Log in to comment."
    assert outlet_of(f"Harbour pilot named\n\n{BODY}\n\n{footer}")[0] != "Portvale Gulls Radio"


@pytest.mark.parametrize("line, names", [
    ("© Portvale Chronicle Ltd 2019", ["Portvale Chronicle"]),  # the paper's own company
    ("(c) Portvale Chronicle 2019", ["Portvale Chronicle"]),  # a name and a year close the line after '(c)'
    ("(c) Subsection 4 applies to every pilot licensed before 2019", []),  # a list item, no mark
    ("© Portvale Media Ltd 2019", []),  # an owning company
    ("© Portvale Radio Ltd 2019", []),  # a company owning stations
])
def test_a_papers_company_and_a_closing_year_mark_its_copyright(line: str, names: list[str]) -> None:
    assert copyright_names(line)[0] == names


@pytest.mark.parametrize("top, outlet", [
    ("KZZQ News | Updated: Mar 04, 2019, 18:10 IST", "KZZQ"),  # call letters + "News": the station
    ("ZTI | Updated: Mar 04, 2019, 18:10 IST", None),  # not media-shaped: no outlet
    ("Portvale Chronicle Staff Reporter\nMar 4, 2019", "Portvale Chronicle"),
    ("Staff Reporter | Portvale Chronicle\nMar 4, 2019", "Portvale Chronicle"),
])
def test_an_unsigned_desk_line_names_the_outlet(top: str, outlet: str | None) -> None:
    assert outlet_of(f"Harbour pilot named\n{top}\n\n{BODY}")[0] == outlet


@pytest.mark.parametrize("line, names", [
    ("Tide tables and storm alerts arrive with the FREE kzzq5 app on any phone", ["kzzq5"]),
    ("Download the kzzq5 app:", ["kzzq5"]),
    ("Get the free tide app for your phone", []),  # no channel number: no station's brand
])
def test_a_stations_lower_case_app_brand_names_it(line: str, names: list[str]) -> None:
    assert promo_names(line) == names
