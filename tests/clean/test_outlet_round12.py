"""Outlet cues of issue #16's batch-10 round: an owner clause names no outlet, a photographer's credit opening a line
is no dateline, a carried story's '(story by KXYZ, City)', a channel brand written in lower case, a name that spells
a staff address's domain, and a national outlet's own scoop credits ('sources tell X', 'confirmed to X').

Every text here was written for these tests: made-up call letters (KZZQ, KZZR), papers (The Portvale Eagle,
Portvale Register) and people; national outlets only in the cue shapes.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.outlet_contacts import contact_names
from newsprism.clean.outlet_copyright import copyright_names
from newsprism.clean.outlet_mentions import mention_names
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlets import (
    OutletEvidence,
    TextCredits,
    choose_outlet,
    dateline_credit,
    owner_keys,
    text_credits,
)

BODY = f"{LEAD}\n\n{MORE}"


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


def test_a_carried_storys_credit_names_the_station_that_wrote_it() -> None:
    page = f"Five hurt at teen party\n\n{LEAD}\n\n{MORE}Nobody has been arrested so far.(story by KZZQ, Portvale)"
    assert outlet_of(page) == ("KZZQ", "line")
    assert outlet_of(f"Five hurt at teen party\n\n{BODY}\n\nStory by Jane Roe, Portvale") == (None, None)


@pytest.mark.parametrize(("line", "names"), [
    ("A cashier told abc27 that three boys ran off with the goods.", ["abc27"]),
    ("A neighbour told KZZQ the family moved in last year.", ["KZZQ"]),
    ("She said abc27.com had the video.", []),  # a domain, not the brand in lower case
])
def test_a_channel_brand_in_lower_case_is_a_media_name(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


def test_a_name_spelling_a_staff_address_names_the_paper() -> None:
    lines = ["The family was featured in a 2014 story in the Portvale Eagle.",
             "Contact Jane Roe: 555-0100 or jroe@portvaleeagle.com."]
    assert contact_names(lines) == ["Portvale Eagle"]
    assert contact_names(["Reach The Portvale Eagle at news@portvaleeagle.com."]) == ["The Portvale Eagle"]
    assert contact_names([lines[0], "Contact Jane Roe at jroe@example.com."]) == []  # no name spells the domain
    assert contact_names(["Write to Jane Roe at jane@janeroe.com."]) == []  # a person's own site
    assert contact_names(["Portvale police ask for tips at tips@portvale.com."]) == []  # one plain word: a place
    assert contact_names(["KZZQ has the video; send yours to news@kzzq.com."]) == ["KZZQ"]
    page = f"Family mourns\n\n{BODY}\n\n{lines[0]}\n\n{lines[1]}"
    assert outlet_of(page) == ("Portvale Eagle", "email")


@pytest.mark.parametrize(("line", "names"), [
    ("The driver was caught, two police sources tell CNN.", ["CNN"]),
    ("The plan is on hold, several sources have told NBC News.", ["NBC News"]),
    ("No arrests were made, a police spokesman confirmed to CNN.", ["CNN"]),
    ("The firm sent a statement to Fox News late Monday.", ["Fox News"]),
    ("In a release sent to Fox Business, the company said its new plant would open in May.", ["Fox Business"]),
    ("Officials tell Axios the plan is off.", ["Axios"]),
    ("The deal is close, a person near the talks tells CNBC.", ["CNBC"]),
    ("\"It is done,\" Jane Roe told CNN on Monday.", []),  # a named person told another outlet
    ("Jane Roe told CNN's John Doe on \"The Show\".", []),  # a host's interview
    ("Two sources tell CNN affiliate KZZQ the man was armed.", []),  # an affiliate told: no scoop of CNN's
    ("Jane Roe tells John Doe CNN was wrong.", []),  # the name does not follow the cue
    ("A state official told the Associated Press the bridge had reopened.", []),  # a wire is a credit
])
def test_a_national_outlets_scoop_credit_names_it(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Jane Roe/KZZQ7", ["KZZQ7"]),
    ("Jane Roe | 12News", ["12News"]),
    ("JANE ROE/REUTERS", []),  # a wire's picture
    ("Jane Roe/Portvale Police", []),  # not media-shaped
    ("Jane Roe/KZZQ said the man fled on foot.", []),  # a sentence, no credit standing alone
])
def test_a_picture_credit_standing_alone_names_the_outlet(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize(("line", "names", "wires"), [
    ("© 2016 Portvale Television Inc., on behalf of KZZQ-TV. All rights reserved.", ["KZZQ-TV"], []),
    ("Copyright 2016 Portvale Inc., KZZQ-TV Portvale. All Rights Reserved.", ["KZZQ-TV"], []),
    ("Copyright 2014 (KZZQ Broadcasting Corporation). All Rights Reserved.", ["KZZQ"], []),
    ("Copyright 2017 KZZQ-KZZR Broadcasting Corporation. All rights reserved.", ["KZZQ"], []),
    ("Copyright 2016 KZZQ Media. All rights reserved.", ["KZZQ"], []),
    ("© Copyright 2014 by CBS Portvale and Bay City News Service. All rights reserved.", ["CBS Portvale"],
     ["Bay City News"]),
    ("Copyright 2016 The Post and Courier", ["The Post and Courier"], []),
    ("© 2016 Portvale Media Group.", [], []),  # the owner alone
    ("Copyright 2016 Portvale Radio Inc. and its relevant subsidiaries.", [], []),
])
def test_a_parent_companys_copyright_line_names_the_station(line: str, names: list[str], wires: list[str]) -> None:
    assert copyright_names(line) == (names, wires)
