"""Outlets named by the text of crawled pages: the phrasing pages use, and the names that are page debris.

Every text here was written for these tests: made-up call letters (KZZQ, WQXB), papers (The Harbour Gazette) and
people.
"""

from __future__ import annotations

import pytest
from crawled_page import BODY, LEAD, MORE, outlet_of

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
    (f"By KZZQ News Team\n\n{LEAD}\n\n{MORE}", "KZZQ", "line"),  # call letters + "News": the station
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


def test_a_copyright_mark_before_a_captions_sentence_names_no_outlet() -> None:
    caption = "© Jane Roe, 24, was killed in a Portvale shooting Saturday evening. Two others were hurt."
    assert outlet_of(f"One dead in Portvale shooting\n\n{caption}\n\n{BODY}") == (None, None)
    assert outlet_of(f"One dead in Portvale shooting\n\n{BODY}\n\n© 2016 KZZQ. All rights reserved.")[0] == "KZZQ"


def test_a_carried_storys_credit_names_the_station_that_wrote_it() -> None:
    page = f"Five hurt at teen party\n\n{LEAD}\n\n{MORE}Nobody has been arrested so far.(story by KZZQ, Portvale)"
    assert outlet_of(page) == ("KZZQ", "line")
    assert outlet_of(f"Five hurt at teen party\n\n{BODY}\n\nStory by Jane Roe, Portvale") == (None, None)


def test_told_an_international_outlet_names_no_outlet() -> None:
    text = f"Two men hurt in shooting\n\n{LEAD}\n\nA neighbour, Jane Roe, told Al Jazeera the street had been quiet."
    assert outlet_of(text)[0] is None
    # a paper of the region told the same way is still the page's own ('told the Portvale Register')
    text = f"Two men hurt in shooting\n\n{LEAD}\n\nA neighbour, Jane Roe, told the Portvale Register it was quiet."
    assert outlet_of(text)[0] == "Portvale Register"


def test_a_page_whose_only_name_is_a_formal_station_told_names_no_outlet() -> None:
    told = "The police chief told KZZQ-TV that no arrests were made."
    text = f"Two hurt in east side shooting\n\n{LEAD}\n\n{told}\n\n{MORE}"
    assert outlet_of(text) == (None, None)
    assert outlet_of(text.replace("KZZQ-TV", "KZZQ")) == ("KZZQ", "mention")


def test_a_page_whose_captions_credit_the_paper() -> None:
    caption = "Jane Roe for Portvale Daily News Officers walk the block on Main Street on Friday."
    text = f"Two hurt in east side shooting\n\n{caption}\n\n{LEAD}\n\n{MORE}"
    assert outlet_of(text) == ("Portvale Daily News", "mention")


def test_a_prompt_to_read_more_at_a_paper_the_page_cites_is_no_outlet() -> None:
    cited = "A man was charged on Tuesday, the Portvale Herald reports."
    text = f"Man charged in shooting\n\n{cited}\n\n{LEAD}\n\nRead more at the Portvale Herald."
    assert outlet_of(text) == (None, None)
    own = f"Man charged in shooting\n\n{LEAD}\n\n{MORE}\n\nStay with the Portvale Herald for updates."
    assert outlet_of(own) == ("Portvale Herald", "promo")


def test_a_page_whose_source_spoke_exclusively_to_the_station() -> None:
    text = f"Grocer hurt in east end gunfire\n\n{LEAD} The grocer is speaking exclusively to KZZQ News.\n\n{MORE}"
    assert outlet_of(text)[0] == "KZZQ"  # call letters + "News" name the station


def test_an_agencys_copyright_is_a_credit_not_the_outlet() -> None:
    text = f"Grocer hurt in east end gunfire\n\n{BODY}\n\n© Thomson Reuters 2014"
    assert outlet_of(text)[0] is None


def test_a_writer_named_before_the_outlet_on_its_own_line() -> None:
    outlet, _ = outlet_of(f"Harbour pilot named\n\n{BODY}\n\nJane Roe, Portvale Daily News")
    assert outlet == "Portvale Daily News"


def test_a_stations_slogan_for_a_show_is_no_outlet() -> None:
    footer = "Welcome to KZZQ 1290, the Home of Portvale Gulls Radio, on our site! Log in to comment."
    assert outlet_of(f"Harbour pilot named\n\n{BODY}\n\n{footer}")[0] != "Portvale Gulls Radio"


@pytest.mark.parametrize("top, outlet", [
    ("KZZQ News | Updated: Mar 04, 2019, 18:10 IST", "KZZQ"),  # call letters + "News": the station
    ("ZTI | Updated: Mar 04, 2019, 18:10 IST", None),  # not media-shaped: no outlet
    ("Portvale Chronicle Staff Reporter\nMar 4, 2019", "Portvale Chronicle"),
    ("Staff Reporter | Portvale Chronicle\nMar 4, 2019", "Portvale Chronicle"),
])
def test_an_unsigned_desk_line_names_the_outlet(top: str, outlet: str | None) -> None:
    assert outlet_of(f"Harbour pilot named\n{top}\n\n{BODY}")[0] == outlet


def test_the_site_credit_beats_its_radio_prompt() -> None:
    page = (f"Two hurt in Portvale shooting\n\nTwo men were hurt. View Full Caption PortvaleNow/Jane Roe\n\n{BODY}"
            "\n\nFor more harbour news, listen to PortvaleNow Radio here:")
    assert outlet_of(page)[0] == "PortvaleNow"


def test_a_live_blog_pointer_names_the_page_outlet() -> None:
    page = f"Standoff ends in Portvale\n\n{BODY}\n\n[For the latest, check The Portvale Post’s live blog.]"
    assert outlet_of(page)[0] == "The Portvale Post"


def test_a_news_team_byline_names_the_station() -> None:
    page = f"Two hurt in Portvale shooting\n\nBy KZZQ News Team\n\n{BODY}"
    assert outlet_of(page)[0] == "KZZQ"


def test_a_title_site_name_with_tv_names_the_station() -> None:
    page = f"Two hurt in Portvale shooting - KZZQ TV Portvale News, Weather and Sports\n\n{BODY}"
    assert outlet_of(page)[0] == "KZZQ"


def test_a_glued_caption_credit_names_the_page_paper() -> None:
    page = (f"Two hurt in Portvale shooting\n\nJane Roe/The Portvale Herald Officers stand by the corner on "
            f"Saturday.\n\n{BODY}")
    assert outlet_of(page)[0] == "The Portvale Herald"
