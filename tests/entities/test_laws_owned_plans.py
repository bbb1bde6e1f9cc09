"""entities/laws.py and mentions.py: a plan named after its owner's possessive ("under Kade's Build Back Lumo Plan")
is a law or package, a work, named without the owner; spaCy tags it a body. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.laws import law_cue
from newsprism.nlp.resources import NlpResources


def _records(resources: NlpResources, text: str) -> dict[str, str]:
    return {entity.name: entity.type for entity in analyse(resources, text).entities}


def test_a_plan_spacy_read_with_its_owner_is_a_work_named_without_him(resources: NlpResources) -> None:
    records = _records(resources, "The cut would shrink state programs and aid under Vance's Build Back Stronger "
                       "Plan. Her word is likely to end the talks.")
    assert records.get("Build Back Stronger Plan") == "work"
    assert not any(name.startswith("Vance") for name in records)


def test_a_plan_after_its_owners_possessive_is_a_work(resources: NlpResources) -> None:
    records = _records(resources, "The cut would shrink state programs and aid under Kessler's Build Back Stronger "
                       "Plan. Her word is likely to end the talks.")
    assert records.get("Build Back Stronger Plan") == "work"


def test_an_owners_insurer_is_still_no_law() -> None:
    text = "members under Kade's Lumo Health Plan"
    assert not law_cue(text, text.index("Kade"), len(text), "Plan")
