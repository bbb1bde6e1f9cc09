"""entities/not_entities.py: a "Non-" word opening a sentence before a lower-case word ("Nonfarm payrolls rose") is
an adjective, no body; a company's name in the same place ("Lumora shares fell") is kept. Sentences written for
these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.not_entities import not_an_entity
from newsprism.nlp.resources import NlpResources


def test_a_non_word_opening_a_sentence_is_no_body(resources: NlpResources) -> None:
    index = analyse(resources, "Hiring slowed in March. Nonfarm payrolls grew 412,000 last month. Exxon shares "
                               "fell 2 percent.")
    assert [entity.name for entity in index.entities] == ["Exxon"]


def test_only_a_non_word_opening_a_sentence_before_a_lower_case_word() -> None:
    for text, word, dropped in (("Rates rose.  Nonfarm payrolls fell.", "Nonfarm", True),
                                ("Nonprofit groups sued.", "Nonprofit", True),
                                ("Rates rose. Lumora shares fell.", "Lumora", False),
                                ("Rates rose. Nonna Kade said so.", "Nonna", False),
                                ("Rates rose for Nonfarm payrolls.", "Nonfarm", False)):
        start = text.index(word)
        assert not_an_entity(text, start, start + len(word), (word.lower(),)) is dropped, text
