"""A name cut where a page's excerpt ends ("the Department of...", "Officer Dalton...") is no record of its own; it
joins the one longer name of the story that begins with its words (excerpt_cuts.join_excerpt_cuts). Sentences
written for these tests."""

from __future__ import annotations

from entity_texts import analyse, held_record, records

from newsprism.entities.excerpt_cuts import join_excerpt_cuts
from newsprism.entities.mentions import make_mention
from newsprism.nlp.resources import NlpResources


def _mention(text: str, word: str, label: str, at: int = 0) -> object:
    start = text.index(word, at)
    return make_mention("a", text, (start, start + len(word)), label, 0)


def test_a_cut_name_with_no_whole_form_is_dropped() -> None:
    text = "The firm failed to file with the Department of..."
    assert join_excerpt_cuts([[_mention(text, "Department", "organisation")]], [text]) == [[]]


def test_a_cut_name_joins_the_whole_name() -> None:
    text = "Officer Dalton... was there. Later Dalton Prewitt said the crowd was calm."
    cut, whole = _mention(text, "Dalton...", "person"), _mention(text, "Dalton Prewitt", "person")
    joined = join_excerpt_cuts([[cut, whole]], [text])[0]
    assert [m.key for m in joined] == [whole.key, whole.key]


def test_a_name_before_a_sentence_stop_is_kept() -> None:
    text = "The firm failed to file with the Department of Labor. It paid a fine."
    mention = _mention(text, "Department of Labor", "organisation")
    assert join_excerpt_cuts([[mention]], [text]) == [[mention]]


def test_the_story_keeps_no_cut_body(resources: NlpResources) -> None:
    index = analyse(resources, "Officials at the Department of... said on Monday that the rules would change. Officer "
                               "Dalton... was at the scene.\n\nOfficer Dalton Prewitt said the crowd stayed calm.")
    assert records(index, "Department") == []
    assert held_record(index, "Dalton")[0] == "Dalton Prewitt"


def test_a_whole_name_before_the_ellipsis_is_kept() -> None:
    text = "The bill was pushed by Senator Ana Velkor..."
    mention = _mention(text, "Ana Velkor", "person")
    assert join_excerpt_cuts([[mention]], [text]) == [[mention]]
