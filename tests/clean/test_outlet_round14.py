"""Outlet cues of issue #16's seed-33 round (h16outlets): a station told something once under its formal '-TV' name
is another outlet's (the way a paper cites a station); a caption opening with its photographer's credit to a paper
('Jane Roe for The Daily X Police inspect ...') names the paper, as a picture credit; a channel's name glued to its
number ('NewsChannel7') is a media name; a prompt names the outlet after a lower-case 'the' ('Stay with the Daily X',
'subscribe to the Portvale Patch').

Every text here was written for these tests: made-up call letters (KZZQ), papers (Portvale Daily News) and people.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.outlet_mentions import mention_names, told_aside
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlet_promos import promo_names

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
    ("Jane Roe for Portvale Daily News Officers walk the block on Main Street after the gunfire.",
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
    caption = "Jane Roe for Portvale Daily News Officers walk the block on Main Street on Friday."
    text = f"Two hurt in east side shooting\n\n{caption}\n\n{LEAD}\n\n{MORE}"
    assert outlet_of(text) == ("Portvale Daily News", "mention")


@pytest.mark.parametrize("line, names", [
    ("Police tell NewsChannel7 that four people were shot.", ["NewsChannel7"]),
    ("Police tell NewsCenter17 that four people were shot.", ["NewsCenter17"]),
    ("Police tell Channel7 that four people were shot.", []),
])
def test_a_channel_name_glued_to_its_number(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


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


def test_a_prompt_to_read_more_at_a_paper_the_page_cites_is_no_outlet() -> None:
    cited = "A man was charged on Tuesday, the Portvale Herald reports."
    text = f"Man charged in shooting\n\n{cited}\n\n{LEAD}\n\nRead more at the Portvale Herald."
    assert outlet_of(text) == (None, None)
    own = f"Man charged in shooting\n\n{LEAD}\n\n{MORE}\n\nStay with the Portvale Herald for updates."
    assert outlet_of(own) == ("Portvale Herald", "promo")
