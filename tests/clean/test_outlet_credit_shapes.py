"""Outlet shapes read after the automatic dev check of issue #16 (newsprism.eval.page_meta): bylines naming the
writer's outlet, apps, 'sister station', picture credits at a caption's end, a title that is only the site's name.

Every text here was written for these tests: made-up call letters (KZZQ, WQXB) and papers (The Harbour Gazette).
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.outlet_cues import is_cited, name_key, title_names
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlet_promos import promo_names
from newsprism.clean.outlets import credit_line_names, mention_names


@pytest.mark.parametrize(("line", "names"), [
    ("by: Jane Roe, KZZQ News Updated: Feb 9, 2017 - 11:05 AM", ["KZZQ News"]),
    ("By Jane Roe | The Harbour Gazette", ["The Harbour Gazette"]),
    ("By Jane Roe, Associated Press", []),
    ("By Jane Roe, police said", []),
    ("by: Jane Roe, Action News Portvale Updated: Feb 9, 2017", ["Action News Portvale"]),
    ("By Jane Roe, Senior News Editor", []),
    ("Created: 01/21/2015 6:42 PM KZZQ.com", ["KZZQ.com"]),
    ("—Harbour Gazette Wire", ["Harbour Gazette"]),
])
def test_credit_lines_name_the_writersoutlet_of(line: str, names: list[str]) -> None:
    assert credit_line_names(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Link: KZZQ mobile app Apple | Android", ["KZZQ"]),
    ("Turn on storm alerts in the WQXB 12 mobile app", ["WQXB 12"]),
    ("Download a free app to track the weather.", []),
    ("For more neighborhood news, listen to KZZQ Radio here:", ["KZZQ Radio"]),
    ("You can also like WQXB News on Facebook by clicking here.", ["WQXB News"]),
    ("Crime news from The Harbour Gazette:", ["Harbour Gazette"]),
])
def test_the_outlets_own_prompts(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("A neighbour told a Harbour Gazette reporter that she heard four shots.", ["Harbour Gazette"]),
    ("The mother talks to KZZQ about the moment she heard the news.", ["KZZQ"]),
    ("Deputies did confirm to WQXB 7 Eyewitness News that the victim is a teenager.", ["WQXB 7 Eyewitness News"]),
    ("The pupils were too upset to speak on camera to KZZQ, but said they had hidden in a closet.", ["KZZQ"]),
    ("WQXB News is learning more today about the victim.", ["WQXB News"]),
    ("The Harbour Gazette has decided not to name the two teens.", ["The Harbour Gazette"]),
    ("KZZQ will provide updates as they become available.", ["KZZQ"]),
    ("A firearm instructor explains to WQXB, many incidents could have been prevented.", ["WQXB"]),
    ("The victim was named by KQQX-TV, WQXB's sister station in the east.", ["WQXB"]),
])
def test_mentions_of_the_outlets_own_reporting(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


def test_a_sister_station_cited_with_its_suffix_is_cited() -> None:
    assert name_key("KQQX-TV") == name_key("KQQX") == "kqqx"
    assert is_cited("KQQX", {name_key("KQQX-TV")})
    text = (f"{LEAD} The victim was named by KQQX-TV, WQXB's sister station in the east.\n\n{MORE}\n\n"
            "The house on Elm Street. (Photo: KQQX)")
    assert outlet_of(text) == ("WQXB", "mention")


@pytest.mark.parametrize(("line", "names"), [
    ("A vigil was held on Friday. Jane Roe | Harbour Gazette", ["Harbour Gazette"]),
    ("A vigil was held on Friday. Jane Roe / Harbour Gazette", ["Harbour Gazette"]),
    ("Officers at the scene on Monday. | Harbour Sun-Times file photo", ["Harbour Sun-Times"]),
    ("Harbour Gazette staff photos can be ordered online.", ["Harbour Gazette"]),
    ("The house on Elm Street. (Jane Roe -- Harbour Gazette)", ["Harbour Gazette"]),
    ("Jane Roe (Photo: KZZQ- Jane Roe)", ["KZZQ"]),
    ("Police at the house on Elm Street on Aug. 20, 2016. (KZZQ)", ["KZZQ"]),
    ("Officers said the driver (WHO) had no weapon.", []),
    ("The river on a quiet morning. Jane Roe | Portvale", []),
])
def test_picture_credits_at_a_captions_end(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize(("title", "names"), [
    ("The Harbour Gazette", ["The Harbour Gazette"]),
    ("KZZQ 12 News", ["KZZQ 12"]),
    ("Harbour Gazette Wire", []),
    ("Two hurt in east side shooting", []),
    ("Man held after shooting - Portvale News, FOX9-KZZQ TV", ["FOX9-KZZQ TV"]),
    ("Man held after shooting - Portvale News, Weather & Sports", []),
])
def test_title_lines_naming_the_site(title: str, names: list[str]) -> None:
    assert title_names(title) == names
