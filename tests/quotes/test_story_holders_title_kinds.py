"""Speakers across a story's articles: 'the congresswoman' is the one person the story titles 'Rep.', 'the GOP
senator' the one Republican titled 'Sen.'; a Democrat titled 'Sen.' is no GOP senator. Texts written for these
tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Budget news."
CONGRESSWOMAN = ("Rep. Dana Kell, a Democrat from Ohio, criticized the plan on Monday.\n\n"
                 "\"This is a waste of money,\" the congresswoman said.")
GOP = "Sen. Ana Ruiz (R-Texas) blocked the bill on Tuesday.\n\n\"This bill is a giveaway,\" the GOP senator said."


def _speaker(text: str, resources: NlpResources) -> str | None:
    return second_article_speakers(resources, FIRST, text)[-1][0]


def test_the_congresswoman_is_the_one_person_titled_rep(resources: NlpResources) -> None:
    assert _speaker(CONGRESSWOMAN, resources) == "Dana Kell"


def test_the_gop_senator_is_the_one_republican_titled_sen(resources: NlpResources) -> None:
    assert _speaker(GOP, resources) == "Ana Ruiz"


def test_a_democratic_senator_is_no_gop_senator(resources: NlpResources) -> None:
    assert _speaker(GOP.replace("(R-Texas)", "(D-Texas)"), resources) != "Ana Ruiz"
