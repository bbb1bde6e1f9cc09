"""conflicts/residences.py: a lone word opening a sentence of moving is a person only through the names the story's
entity mentions give (PERSON, two words or more), not through any capitalised word written beside it (sentences
written for these tests)."""

from __future__ import annotations

from story_tables import text_table

from newsprism.conflicts.residences import residence_conflicts

_EVENT = "A barn burned down outside Tollmere on Tuesday night."


def test_a_first_name_is_the_one_person_named_in_full_beside_a_place_of_that_name() -> None:
    articles = {"a": [_EVENT, "Edwin Marsh, 47, owned the barn.", "He taught at Edwin Hale Academy for years.",
                      "Edwin moved to Quarrow, a town up the coast."],
                "b": [_EVENT, "Mr Marsh had been living in Fennick."]}
    [conflict] = residence_conflicts(text_table(articles, ("Edwin Marsh",)), hash)
    assert conflict.about == "where Marsh lives"
    assert {s.claim for s in conflict.sides} == {"Quarrow", "Fennick"}


def test_a_word_that_ends_no_person_s_name_is_no_person() -> None:
    articles = {"a": [_EVENT, "The Grey Heron pub stood next door.", "Heron moved to Quarrow."],
                "b": [_EVENT, "Staff at the Grey Heron pub called for help.", "Heron moved to Fennick."]}
    assert residence_conflicts(text_table(articles, ()), hash) == []
