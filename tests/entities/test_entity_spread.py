"""entities/spread.py: common words dropped from names spread over a story (drop_common_words). Sentences written for
these tests."""

from __future__ import annotations

from entity_texts import analyse, holding

from newsprism.entities.mentions import make_mention
from newsprism.entities.spread import drop_common_words
from newsprism.nlp.resources import NlpResources


def test_a_brand_written_as_a_verb_is_no_entity(resources: NlpResources) -> None:
    text = ("Police say they had to Zapper him to get him out of the van. Officers used a Zapper to hold him, "
            "said Sgt. Lena Orvik.")
    found = analyse(resources, text)
    assert not holding(found, "Zapper")
    assert holding(found, "Lena Orvik")
    at = text.index("a Zapper") + 2
    tagged = make_mention("a0", text, (at, at + 6), "place", 0)
    assert drop_common_words([[tagged]], [text]) == [[]]
    assert drop_common_words([[tagged]], [text.replace("to Zapper him", "to hold him")]) == [[tagged]]


def test_a_sentence_opener_a_title_writes_in_lower_case_is_no_name() -> None:
    text = "Brushfires are spreading across the valley as the heat builds."
    tagged = make_mention("a0", text, (0, len("Brushfires")), "person", 0)
    assert drop_common_words([[tagged]], [text], ["Dry brushfires force thousands to flee"]) == [[]]
    assert drop_common_words([[tagged]], [text], ["Thousands Flee As Fires Spread"]) == [[tagged]]


def test_a_titles_lower_case_word_leaves_a_name_inside_a_sentence() -> None:
    text = "A short video called Lumodemic spread online this week."
    start = text.index("Lumodemic")
    tagged = make_mention("a0", text, (start, start + len("Lumodemic")), "organisation", 0)
    assert drop_common_words([[tagged]], [text], ["Why some believe in a 'lumodemic'"]) == [[tagged]]
