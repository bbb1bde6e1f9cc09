"""entities/continued.py: a known name spaCy cut before its last word ("Islamic | State") begins at the word before
(alias_start). Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse, holding

from newsprism.entities.continued import alias_start
from newsprism.nlp.resources import NlpResources


def test_a_group_name_cut_to_its_last_word_is_the_group(resources: NlpResources) -> None:
    text = ("Officials spoke to Lumo News. The raid followed a huge Islamic State suicide bombing outside the port "
            "of Vorsk.")
    index = analyse(resources, text, "The strike came after an Islamic State suicide attack outside the Kade base.")
    assert not holding(index, "State")
    groups = holding(index, "Islamic State")
    assert len(groups) == 1 and len(groups[0].mentions) == 2


def test_only_a_known_name_and_not_into_the_name_before() -> None:
    text = "a huge Islamic State bombing; the Vorsk State office"
    state = text.index("State")
    assert alias_start(text, state, state + 5, 0) == text.index("Islamic")
    assert alias_start(text, state, state + 5, state - 1) == state  # "Islamic" already read in the name before
    other = text.index("State", state + 1)
    assert alias_start(text, other, other + 5, 0) == other
