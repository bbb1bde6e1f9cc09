"""conflicts/residences.py: a home said by a verb of living or moving ('She moved to Kade', 'a four-year spell living
in Lumo') of one named person, a 'She' standing for the name the sentence before opens with; no home in the event's
own place, none for an unnamed subject, none where the other outlet writes the place too (sentences written for
these tests)."""

from __future__ import annotations

from story_tables import text_table

from newsprism.conflicts.residences import residence_conflicts

_EVENT = "Two bodies were found in a cottage in Brackwater on Sunday."


def test_a_spell_living_and_a_move_of_one_named_woman_conflict() -> None:
    articles = {"a": [_EVENT, "Nora Quill, 61, was found with her son.", "Nora was raised in Brackwater.",
                      "She came home nine weeks ago after a three year spell living in Lumo."],
                "b": [_EVENT, "Mrs Quill grew up in Brackwater and ran a bakery.",
                      "She moved to Kade Vale, East Marsh, three years ago, but came back this summer."],
                "c": [_EVENT, "Neighbours in Brackwater laid flowers at the gate."]}
    [conflict] = residence_conflicts(text_table(articles, ("Nora Quill",)), hash)
    assert conflict.kind == "place"
    assert {s.claim for s in conflict.sides} == {"Lumo", "Kade Vale"}


def test_the_event_place_an_unnamed_subject_and_a_written_place_are_no_conflict() -> None:
    event = {"a": [_EVENT, "Nora Quill had been living in Lumo."],
             "b": [_EVENT, "Nora Quill moved back to Brackwater last spring."]}
    unnamed = {"a": [_EVENT, "The family moved to Lumo."], "b": [_EVENT, "The family moved to Kade."]}
    written = {"a": [_EVENT, "Nora Quill had been living in Lumo."],
               "b": [_EVENT, "Nora Quill moved to Kade.", "Her sister stayed in Lumo."]}
    pronoun = {"a": [_EVENT, "Police said she moved to Lumo."],
               "b": [_EVENT, "Nora Quill moved to Kade."]}
    for articles in (event, unnamed, written, pronoun):
        assert residence_conflicts(text_table(articles), hash) == []


def test_a_lone_surname_is_the_person_the_article_names_in_full() -> None:
    articles = {"a": [_EVENT, "Then Quill told friends, says Nora Quill's cousin.", "Quill had been living in Lumo."],
                "b": [_EVENT, "Mrs Quill moved to Kade, her cousin said."]}
    [conflict] = residence_conflicts(text_table(articles, ("Nora Quill",)), hash)
    assert conflict.about == "where Quill lives"


def test_a_pronoun_after_an_organisation_is_no_person() -> None:
    articles = {"a": [_EVENT, "Police Commissioner Ruiz spoke first.", "Police said the van was stolen.",
                      "She moved to Lumo."],
                "b": [_EVENT, "Police Commissioner Ruiz spoke first.", "Police said the van was stolen.",
                      "She moved to Kade."]}
    assert residence_conflicts(text_table(articles), hash) == []
