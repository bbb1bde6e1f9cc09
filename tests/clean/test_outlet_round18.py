"""Outlet cues of issue #16's seed-42 round (helper A, session 29): a pointer to the outlet's own live blog in a
possessive ("check The Portvale Post's live blog"), a caption closing with the page's paper alone in brackets, a
labelled picture credit naming the outlet before its photographer ('Credit: Harbourday / Jane Roe', also with the
next caption run on), and a site's 'listen to X Radio' prompt, which names the site X.

Every text here was written for these tests: made-up call letters (KZZQ), places (Portvale) and people.
"""

from __future__ import annotations

import pytest
from crawled_page import LEAD, MORE, outlet_of

from newsprism.clean.outlet_mentions import mention_names
from newsprism.clean.outlet_photos import photo_names
from newsprism.clean.outlet_promos import promo_names

BODY = f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize("line, names", [
    ("[For the latest on the standoff, check The Portvale Post’s live blog.]", ["The Portvale Post"]),
    ("Follow KZZQ's live coverage of the hearing on our app.", ["KZZQ"]),
    ("The Portvale Post's editorial board met the mayor.", []),  # not its running coverage
    ("Fans read Jane Roe's live blog of the match.", []),  # a person's blog: no media name
])
def test_a_possessive_live_blog_names_the_outlet(line: str, names: list[str]) -> None:
    assert mention_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("Officers stand by the closed road on Friday. (The Portvale Post)", ["The Portvale Post"]),
    ("Officers stand by the closed road on Friday. (Portvale Daily News)", ["Portvale Daily News"]),
    ("Officers stand by the closed road on Friday. (KZZQ5 News)", []),  # a channel's picture: another outlet's
    ("Officers stand by the closed road on Friday. (The Associated Press)", []),  # a wire's picture
    ("Officers stand by the closed road on Friday. (Portvale Police)", []),  # no paper's word
    ("Officers stand by the closed road on Friday. (Portvale Wire)", []),
    ("The fund drive ends on Friday (Portvale Post)", []),  # no sentence closes before the brackets
])
def test_a_caption_closing_with_its_paper_names_it(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("The pier after the storm. Photo Credit: The Portvale Herald / Jane Roe", ["The Portvale Herald"]),
    ("The pier at dusk. Photo Credit: Harbourday / Jane Q. Roe Divers search the water under the pier.",
     ["Harbourday"]),  # the next caption run on after the photographer
    ("The pier at dusk. Credit: Facebook / Jane Roe", []),
    ("The pier at dusk. Credit: Getty / Jane Roe", []),
    ("The pier at dusk. Credit: Portvale Day / Police Department", []),  # no photographer after the bar
])
def test_a_labelled_credit_with_the_outlet_first_names_it(line: str, names: list[str]) -> None:
    assert photo_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("For more harbour news, listen to PortvaleNow Radio here:", ["PortvaleNow"]),
    ("Listen to KZZQ Radio live every morning.", ["KZZQ Radio"]),  # call letters: the station itself
    ("Listen to Portvale Public Radio tonight.", ["Portvale Public Radio"]),  # not a media name without 'Radio'
])
def test_a_site_radio_prompt_names_the_site(line: str, names: list[str]) -> None:
    assert promo_names(line) == names


def test_the_site_credit_beats_its_radio_prompt() -> None:
    page = (f"Two hurt in Portvale shooting\n\nTwo men were hurt. View Full Caption PortvaleNow/Jane Roe\n\n{BODY}"
            "\n\nFor more harbour news, listen to PortvaleNow Radio here:")
    assert outlet_of(page)[0] == "PortvaleNow"


def test_a_live_blog_pointer_names_the_page_outlet() -> None:
    page = f"Standoff ends in Portvale\n\n{BODY}\n\n[For the latest, check The Portvale Post’s live blog.]"
    assert outlet_of(page)[0] == "The Portvale Post"
