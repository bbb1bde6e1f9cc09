"""entities/title_bodies.py: a department's words spaCy ran into the name after "Secretary of" ("Secretary of [Defense
Dara Quillon]") are the title's, and the name after them a person's. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.title_bodies import titled_name
from newsprism.nlp.resources import NlpResources


def test_a_department_run_into_a_name_after_secretary_of_is_cut_off(resources: NlpResources) -> None:
    index = analyse(resources, "Secretary of Energy Dara Quillon told plant managers on Monday to report their "
                               "losses. Quillon said the rule would stand.")
    assert [(entity.type, entity.name) for entity in index.entities if "Quillon" in entity.name] == [
        ("person", "Dara Quillon")]


def test_department_names_of_several_words_are_cut_off() -> None:
    for text, name, cut in (
            ("Secretary of Veterans Affairs Tomas Brell testified.", "Veterans Affairs Tomas Brell", "Tomas Brell"),
            ("Secretary of Health and Human Services Amy Tosh spoke.", "Health and Human Services Amy Tosh",
             "Amy Tosh"),
            ("Deputy Secretary of State Amy Tosh flew home.", "State Amy Tosh", "Amy Tosh"),
            ("Secretary of the Treasury Amy Tosh spoke.", "Treasury Amy Tosh", "Amy Tosh"),
            ("Secretary of Defense Tosh spoke.", "Defense Tosh", None),
            ("Secretary of Defense Amy and Tomas Brell spoke.", "Defense Amy and Tomas Brell", None),
            ("A friend of Energy Dara Quillon left.", "Energy Dara Quillon", None)):
        start = text.index(name)
        at, kind = titled_name(text, start, start + len(name), "organisation")
        assert (text[at:start + len(name)], kind) == ((cut, "person") if cut else (name, "organisation")), text
