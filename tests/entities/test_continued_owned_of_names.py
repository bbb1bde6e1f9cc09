"""entities/continued.py: a country's possessive before a body's name that goes on with "of" ("Lumo's Ministry of
State Security") stays the country's; the possessive is not stretched over the body's first word. Sentences written
for these tests."""

from __future__ import annotations

from entity_texts import analyse, holding

from newsprism.entities.continued import continued
from newsprism.nlp.resources import NlpResources


def test_a_countrys_ministry_of_is_not_the_country_and_its_first_word() -> None:
    text = "officials blamed Dravia’s Ministry of Coastal Works for the leak"
    start = text.index("Dravia")
    assert continued(text, start, start + len("Dravia"), "place") == (start + len("Dravia"), "place")


def test_a_possessive_before_one_body_word_still_joins() -> None:
    text = "patients at Dravia’s Hospital said"
    start = text.index("Dravia")
    assert continued(text, start, start + len("Dravia"), "place")[0] == text.index(" said")


def test_the_country_keeps_its_mention(resources: NlpResources) -> None:
    index = analyse(resources, "\"We saw it coming,\" a senior official said in a call Tuesday about how Russia’s "
                    "Ministry of Internal Security has become a large hacking threat. \"So we moved first.\"",
                    "Russia denied it.")
    assert not [e for e in index.entities if e.name.endswith("’s Ministry")]
    assert len(holding(index, "Russia")[0].mentions) == 2
    assert holding(index, "Ministry of Internal Security")
