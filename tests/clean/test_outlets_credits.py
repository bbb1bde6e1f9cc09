"""clean/outlets.py: the text's credits (text_credits, credit_line_names, dateline_credit, printed_brand,
bare_call_letters) and the outlet chosen from them (choose_outlet, owner_keys).

Every text here was written for these tests: made-up call letters, outlets, places and people."""

from __future__ import annotations

import pytest
from crawled_page import BODY, LEAD, outlet_of

from newsprism.clean.outlets import (
    OutletEvidence,
    TextCredits,
    bare_call_letters,
    choose_outlet,
    credit_line_names,
    dateline_credit,
    owner_keys,
    printed_brand,
    text_credits,
)


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


def test_an_owner_clause_names_no_outlet() -> None:
    footer = "(©2016 Portvale Local Media, a division of KZZR Radio Inc. All Rights Reserved.)"
    assert owner_keys([footer]) == {"kzzr radio"}
    assert owner_keys(["KZZQ-TV is part of KZZR Television Stations."]) == {"kzzr television stations"}
    credits = text_credits([LEAD, "Follow KZZQ.COM: Facebook | Twitter", footer])
    assert [e.name for e in credits.outlets] == ["KZZQ.COM"]
    # the line cleaner's outlet line, when it is the owner, is left out; another line outlet is kept
    assert choose_outlet(None, None, "KZZR Radio", credits) == OutletEvidence("KZZQ.COM", "promo")
    assert choose_outlet(None, None, "KZZQ News", TextCredits([], None)) == OutletEvidence("KZZQ", "line")


def test_a_photographers_credit_opening_a_line_is_no_dateline() -> None:
    line = "(Jane Roe — Register)Saturday October 26, 2013(Jane Roe — Register)Portvale police investigate the scene."
    assert dateline_credit(line) == (None, None)
    assert dateline_credit("PORTVALE (KZZQ) — Police are investigating a shooting.") == ("KZZQ", None)
    assert [e.name for e in text_credits([line, LEAD]).outlets] == ["Register"]
    assert [e.name for e in text_credits(["(Jane Roe — Portvale)", LEAD]).outlets] == []  # a place is no paper


def test_a_credit_line_with_wires() -> None:
    assert credit_line_names("KZZQ.com and Wires") == ["KZZQ.com"]
    assert credit_line_names("Portvale Register staff and wire reports") == ["Portvale Register"]
    assert credit_line_names("Associated Press and wires") == []
    assert outlet_of(f"Two men hurt in shooting\n\nKZZQ.com and Wires\n\n{BODY}")[0] == "KZZQ.com"


def test_the_brand_the_page_prints_alone() -> None:
    assert printed_brand("KZZQ-TV News Channel 25", ["KZZQ-TV News Channel 25", "News Channel 25"]) == "News Channel 25"
    assert printed_brand("KZZQ-TV News Channel 25", ["KZZQ-TV News Channel 25"]) == "KZZQ-TV News Channel 25"
    assert printed_brand("Portvale News Channel 25", ["News Channel 25"]) == "Portvale News Channel 25"
    title = "Two men hurt in shooting - KZZQ-TV News Channel 25 - Portvale News and Weather"
    text = f"{title}\n\n{BODY}\n\nStay with News Channel 25 for updates through the night."
    assert outlet_of(text)[0] == "News Channel 25"


@pytest.mark.parametrize("line, credit", [
    ("Portvale, Aug 21, 2010 / 04:35 pm (PNA).- The harbour board met on Friday.", "PNA"),
    ("Lake Portvale, Mar 3, 2015, 11:02 am (KZZQ) - The harbour board met on Friday.", "KZZQ"),
    ("Portvale, Aug 21, 2010 (KZZQ) - The harbour board met on Friday.", "KZZQ"),
    ("Jane Roe, Aug 21, 2010 (Photo) - The harbour board met on Friday.", None),
])
def test_an_international_dateline_with_its_date_credits_the_outlet(line: str, credit: str | None) -> None:
    assert dateline_credit(line)[0] == credit


@pytest.mark.parametrize("line, names", [
    ("Source: Portvale TV and news agencies", ["Portvale TV"]),
    ("KZZQ News and agencies", ["KZZQ News"]),
    ("Source: Portvale Police and residents", []),
])
def test_an_outlets_own_story_with_agency_copy(line: str, names: list[str]) -> None:
    assert credit_line_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("Posted by KZZQ Web Staff", ["KZZQ"]),
    ("By: KZZQ 5 Digital Team", ["KZZQ 5"]),
    ("By Jane Roe, Staff", []),
])
def test_a_web_staff_credit_line(line: str, names: list[str]) -> None:
    assert credit_line_names(line) == names


def test_a_dateline_with_a_dash_before_its_credit() -> None:
    assert dateline_credit("PORTVALE, Ore. — (KZZQ) Two men were hurt late on Saturday.")[0] == "KZZQ"


@pytest.mark.parametrize("name, bare", [
    ("KZZQ TV", "KZZQ"),
    ("KZZQ News", "KZZQ"),
    ("WQPX News TV", "WQPX"),
    ("KZZQ News Channel 3", "KZZQ News Channel 3"),  # a channel's brand stays whole
    ("KZZQ Action News", "KZZQ Action News"),
    ("Portvale News", "Portvale News"),  # no call letters
    ("KZZQ", "KZZQ"),
])
def test_plain_words_after_call_letters_go(name: str, bare: str) -> None:
    assert bare_call_letters(name) == bare
