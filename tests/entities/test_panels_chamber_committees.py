"""A chamber's name spaCy cut from its committee's ("the Lumo-controlled House | Ways and Means Committee") is
one body's name (issue #19, D22's seed-93 reading: "House" was a record of its own; here spaCy tags "House" and
"Ways and Means Committee" apart, as there)."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_chamber_before_its_committee_is_one_body(resources: NlpResources) -> None:
    index = analyse(resources, "The tax office mailed the ledgers to the Republican-controlled House Ways and Means"
                    " Committee late on Monday. A clerk said the committee had asked for them twice.")
    names = {entity.name for entity in index.entities}
    assert "House Ways and Means Committee" in names and "House" not in names
