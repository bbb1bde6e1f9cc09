"""clean/outlet_bylines.py: the outlet a byline names beside its writer (byline_outlet), before a place or
in an international page's byline.

Every text here was written for these tests: made-up call letters, outlets, places and people."""

from __future__ import annotations

import pytest

from newsprism.clean.outlet_bylines import byline_outlet


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
