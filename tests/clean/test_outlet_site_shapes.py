"""Outlet shapes read in the second automatic dev check of issue #16 (newsprism.eval.page_meta): what only the site
says of itself, a caption's credit after the caption button, a photographer beside a publication's plain name, a
site's name after the title opening with a newspaper word, a short name the page spells out elsewhere.

Every text here was written for these tests: made-up call letters (KZZQ) and papers (The Harbour Gazette,
PortInfo, Times Portvalian).
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.outlet_cues import fuller_name, site_names, title_names
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlet_promos import promo_names
from newsprism.clean.outlets import dateline_credit, mention_names


@pytest.mark.parametrize(("line", "names"), [
    ("Open the e-mail we sent and follow its link to activate your HarbourGazette.com profile.",
     ["HarbourGazette.com"]),
    ("Comments are your own; by using KZZQ.com you accept our Terms of Use.", ["KZZQ.com"]),
    ("See news photos uploaded by KZZQ.com u local members below.", ["KZZQ.com"]),
    ("PortInfo commenting policy", ["PortInfo"]),
    ("Read Harbour Valley Newspapers and www.hvnews.com for more about the trial.", ["Harbour Valley Newspapers"]),
    ("From Portwiki, the free encyclopedia", ["Portwiki"]),
    ("2015 Click2Portvale/KZZQ2", ["Click2Portvale"]),
    ("Close Get email notifications on Jane Roe | Harbour State Journal daily!", ["Harbour State Journal"]),
    ("Whenever Jane Roe | Harbour Gazette posts new content, you'll get an email.", ["Harbour Gazette"]),
    ("Whenever Jane Roe | Portvale posts new content, you'll get an email.", []),
    ("Be sure to watch TODAY'S KZZQ4 on Roku! No other local station streams there.", ["TODAY'S KZZQ4"]),
    ("Watch Portvale Park on Roku tonight.", []),
    # a year and a street, a wire, a plain word: no site's name
    ("2016 Harbour Street", []),
    ("2015 The Associated Press", []),
    ("Read more for the story", []),
    ("Friends said they would activate your account for you.", []),
])
def test_what_only_the_site_says_of_itself(line: str, names: list[str]) -> None:
    assert site_names(line) == names


def test_the_sites_own_words_are_prompts() -> None:
    assert promo_names("Thanks for reading PortvaleToday - Everyday!") == ["PortvaleToday"]


@pytest.mark.parametrize(("line", "names"), [
    ("The man died soon after 2 a.m., officers said. View Full Caption PortInfo/ Jane Roe", ["PortInfo"]),
    ("Caption + Jane Roe, The Harbour Gazette", ["The Harbour Gazette"]),
    ("Balloons mark the spot where the shooting took place. Jane Roe-The Harbour Press.", ["The Harbour Press"]),
    ("The alley behind the tavern. (Photo: Jane Roe / The Portvalian)", ["The Portvalian"]),
    # a picture from a social site, a plain place beside the photographer: no outlet
    ("The scene. View Full Caption Facebook/Jane Roe", []),
    ("The alley behind the tavern. (Photo: Jane Roe / Portvale)", []),
])
def test_picture_credits_beside_the_photographer(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize(("title", "names"), [
    ("Girl hurt during turkey hunt : Times Portvalian Online", ["Times Portvalian"]),
    ("Man shot near the pier @ Portvale News", ["Portvale News"]),
    ("HarbourOnline.com Officer On Leave After Shooting", ["HarbourOnline.com"]),
    ("Man shot - Times Square", []),
    ("Man shot - News Today", []),
])
def test_site_names_beside_the_title(title: str, names: list[str]) -> None:
    assert title_names(title) == names


def test_a_short_name_is_spelled_out_by_another_credit() -> None:
    assert fuller_name("the Gazette", ["the Gazette", "Harbour Gazette"]) == "Harbour Gazette"
    assert fuller_name("Free Press", ["Free Press", "Harbour Free Press"]) == "Harbour Free Press"
    assert fuller_name("Channel 9", ["Channel 9", "KZZQ"]) == "Channel 9"
    text = (f"Two hurt\n\n{LEAD} The Gazette has learned the names of both men.\n\n{MORE}\n\n"
            "The house on Elm Street. (Jane Roe, Harbour Gazette)")
    assert outlet_of(text) == ("Harbour Gazette", "mention")


@pytest.mark.parametrize(("line", "names"), [
    ("DOCUMENTS OBTAINED BY The Harbour Gazette show that the plan was older.", ["The Harbour Gazette"]),
    ("The Harbour Gazette understands that the driver lived nearby.", ["The Harbour Gazette"]),
    # a transcript in capitals, a sentence opening with the verb, someone understanding: no outlet
    ("HE TOLD NEWS 4 PORTVALE ANALYST JANE ROE WHO WAS THERE", []),
    ("She understands that KZZQ will ask again.", []),
])
def test_mentions_in_a_capitalised_lead_and_of_what_the_outlet_understands(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


def test_a_dateline_credit_via_a_station_names_it() -> None:
    assert dateline_credit("(via KZZQ) -- A boy died after shots were fired at a car.") == ("KZZQ", None)
    assert dateline_credit("(via AP) -- A boy died after shots were fired at a car.") == (None, "AP")
