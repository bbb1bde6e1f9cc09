"""Outlet cues of issue #16's seed-46 round (helper A3, session 30): a picture credit run into its caption with an
unspaced slash ('Jane Roe/The Portvale Herald Officers stand ...'), the outlet-first credit standing alone on its
line ('KZZQ / Jane Roe'), and a station's call letters followed only by 'TV' or 'News' ('KZZQ TV', 'KZZQ News'),
which name the station a reader calls 'KZZQ'.

Every text here was written for these tests: made-up call letters (KZZQ, WQPX), places (Portvale) and people.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlets import bare_call_letters

BODY = f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize("line, names", [
    ("Jane Roe/The Portvale Herald Officers stand by the taped-off corner on Friday.", ["The Portvale Herald"]),
    ("Jane Q. Roe/Portvale Daily News Two cars wait at the corner.", ["Portvale Daily News"]),
    # the caption's own capitalised words after the name are not part of it
    ("Jane Roe/The Portvale Herald Police Chief Sam Doe speaks on Friday.", ["The Portvale Herald"]),
    ("Officers searched the lot. Jane Roe/The Portvale Herald Neighbours watched.", ["The Portvale Herald"]),
    ("Jane Roe/Getty Images Officers stand by the corner.", []),  # a wire's picture
    ("Jane Roe/Associated Press Officers stand by the corner.", []),
    ("Harbour Road/Pike Street Officers closed both roads.", []),  # two streets, no paper
    ("Jane Roe/Portvale Police Officers closed both roads.", []),  # no newspaper word
    ("Main Street Crews/Portvale Radio Officers closed both roads.", []),  # a channel, no person before it
])
def test_a_caption_credit_glued_with_a_slash_names_the_paper(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("KZZQ / Jane Roe", ["KZZQ"]),
    ("The Portvale Herald/Jane Q. Roe", ["The Portvale Herald"]),
    ("Jane Roe/KZZQ", ["KZZQ"]),  # the photographer first, as before
    ("Facebook / Jane Roe", []),
    ("Portvale Police / Jane Roe", []),  # not a media name
    ("AP / Jane Roe", []),  # a wire is a credit, not the outlet
])
def test_a_lone_credit_with_the_outlet_first_names_it(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize("name, bare", [
    ("KZZQ TV", "KZZQ"),
    ("KZZQ News", "KZZQ"),
    ("WQPX News TV", "WQPX"),
    ("KZZQ News Channel 3", "KZZQ News Channel 3"),  # a channel's brand stays whole
    ("KZZQ Action News", "KZZQ Action News"),
    ("Portvale News", "Portvale News"),  # no call letters
    ("KZZQ", "KZZQ"),
])
def test_plain_words_after_call_letters_go(name: str, bare: str) -> None:
    assert bare_call_letters(name) == bare


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
