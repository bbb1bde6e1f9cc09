"""Outlet cues (clean/outlet_cues.py, issue #16): a refused page still names its outlet; a name the text cites as
another outlet's reporting, or quoted in wire copy, is never the outlet; what only the outlet says of itself.

Every text here was written for these tests: made-up call letters (KZZQ, WQXB), papers (The Harbour Gazette, The
Portvalian) and people.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean import clean_article
from newsprism.clean.outlet_cues import cited_elsewhere, is_cited, title_names
from newsprism.clean.outlet_names import media_like
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlet_promos import promo_names
from newsprism.clean.outlets import mention_names
from newsprism.config import CleanConfig
from newsprism.errors import E, InputFailure
from newsprism.ingest.raw import RawArticle


def test_a_refused_page_still_names_its_outlet() -> None:
    paywall = ("Subscription Required\n\nSee the full article...\n\n"
               "This article is premium content from The Harbour Gazette.\n\n"
               "Already a subscriber? Log in here\n\nNo account yet? Sign up today.")
    with pytest.raises(InputFailure) as refused:
        outlet_of(paywall)
    assert refused.value.item.code == E.NOT_ARTICLE.code
    assert refused.value.item.outlet == "The Harbour Gazette"
    assert "the page names The Harbour Gazette" in refused.value.item.message


def test_a_refused_page_naming_nothing_has_no_outlet() -> None:
    with pytest.raises(InputFailure) as refused:
        outlet_of("Subscription Required\n\nAlready a subscriber? Log in here\n\nNo account yet? Sign up today.")
    assert refused.value.item.outlet is None
    assert "names" not in refused.value.item.message


@pytest.mark.parametrize(("text", "outlet", "source"), [
    # the site's name before the headline
    (f"The Daily Portvalian : Two hurt in east side shooting\n\n{LEAD}\n\n{MORE}", "The Daily Portvalian", "line"),
    # a template's empty braces between words
    (f"{LEAD} Police told{{}} KZZQ 5 that two men were hurt.\n\n{MORE}", "KZZQ 5", "mention"),
    # the outlet's own archives, whatever the name's words
    (f"{LEAD}\n\nThe full text can be read in the Harbour Online archives.", "Harbour Online", "promo"),
    # the outlet's own staff credited for help; another outlet's help names nothing
    (f"{LEAD}\n\n{MORE}\n\nKZZQ's Ola Berg contributed to this report.", "KZZQ", "mention"),
    (f"{LEAD}\n\n{MORE}\n\nHarbour Gazette staff writer Ola Berg contributed to this report.", "Harbour Gazette",
     "mention"),
    (f"{LEAD} Relatives told KZZQ that he was a kind man.\n\n{MORE}\n\nKZZQ contributed.", None, None),
    # the outlet's own prompts
    (f"{LEAD}\n\n{MORE}\n\nCheck back with KZZQ News for updates.", "KZZQ", "promo"),  # the station
    (f"{LEAD}\n\n{MORE}\n\nThanks for reading Harbour Today!", "Harbour Today", "promo"),
    (f"{LEAD} Neighbours refused to talk to WQXB about the family.\n\n{MORE}", "WQXB", "mention"),
    # a station's own picture; a handout is no one's
    (f"{LEAD} (KZZQ File Photo)\n\n{MORE}", "KZZQ", "mention"),
])
def test_more_of_the_outlets_own_words(text: str, outlet: str | None, source: str | None) -> None:
    assert outlet_of(text) == (outlet, source)


@pytest.mark.parametrize("text", [
    # a paper the page cites as someone else's reporting
    f"{LEAD} The man told the Harbour Gazette he was innocent, the Harbour Gazette reported.\n\n{MORE}",
    f"{LEAD} Police told the Portvale Post-Gazette the boy was 12.\n\n{MORE} It happened at 9 p.m., according "
    "to the Portvale Post-Gazette.",
    f"{LEAD} A relative told KZZQ-TV (http://example.org/x ) that he was a kind man.\n\n{MORE}",
    f"{LEAD} A family friend told KZZQ in Portvale that he was a kind man.\n\n{MORE}",
    f"{LEAD} Neighbours told NBC affiliate KZZQ they heard six shots.\n\n{MORE}",
    f"{LEAD} In an interview with the TV station KZZQ, she said she counted six shots. Speaking to KZZQ, she "
    f"added that she was scared.\n\n{MORE}",
    f"{LEAD} A neighbour told The Portvalian (http://example.org/x ) he heard shots.\n\n{MORE}\n\n"
    "Information from: The Portvalian, http://example.org",
    # wire copy quotes other outlets only
    f"PORTVALE (AP) — {LEAD} The sheriff tells the Harbour Gazette the boy was 12.\n\n{MORE}",
    # another network's host, another outlet's scoop
    f"{LEAD} The mayor told NBC's Ola Berg that he was shocked.\n\n{MORE}",
    f"{LEAD} Papers first obtained by The New York Times outline the deal.\n\n{MORE}",
])
def test_another_outlets_reporting_is_not_the_outlet(text: str) -> None:
    assert outlet_of(text) == (None, None)


def test_the_outlets_own_scoop_still_names_it() -> None:
    assert outlet_of(f"{LEAD} As KZZQ reported, the man was 30. A relative told KZZQ he was kind.\n\n{MORE}") == (
        "KZZQ", "mention")


@pytest.mark.parametrize(("line", "names"), [
    # a national outlet names itself only where it speaks for itself
    ("The agency has not released the figures, NBC News has learned.", ["NBC News"]),
    ("The suspect was identified by police, Fox News can confirm.", ["Fox News"]),
    ("A witness told NBC News that she heard six shots.", []),
    # 'told The X' with a capital 'The' names a publication
    ("The airline, however, told The Portvalian that the delays were weather.", ["The Portvalian"]),
    ("The carrier told The Associated Press that storms caused the delays.", []),
    # a possessive ends the name
    ("The mayor told WQXB's Ola Berg that he was shocked.", ["WQXB"]),
])
def test_mentions_of_national_outlets_and_publications(line: str, names: list[str]) -> None:
    assert sorted(set(mention_names(line))) == names


def test_cited_names_match_longer_and_shorter_forms() -> None:
    cited = cited_elsewhere(["The boy was 12, according to the Portvale Post-Gazette."])
    assert is_cited("Post-Gazette", cited) and is_cited("The Portvale Post-Gazette", cited)
    assert not is_cited("Gazette Today", cited)
    assert not cited_elsewhere(["According to Harbour Gazette archives, he was convicted in 2003."])


@pytest.mark.parametrize(("line", "names"), [
    ("Officers at the scene. (KZZQ File Photo)", ["KZZQ"]),
    ("Officers at the scene (WQXB Photo / Ola Berg)", ["WQXB"]),
    ("Officers at the scene. ( Ola Berg / Harbour Gazette )", ["Harbour Gazette"]),
    ("Ola Berg (Photo: Courtesy kzzq.com)", []),
])
def test_more_picture_credits(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


def test_a_paper_named_daily_and_a_title_prefix() -> None:
    assert media_like("The Daily Portvalian") and not media_like("Portvalian")
    assert title_names("KZZQ | Two hurt in east side shooting") == ["KZZQ"]
    assert title_names("Police: two hurt in east side shooting") == []
    assert promo_names("Get breaking news alerts from the Harbour Gazette.") == ["Harbour Gazette"]


@pytest.mark.parametrize(("text", "outlet", "source"), [
    # datelines: a dash before the brackets and a colon after, a place and credit standing above the lead
    (f"PORTVALE-(KZZQ.com): {LEAD}\n\n{MORE}", "KZZQ.com", "dateline"),
    (f"Portvale, AL (KZZQ)\n\n{LEAD}\n\n{MORE}", "KZZQ", "dateline"),
    # ... but a caption ending in a credit is no dateline
    (f"Officers searched the yard behind the house on Main Street. (Photo: KZZQ)\n\n{LEAD}\n\n{MORE}", "KZZQ",
     "mention"),
    # call letters with the channel number run on, three letters and a number, a number and a network
    (f"{LEAD}\n\n{MORE}\n\nStay with WQXB7 for updates.", "WQXB7", "promo"),
    (f"{LEAD} A grieving father told PXZ11 that his son was kind.\n\n{MORE}", "PXZ11", "mention"),
    (f"{LEAD} Police confirmed to 12abc that the boy had died.\n\n{MORE}", "12abc", "mention"),
    # more of a paper's own phrasing
    (f"{LEAD} After repeated requests by the Harbour Sentinel, the city released the report.\n\n{MORE}",
     "Harbour Sentinel", "mention"),
    (f"{LEAD}\n\n{MORE}\n\nSentinel staff writer Ola Berg contributed to this report.", "Sentinel", "mention"),
])
def test_datelines_brands_and_paper_phrasing(text: str, outlet: str | None, source: str | None) -> None:
    assert outlet_of(text) == (outlet, source)


def test_an_html_pages_footer_copyright_names_the_outlet() -> None:
    paragraphs = "".join(f"<p>{LEAD} {MORE} Paragraph {n} of the story goes on here.</p>" for n in range(6))
    page = (f"<html><head><title>Two hurt in east side shooting</title></head><body><article><h1>Two hurt in east "
            f"side shooting</h1>{paragraphs}</article><footer><p>© 2016 KZZQ. All rights reserved.</p>"
            "<p>Contact us | Careers | Advertise</p></footer></body></html>")
    article = clean_article(RawArticle(id="a", source="a.html", format="html", html=page), CleanConfig())
    assert (article.outlet, article.outlet_source) == ("KZZQ", "copyright")
    assert "KZZQ" not in article.text


@pytest.mark.parametrize(("title", "names"), [
    ("Two hurt in shooting - Portvale, North Portvale News & Weather KZZQ.com", ["KZZQ.com"]),
    ("Two hurt in shooting - NBC Portvale Now/KZZQ/KZZR Tri-Cities, Portvale, WA", ["NBC Portvale Now"]),
    ("Two hurt in shooting - ABC 12/34", ["ABC 12/34"]),  # a slash between channel numbers is the brand's own
    ("Two hurt in shooting - KZZQ 12 News", ["KZZQ 12"]),  # unchanged: a station's name after the title
])
def test_a_sites_brand_is_read_from_the_title(title: str, names: list[str]) -> None:
    assert title_names(title) == names


@pytest.mark.parametrize(("title", "names"), [
    ("KPZD still looking into death of boy, 4, on Elm Row", []),  # a headline opening with a police force's initials
    ("KZZQ reports man hurt in Route 9 crash this morning", []),
    ("KZZQ 12 News", ["KZZQ 12"]),  # a title that is only the site's name still names it
    ("The Portvale Press.", ["The Portvale Press"]),
])
def test_a_title_is_the_sites_name_only_when_it_is_nothing_else(title: str, names: list[str]) -> None:
    assert title_names(title) == names


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
