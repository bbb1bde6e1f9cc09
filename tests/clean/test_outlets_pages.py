"""Outlets named by the text of crawled pages: the phrasing pages use, and the names that are page debris.

Every text here was written for these tests: made-up call letters (KZZQ, WQXB), papers (The Harbour Gazette) and
people.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean import clean_article
from newsprism.clean.outlet_cues import title_names
from newsprism.clean.outlet_names import media_like
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlet_promos import promo_names
from newsprism.clean.outlets import mention_names
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle


@pytest.mark.parametrize(("text", "outlet", "source"), [
    # a count after the channel's name, a weekday before it, an age after it
    (f"{LEAD} Officers told Harbour News 80 shots were fired.\n\n{MORE}", "Harbour News", "mention"),
    (f"{LEAD} By 8 p.m. Wednesday Channel 4's Ada Brenner was at the scene.\n\n{MORE}", "Channel 4", "mention"),
    (f"{LEAD} Police told KZZQ 29-year-old Ola Berg was held.\n\n{MORE}", "KZZQ", "mention"),
    # a byline crediting a reporter and the station's staff
    (f"By Ada Brenner and KZZQ 7 Staff\n\n{LEAD}\n\n{MORE}", "KZZQ 7", "line"),
    # a copyright line with a word after the name, or a number for the year
    (f"{LEAD}\n\n{MORE}\n\nCopyright 216 WQXB. All rights reserved.", "WQXB", "copyright"),
    # a prompt's verb is no part of the name
    (f"{LEAD}\n\n{MORE}\n\nCall Harbour Star reporter Ola Berg at 555-0100.", "Harbour Star", "mention"),
    # a station brand with the channel number inside, call letters with a channel suffix
    (f"{LEAD} Neighbours told News9Portvale they heard shots.\n\n{MORE}", "News9Portvale", "mention"),
    (f"PORTVALE (CBSPortvale) – {LEAD}\n\n{MORE}", "CBSPortvale", "dateline"),
    # the outlet's own staff and the people who spoke to it
    (f"{LEAD}\n\n{MORE}\n\nOla Berg is a Harbour-Review staff writer. Reach him at 555-0100.", "Harbour-Review",
     "mention"),
    (f"{LEAD} A neighbour was asleep when a Gazette reporter knocked.\n\n{MORE}", "Gazette", "mention"),
    (f"{LEAD} Both men would not speak to The Harbour-Journal.\n\n{MORE}", "The Harbour-Journal", "mention"),
    (f"{LEAD} The chief declined to comment to KZZQ about it.\n\n{MORE}", "KZZQ", "mention"),
    (f"NEW PORTVALE (CBSNewPortvale) — {LEAD}\n\n{MORE}", "CBSNewPortvale", "dateline"),
    (f"{LEAD} A Harbour Sun-Times analysis in May found more shootings.\n\n{MORE}", "Harbour Sun-Times", "mention"),
    (f"{LEAD}\n\n{MORE} KZZQ will update this report when details emerge.", "KZZQ", "mention"),
    (f"By KZZQ News Team\n\n{LEAD}\n\n{MORE}", "KZZQ", "line"),  # call letters + "News": the station (round 19)
    (f"{LEAD}\n\n{MORE}\n\nKeep up with local news with the WQXB app here.", "WQXB", "promo"),
    (f"{LEAD}\n\n{MORE}\n\nOla Berg is the Harbour Star public safety reporter.", "Harbour Star", "mention"),
    (f"{LEAD} A neighbour told KZZQ and 9 News on Fox about it.\n\n{MORE}", "KZZQ", "mention"),
    (f"{LEAD} News 9 crews observed officers at the house.\n\n{MORE}", "News 9", "mention"),
    # the county's medical examiner, a national network, a section label: no outlet
    (f"{LEAD} The body was released to the Harbour County Medical Examiner.\n\n{MORE}", None, None),
    (f"{LEAD} Sources told CNN Berg was taking medication.\n\n{MORE}", None, None),
    (f"Breaking News\n\n{LEAD}\n\n{MORE}", None, None),
])
def test_outlets_in_the_text_of_crawled_pages(text: str, outlet: str | None, source: str | None) -> None:
    assert outlet_of(text) == (outlet, source)


def test_the_wire_credit_in_a_copyright_line_with_a_trailing_word() -> None:
    article = clean_article(RawArticle(id="a", source="a.txt", format="text",
                                       text=f"{LEAD}\n\n{MORE}\n\nCopyright 2015 Associated Press modified."),
                            CleanConfig())
    assert (article.outlet, article.credit) == (None, "AP")


@pytest.mark.parametrize(("title", "names"), [
    ("Man held after shooting - WQXB-10TV Portvale, Ohio | Portvale News, Weather & Sports", ["WQXB-10TV"]),
    ("Man held after shooting - Portvale News, Weather & Sports", []),
    ("Man held after shooting - Northern Portvale's News Leader", []),
    ("Man held after shooting - The Harbour Gazette", ["The Harbour Gazette"]),
])
def test_title_suffixes_blurbs_and_slogans(title: str, names: list[str]) -> None:
    assert title_names(title) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Officers at the scene on Monday. Photo: Ola Berg / Harbour Chronicle", ["Harbour Chronicle"]),
    ("Officers at the scene on Monday. (Ola Berg | Harbour Chronicle)", ["Harbour Chronicle"]),
    ("Ola Berg/for Harbour Daily News Officers at the scene on Monday.", ["Harbour Daily News"]),
    ("Officers at the scene. (Photo: Ola Berg, Harbour Gazette)", ["Harbour Gazette"]),
    # another paper's picture through a wire, an owner, a photographer alone
    ("Officers at the scene. (AP Photo/Harbour Gazette, Ola Berg)", []),
    ("Officers at the scene. Photo: Ola Berg / Harbour Valley Media", []),
    ("Officers at the scene. (Photo: Ola Berg)", []),
])
def test_picture_credits_name_the_paper_not_the_photographer(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Please return to kzzq.com for updates.", ["kzzq.com"]),
    ("Take News13 with you!", ["News13"]),
    ("Read Thursday's Harbour Democrat-Gazette for full details.", ["Harbour Democrat-Gazette"]),
    # the outlet's own archives: any capitalised name, 'Online' kept
    ("The full text is available from the Harbour Online archives.", ["Harbour Online"]),
    ("According to Harbour Gazette archives, he was convicted in 2003.", ["Harbour Gazette"]),
])
def test_the_outlets_own_prompts(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


def test_names_that_are_not_outlets() -> None:
    assert not media_like("Breaking News")
    assert not media_like("Harbour County Medical Examiner")
    assert not media_like("ChangJane DoeSuperior CourtHarbour Bee")
    assert media_like("The Harbour Journal-Constitution") and media_like("The Portvale-Pilot")
    assert mention_names("A spokesman told FOX 12 the men were held.") == ["FOX 12"]
