"""Speakers across a story's articles: a definite description with no title ('the Lumo-based drugmaker
said') re-mentions the story's main body or person the story gives the same head noun in an apposition ('Vexo, a
drugmaker based in Lumo'), only when exactly one name is given that noun with every modifier of the description
('Lumo', 'based') in its apposition; a bare 'the drugmaker' is not read. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

FIRST = "Drug news."
APPOSED = ("Vexo, a drugmaker based in Lumo, will ask regulators to approve its new pill this month.\n\n"
           "The Lumo-based drugmaker said the pill cut hospital stays by half in a trial of 900 adults.")
TWO_APPOSED = ("Vexo, a drugmaker based in Lumo, will run the trial. Pellan Therapeutics, a drugmaker based in "
               "Lumo, will pay for it.\n\n"
               "The Lumo-based drugmaker said the pill cut hospital stays by half in a trial of 900 adults.")
OTHER_PLACE = ("Vexo, a drugmaker based in Lumo, will ask regulators to approve its new pill this month.\n\n"
               "The Kestra-based drugmaker said the pill cut hospital stays by half in a trial of 900 adults.")
FOR_BODY = ("Ben Ode, a spokesman for the drugmaker based in Lumo, spoke to reporters on Friday.\n\n"
            "The Lumo-based drugmaker said the pill cut hospital stays by half in a trial of 900 adults.")
CLERIC = ("The vote went to Tomas Berg, a veteran hardline cleric, by a wide margin over three rivals.\n\n"
          "The hardline cleric said the new council would meet for the first time in the spring.")
BARE = ("Vexo, a laboratory based in Lumo, will ask regulators to approve its new pill this month.\n\n"
        "The laboratory said the pill cut hospital stays by half in a trial of 900 adults.")
"""Not a company's noun: 'the drugmaker' after the story's one company is that company (quotes/named_companies.py)."""


def _first(speakers: list[tuple[str | None, bool]]) -> tuple[str | None, bool]:
    return speakers[0]


def test_a_description_is_the_one_name_apposed_with_its_noun(resources: NlpResources) -> None:
    assert _first(second_article_speakers(resources, FIRST, APPOSED)) == ("Vexo", False)


def test_an_apposition_may_hold_more_modifiers(resources: NlpResources) -> None:
    assert _first(second_article_speakers(resources, FIRST, CLERIC)) == ("Tomas Berg", False)


def test_two_names_with_the_noun_keep_the_description(resources: NlpResources) -> None:
    assert _first(second_article_speakers(resources, FIRST, TWO_APPOSED)) == ("The Lumo-based drugmaker", True)


def test_a_capitalised_word_the_apposition_lacks_keeps_the_description(resources: NlpResources) -> None:
    assert _first(second_article_speakers(resources, FIRST, OTHER_PLACE)) == ("The Kestra-based drugmaker", True)


def test_a_noun_after_a_preposition_is_not_the_apposition_head(resources: NlpResources) -> None:
    assert _first(second_article_speakers(resources, FIRST, FOR_BODY)) == ("The Lumo-based drugmaker", True)


def test_a_bare_description_is_not_read(resources: NlpResources) -> None:
    assert _first(second_article_speakers(resources, FIRST, BARE)) == ("The laboratory", True)
