"""A law or aid package ending in "Plan" or "Act" that spaCy tags a body is a work where the words around it say a
law's (issue #19: D22's seed-95 reading, AllSides 5863, "an aid package called the ... Plan that was passed" a
body)."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.laws import law_cue
from newsprism.nlp.resources import NlpResources


def _records(resources: NlpResources, text: str) -> dict[str, tuple[str, set[str]]]:
    index = analyse(resources, text)
    return {entity.name: (entity.type, {m.text for m in entity.mentions}) for entity in index.entities}


def test_a_package_passed_in_spring_is_a_work(resources: NlpResources) -> None:
    records = _records(resources, "The state received $20 million in funds from the Lumo Recovery Plan that was"
                       " passed in March.")
    assert records["Lumo Recovery Plan"][0] == "work"


def test_an_insurers_plan_stays_a_body() -> None:
    text = "funds from the Kade Health Plan"
    assert not law_cue(text, text.index("Kade"), len(text), "Plan")


def test_a_plan_without_a_law_word_is_left_to_spacy() -> None:
    text = "Lumo Valley Plan officials met on Monday"
    assert not law_cue(text, 0, len("Lumo Valley Plan"), "Plan")
