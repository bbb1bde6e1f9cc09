"""Speakers across a story's articles: a definite description naming a party and a title ('Oregon Gov. Maria Delgado
set out her plan. … ¶ The Republican governor also announced …') is the person so titled, though no title before the
name holds the party's word; a person marked with the other party is not. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Budget news."
UNMARKED = ("During a news conference on Wednesday, Oregon Gov. Maria Delgado set out her plan for a dam on the river "
            "the state shares with Norland. She also tore into President Ben Ode's handling of the drought.\n\n"
            "The Republican governor also announced that Oregon is putting $40 million toward the dam. \"It is more "
            "than enough to hire an engineer and start digging. We will add more money...\"")
OTHER_PARTY = UNMARKED.replace("Oregon Gov. Maria Delgado", "Democratic Oregon Gov. Maria Delgado")


def _speakers(text: str, resources: NlpResources) -> list[str | None]:
    return [speaker for speaker, _ in second_article_speakers(resources, FIRST, text)]


def test_a_party_and_title_description_is_the_story_s_one_holder(resources: NlpResources) -> None:
    assert _speakers(UNMARKED, resources)[0] == "Maria Delgado"


def test_a_governor_of_the_other_party_is_not_the_description(resources: NlpResources) -> None:
    assert _speakers(OTHER_PARTY, resources)[0] != "Maria Delgado"
