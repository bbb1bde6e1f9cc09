"""clean/outlet_mentions.py: the outlets a page's sentences name as telling, covering, reporting or
carrying the story (mention_names, told_aside), and the names such a sentence does not make an outlet.

Every text here was written for these tests: made-up call letters, outlets, places and people."""

from __future__ import annotations

import pytest

from newsprism.clean.outlet_mentions import mention_names, told_aside


@pytest.mark.parametrize(("line", "names"), [
    ("The coach would not say much to the Portvale Tribune.", ["Portvale Tribune"]),
    ("In an interview with KZZQ on Friday, the chief said patrols would grow.", ["KZZQ"]),
    ("In a statement to The Portvalian, the school said classes would resume.", ["The Portvalian"]),
    ("The gunman is said to be a longtime Portvale Tribune reader.", []),  # 'said to be' tells no outlet anything
    ("In an interview with Jane Roe, the chief said patrols would grow.", []),  # a person, not an outlet
])
def test_more_verbs_of_telling_name_the_outlet_told(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("A cashier told abc27 that three boys ran off with the goods.", ["abc27"]),
    ("A neighbour told KZZQ the family moved in last year.", ["KZZQ"]),
    ("She said abc27.com had the video.", []),  # a domain, not the brand in lower case
])
def test_a_channel_brand_in_lower_case_is_a_media_name(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


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


@pytest.mark.parametrize("line, names", [
    ("PORTVALE - KZZQ News Channel 4 is covering breaking news from the harbour district.", ["KZZQ News Channel 4"]),
    ("KZZR 7 continues to follow this story.", ["KZZR 7"]),
    ("KZZQ is following the story closely; updates to come.", ["KZZQ"]),
    # a station following a game or a person is no prompt of its own coverage
    ("KZZQ is following the team to the playoffs.", []),
])
def test_a_station_covering_the_story(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


@pytest.mark.parametrize("line, kept", [
    ("The fire chief told KZZQ-TV that the man would recover.", []),
    ('"I just did what anyone would," the clerk later told KZZQ-TV.', []),
    # the station's own page: its plain call letters or its brand
    ("The fire chief told KZZQ that the man would recover.", ["KZZQ"]),
    ("Neighbors told Channel 7 they heard four shots.", ["Channel 7"]),
])
def test_a_station_told_once_under_its_formal_name(line: str, kept: list[str]) -> None:
    told: list[str] = []
    mentions = mention_names(line, told)
    assert told_aside(mentions, told) == ([], kept)


def test_a_formal_name_mentioned_again_is_still_a_mention() -> None:
    told: list[str] = []
    mentions = mention_names("The chief told KZZQ-TV that the man would recover.", told)
    mentions += mention_names("KZZQ-TV has learned the man was released.", told)
    assert told_aside(mentions, told) == (["KZZQ-TV", "KZZQ-TV"], [])


@pytest.mark.parametrize("line, names", [
    ("Police tell NewsChannel7 that four people were shot.", ["NewsChannel7"]),
    ("Police tell NewsCenter17 that four people were shot.", ["NewsCenter17"]),
    ("Police tell Channel7 that four people were shot.", []),
])
def test_a_channel_name_glued_to_its_number(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("Now the grocer is speaking exclusively to Portvale Action News about the night.", ["Portvale Action News"]),
    ("A cousin has exclusively revealed to the Portvale Ledger that the pair had argued.", ["Portvale Ledger"]),
    # without 'exclusively' a plain 'spoke to' reads the same; an adverb other than 'exclusively' reads nothing
    ("The grocer spoke to KZZQ about the night.", ["KZZQ"]),
    ("The grocer spoke briefly to KZZQ about the night.", []),
    ("The grocer showed KZZQ News the cracked glass of her door.", ["KZZQ News"]),
    ("In a text message sent to Channel 9 from the ward, the cousin thanked the nurses.", ["Channel 9"]),
    ("The footage showed two officers walking past the door.", []),
])
def test_an_exclusive_interview_names_the_station(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


def test_a_dial_position_stays_in_a_mention() -> None:
    assert set(mention_names("the clerk told 1290 WZZQ’s Jane Roe.")) == {"1290 WZZQ"}  # told and possessive


@pytest.mark.parametrize("line, names", [
    ("KZZQ 5 is working to learn more about the two men.", ["KZZQ 5"]),
    ("Portvale Action News has a crew at the park and will bring you more.", ["Portvale Action News"]),
    ("KZZQ is on the scene.", ["KZZQ"]),
    ("The county is working to learn more about the two men.", []),
])
def test_a_station_at_work_on_the_story_is_named(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("[For the latest on the standoff, check The Portvale Post’s live blog.]", ["The Portvale Post"]),
    ("Follow KZZQ's live coverage of the hearing on our app.", ["KZZQ"]),
    ("The Portvale Post's editorial board met the mayor.", []),  # not its running coverage
    ("Fans read Jane Roe's live blog of the match.", []),  # a person's blog: no media name
])
def test_a_possessive_live_blog_names_the_outlet(line: str, names: list[str]) -> None:
    assert mention_names(line) == names
