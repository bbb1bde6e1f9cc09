"""Speakers across a story's articles: 'the Lumo lawmaker' is the one person titled 'Sen.' or 'Rep.' whose party's
letter or 'of' after the name gives Lumo as the state ('Sen. Ana Ruiz (R-Lumo)', 'Rep. Ana Ruiz of Lumo'); not a
member for another state, and none when two members for that state are titled so. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Farm news."
LAWMAKER = ("Sen. Orla Brenn (R-Nebraska) opposed the grain tariff on Thursday.\n\n"
            "\"Our growers cannot carry this,\" the Nebraska lawmaker said.")
OF_PLACE = ("Rep. Tobin Vale of Marlow joined the hearing on Thursday.\n\n"
            "\"Our ports are already full,\" the Marlow congressman said.")
TWO = ("Sen. Orla Brenn (R-Nebraska) and Rep. Tobin Vale (R-Nebraska) opposed the grain tariff on Thursday.\n\n"
       "\"Our growers cannot carry this,\" the Nebraska lawmaker said.")


def _speaker(text: str, resources: NlpResources) -> str | None:
    return second_article_speakers(resources, FIRST, text)[-1][0]


def test_the_state_lawmaker_is_the_one_member_whose_letter_names_the_state(resources: NlpResources) -> None:
    assert _speaker(LAWMAKER, resources) == "Orla Brenn"


def test_a_member_for_another_state_is_not_the_state_lawmaker(resources: NlpResources) -> None:
    assert _speaker(LAWMAKER.replace("(R-Nebraska)", "(R-Kansas)"), resources) != "Orla Brenn"


def test_two_members_for_the_state_leave_the_lawmaker_unnamed(resources: NlpResources) -> None:
    assert _speaker(TWO, resources) not in ("Orla Brenn", "Tobin Vale")


def test_the_state_congressman_is_the_one_member_of_the_state(resources: NlpResources) -> None:
    assert _speaker(OF_PLACE, resources) == "Tobin Vale"
