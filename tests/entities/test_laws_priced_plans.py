"""entities/laws.py: a plan the text prices after its name ("build on the National Renewal Plan, which was the
$2.3 trillion package") is a law or package, a work; spaCy tags it a body. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.laws import law_cue
from newsprism.nlp.resources import NlpResources


def test_a_priced_plan_is_a_work(resources: NlpResources) -> None:
    text = ("The measure is meant to build on the National Renewal Plan, which was the $2.3 trillion package approved "
            "in May. Opponents called it wasteful.")
    records = {entity.name: entity.type for entity in analyse(resources, text).entities}
    assert records.get("National Renewal Plan") == "work"


def test_the_cost_cue_reads_a_dollar_amount() -> None:
    text = "to extend the Greater Harvest Plan, which was the $2.3 trillion measure"
    start = text.index("Greater")
    assert law_cue(text, start, start + len("Greater Harvest Plan"), "Plan")


def test_a_plan_described_without_a_cost_is_left_to_spacy() -> None:
    text = "to extend the Greater Harvest Plan, which was the largest insurer"
    start = text.index("Greater")
    assert not law_cue(text, start, start + len("Greater Harvest Plan"), "Plan")
