"""clean/outlet_names.py: what a media name looks like (media_like), a site's brand from a title's site part
(site_brand), international outlets (national) and where a name ends (trim).

Every text here was written for these tests: made-up call letters, outlets, places and people."""

from __future__ import annotations

import pytest
from crawled_page import BODY, outlet_of

from newsprism.clean.outlet_names import media_like, national, site_brand, trim
from newsprism.clean.outlet_promos import promo_names


def test_the_site_brand_leaves_other_names_whole() -> None:
    assert site_brand("Portvale News & Weather") == "Portvale News & Weather"  # no brand after the description
    assert site_brand("Eyewitness News KZZQ") == "Eyewitness News KZZQ"  # a channel word is no description
    assert site_brand("Portvale/Harbourside") == "Portvale/Harbourside"  # no part is media-shaped


def test_a_letter_a_channel_number_and_a_network_is_a_channel_brand() -> None:
    assert media_like("Q12FOX") and media_like("K7Fox")
    assert not media_like("Q12") and not media_like("B52s")
    signed = "Police say more arrests will follow. — Jane Roe Q12Fox (@JaneRoeQ12) May 2, 2016"
    assert outlet_of(f"Two hurt in Portvale shooting\n\n{BODY}\n\n{signed}") == ("Q12Fox", "mention")


def test_a_lists_title_is_no_outlet() -> None:
    assert not media_like("Top 3 News Stories Every Morning")
    assert promo_names("Get The Top 3 News Stories Every Morning in Your Inbox") == []
    assert media_like("Fox 2 News Headlines") and media_like("KZZQ 5 News")


@pytest.mark.parametrize("name, cited", [
    ("Al Jazeera", True), ("Al-Jazeera TV", True), ("the Financial Times", True),
    ("Daily Mail Online", False), ("KZZQ", False),
])
def test_international_outlets_cited(name: str, cited: bool) -> None:
    assert national(name) is cited


@pytest.mark.parametrize("name, trimmed", [
    ("KZZQ News.Officers", "KZZQ News"),
    ("St.Portvale Ledger", "St.Portvale Ledger"),  # no three lower-case letters before the period: no sentence break
    ("1290 WZZQ", "1290 WZZQ"),
    ("1290 WZZQ-AM on", "1290 WZZQ-AM"),
    ("216 WZZQ", "WZZQ"),  # outside the AM band: a mistyped year, dropped
    ("2400 WZZQ", "WZZQ"),
])
def test_a_name_ends_at_a_glued_sentence_and_keeps_a_dial_position(name: str, trimmed: str) -> None:
    assert trim(name) == trimmed


@pytest.mark.parametrize("name, media", [("Portvale FM", True), ("FM 1960", False), ("Portvale", False)])
def test_a_radio_station_closing_with_fm_is_media_shaped(name: str, media: bool) -> None:
    assert media_like(name) is media
