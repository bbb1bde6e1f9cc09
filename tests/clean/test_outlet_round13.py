"""Outlet cues of issue #16's fresh-outlets round (h16outlets): a station's own 'is covering' / 'continues to follow',
a printed edition named by one newspaper word ('read Tuesday's Register'), a credit line 'KXYZ.com and Wires',
international outlets other pages cite for what someone told them ('told Al Jazeera'), a carried story's station
('... via affiliate KXYZ') and a site's name before ' :: ' in the title.

Every text here was written for these tests: made-up call letters (KZZQ, KZZR), papers (Portvale Register) and
people; international outlets only in the cue shapes.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.outlet_cues import title_names
from newsprism.clean.outlet_mentions import mention_names
from newsprism.clean.outlet_names import national
from newsprism.clean.outlet_promos import promo_names
from newsprism.clean.outlet_signatures import handle_names
from newsprism.clean.outlets import credit_line_names, printed_brand

BODY = f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize("line, names", [
    ("PORTVALE - KZZQ News Channel 4 is covering breaking news from the harbour district.", ["KZZQ News Channel 4"]),
    ("KZZR 7 continues to follow this story.", ["KZZR 7"]),
    ("KZZQ is following the story closely; updates to come.", ["KZZQ"]),
    # a station following a game or a person is no prompt of its own coverage
    ("KZZQ is following the team to the playoffs.", []),
])
def test_a_station_covering_the_story(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("The full account is in print: read Tuesday's Register.", ["Register"]),
    ("See Sunday's Herald for the full list of victims.", ["Herald"]),
    ("Details are in print; see Wednesday’s Portvalian.", ["Portvalian"]),
    ("See Monday's Council for the full list.", []),
    # a weekday's possessive before a word that is no newspaper's
    ("Read Monday's Council agenda online.", []),
    ("Police said Friday's Parade would go ahead.", []),
])
def test_a_printed_edition_by_one_word(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


def test_a_credit_line_with_wires() -> None:
    assert credit_line_names("KZZQ.com and Wires") == ["KZZQ.com"]
    assert credit_line_names("Portvale Register staff and wire reports") == ["Portvale Register"]
    assert credit_line_names("Associated Press and wires") == []
    assert outlet_of(f"Two men hurt in shooting\n\nKZZQ.com and Wires\n\n{BODY}")[0] == "KZZQ.com"


@pytest.mark.parametrize("name, cited", [
    ("Al Jazeera", True), ("Al-Jazeera TV", True), ("the Financial Times", True),
    ("Daily Mail Online", False), ("KZZQ", False),
])
def test_international_outlets_cited(name: str, cited: bool) -> None:
    assert national(name) is cited


def test_told_an_international_outlet_names_no_outlet() -> None:
    text = f"Two men hurt in shooting\n\n{LEAD}\n\nA neighbour, Jane Roe, told Al Jazeera the street had been quiet."
    assert outlet_of(text)[0] is None
    # a paper of the region told the same way is still the page's own ('told the Portvale Register')
    text = f"Two men hurt in shooting\n\n{LEAD}\n\nA neighbour, Jane Roe, told the Portvale Register it was quiet."
    assert outlet_of(text)[0] == "Portvale Register"


def test_a_carried_story_via_an_affiliate() -> None:
    note = "EDITOR'S NOTE: KZZR 4 NEWS CARRIES THIS REPORT ON A HOUSE FIRE VIA AFFILIATE KZZQ. THEIR STORY FOLLOWS"
    assert promo_names(note) == ["KZZQ"]
    assert outlet_of(f"Two men hurt in shooting\n\n{note}\n\n{BODY}")[0] == "KZZQ"
    assert promo_names("The parade was broadcast via satellite to the whole county.") == []


@pytest.mark.parametrize("title, names", [
    ("Portvale DA :: 9.9.15: Man Convicted of Murder in Shooting at Party", ["Portvale DA"]),
    ("Two hurt in shooting on Main Street :: KZZQ.com", ["KZZQ.com"]),
    # a title-case headline on both sides: no side is a short name beside a longer title
    ("Police: Man Shot :: Two Injured In Crash", []),
    ("Portvale DA - Man convicted of murder", []),
    # the headline's own clause after a dash, a brand named in it
    ("Crime worries grow — but residents want more patrols, KZZQ-Register poll shows", []),
    ("Two hurt in shooting - kzzq.com", ["kzzq.com"]),
])
def test_a_site_name_in_the_title(title: str, names: list[str]) -> None:
    assert title_names(title) == names


def test_the_brand_the_page_prints_alone() -> None:
    assert printed_brand("KZZQ-TV News Channel 25", ["KZZQ-TV News Channel 25", "News Channel 25"]) == "News Channel 25"
    assert printed_brand("KZZQ-TV News Channel 25", ["KZZQ-TV News Channel 25"]) == "KZZQ-TV News Channel 25"
    assert printed_brand("Portvale News Channel 25", ["News Channel 25"]) == "Portvale News Channel 25"
    title = "Two men hurt in shooting - KZZQ-TV News Channel 25 - Portvale News and Weather"
    text = f"{title}\n\n{BODY}\n\nStay with News Channel 25 for updates through the night."
    assert outlet_of(text)[0] == "News Channel 25"


def test_the_domain_table_rows_are_well_formed() -> None:
    from importlib.resources import files

    text = files("newsprism.clean").joinpath("data/outlets.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert all(len(row) == 3 and row[2] in ("curated", "allsides") for row in rows)
    assert all(row[0] == row[0].lower().strip() and "." in row[0] and row[1].strip() == row[1] for row in rows)
    keys = [(row[0], row[2]) for row in rows]
    assert len(keys) == len(set(keys))


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
