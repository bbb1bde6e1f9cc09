"""A chamber's name spaCy cut from its committee's ("the Democratic-controlled House | Ways and Means Committee") is
one body's name (issue #19, D22's seed-93 reading: "House" was a record of its own)."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_chamber_before_its_committee_is_one_body(resources: NlpResources) -> None:
    index = analyse(resources, "The agency sent the files to the Democratic-controlled House Ways and Means Committee"
                    " on Friday. A memo said the committee had a valid purpose.")
    names = {entity.name for entity in index.entities}
    assert "House Ways and Means Committee" in names and "House" not in names
