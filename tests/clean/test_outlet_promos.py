"""clean/outlet_promos.py: the outlet's own prompts, boxes and sign-offs that name it (promo_names):
newsletters, apps, printed editions, platforms' notices, follow and read-more prompts.

Every text here was written for these tests: made-up call letters, outlets, places and people."""

from __future__ import annotations

import pytest
from crawled_page import BODY, outlet_of

from newsprism.clean.outlet_promos import promo_names


@pytest.mark.parametrize(("line", "names"), [
    ("Obituary Published in Portvale Citizen on August 3, 2015 | Sign the Guest Book",
     ["Portvale Citizen"]),
    ("Published in The Portvale Herald-Star from June 2 to June 4, 2016", ["The Portvale Herald-Star"]),
    ("The study, published in the Portvale Journal of Medicine on Monday, found fewer injuries.", []),
    ("The findings were published in Portvale Medicine on March 3, 2016.", []),  # not media-shaped: a journal
])
def test_an_obituary_platforms_notice_names_the_paper(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Subscribe to receive PortAlert messages from Portvale Police Dept.", ["PortAlert"]),
    ("Subscribe to receive KZZQ alerts on your phone.", ["KZZQ"]),
    ("Subscribe to receive Amber alerts from the state.", []),  # a plain word: no platform's name
])
def test_a_release_platforms_subscription_box_names_it(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


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


def test_a_carried_story_via_an_affiliate() -> None:
    note = "EDITOR'S NOTE: KZZR 4 NEWS CARRIES THIS REPORT ON A HOUSE FIRE VIA AFFILIATE KZZQ. THEIR STORY FOLLOWS"
    assert promo_names(note) == ["KZZQ"]
    assert outlet_of(f"Two men hurt in shooting\n\n{note}\n\n{BODY}")[0] == "KZZQ"
    assert promo_names("The parade was broadcast via satellite to the whole county.") == []


@pytest.mark.parametrize("line, names", [
    ("Stay with the Portvale Herald for updates on this story.", ["Portvale Herald"]),
    ("For the latest, subscribe to the Eastside Patch for its morning newsletter.", ["Eastside Patch"]),
    ("Subscribe to The Portvale Herald for more.", ["The Portvale Herald"]),
    # a lower-case 'the' before no name, or before a name of no outlet's shape
    ("Stay with the story for updates.", []),
    ("Stay with the Portvale Police Department for updates.", []),
])
def test_a_prompt_naming_the_outlet_after_a_lower_case_the(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("Sign up for KZZQ 2 newsletters to hear about storms first.", ["KZZQ 2"]),
    ("Sign up to The Portvale Ledger's morning email.", ["The Portvale Ledger"]),
    ("Sign up here for our Latest Headlines letters.", []),
    ("Sign up for Top Stories headlines today.", []),  # section words only: no outlet
])
def test_a_newsletter_box_names_the_outlet(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("For more news, follow KZZQ on Twitter.", ["KZZQ"]),
    ("Follow Jane Roe on Twitter.", []),
])
def test_a_follow_prompt_of_a_media_name(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("SHE GOES BACK TO COURT IN MAY. JANE ROE, LOCAL 9. Anchor: A SAD STORY.", ["LOCAL 9"]),
    ("Jane Roe, KZZQ News.", ["KZZQ News"]),
    ("For KZZQ News, I'm Jane Roe.", ["KZZQ News"]),
    ("THANK YOU, JANE.", []),  # no person's name before the comma
    ("The deputy spoke first. Jane Roe, Portvale Sheriff's Office.", []),  # no media-shaped name
])
def test_a_reporters_sign_off_names_the_station(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("Tide tables and storm alerts arrive with the FREE kzzq5 app on any phone", ["kzzq5"]),
    ("Download the kzzq5 app:", ["kzzq5"]),
    ("Get the free tide app for your phone", []),  # no channel number: no station's brand
])
def test_a_stations_lower_case_app_brand_names_it(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("For more harbour news, listen to PortvaleNow Radio here:", ["PortvaleNow"]),
    ("Listen to KZZQ Radio live every morning.", ["KZZQ Radio"]),  # call letters: the station itself
    ("Listen to Portvale Public Radio tonight.", ["Portvale Public Radio"]),  # not a media name without 'Radio'
])
def test_a_site_radio_prompt_names_the_site(line: str, names: list[str]) -> None:
    assert promo_names(line) == names
