"""A bracketed acronym that spells a body's name after its owner's possessive ("the Lumo Department's Office of
Kade Review (OKR)") names that body (issue #19, D22's seed-93 reading: the acronym was a record of its own)."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_an_acronym_of_the_name_after_a_possessive_joins_it(resources: NlpResources) -> None:
    index = analyse(resources, "In a memo from the Treasury Department's Office of Fiscal Review (OFR), the acting"
                    " head Dana Whitcomb said the agency must comply. The OFR opinion was sent on Friday.")
    bodies = [{m.text for m in entity.mentions} for entity in index.entities if entity.type == "organisation"]
    assert {"Treasury Department's Office of Fiscal Review", "OFR"} in bodies
