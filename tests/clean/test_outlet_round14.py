"""Outlet cues of issue #16's seed-33 round (h16outlets): a station told something once under its formal '-TV' name
is another outlet's (the way a paper cites a station), and a caption opening with its photographer's credit to a
paper ('Jane Roe for The Daily X Police inspect ...') names the paper, as a picture credit.

Every text here was written for these tests: made-up call letters (KZZQ), papers (Portvale Daily News) and people.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.outlet_mentions import mention_names, told_aside
from newsprism.clean.outlet_photos import photo_names

BODY = f"{LEAD}\n\n{MORE}"


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


def test_a_page_whose_only_name_is_a_formal_station_told_names_no_outlet() -> None:
    told = "The police chief told KZZQ-TV that no arrests were made."
    text = f"Two hurt in east side shooting\n\n{LEAD}\n\n{told}\n\n{MORE}"
    assert outlet_of(text) == (None, None)
    assert outlet_of(text.replace("KZZQ-TV", "KZZQ")) == ("KZZQ", "mention")


@pytest.mark.parametrize("line, names", [
    ("Jane Roe for Portvale Daily News Police inspect the scene on Main Street where two men were shot.",
     ["Portvale Daily News"]),
    ("Jane Q. Roe for The Portvale Herald", ["The Portvale Herald"]),
    # no person's name before 'for', or the paper's name runs on into a lower-case clause
    ("Memorial Service for Portvale Daily News reporter set for Friday", []),
    ("Attorneys for Portvale Daily News said the records were public.", []),
    ("Jane Roe for Portvale Daily News reporters, the mayor said", []),
])
def test_a_caption_opening_with_its_photographer_for_a_paper(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


def test_a_page_whose_captions_credit_the_paper() -> None:
    caption = "Jane Roe for Portvale Daily News Police inspect the scene on Main Street on Friday."
    text = f"Two hurt in east side shooting\n\n{caption}\n\n{LEAD}\n\n{MORE}"
    assert outlet_of(text) == ("Portvale Daily News", "mention")
