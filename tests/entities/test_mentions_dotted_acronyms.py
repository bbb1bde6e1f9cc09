"""entities/mentions.py: a dotted acronym of three capitals or more ("F.B.I.", "C.D.C."), which spaCy may tag a
place, is a body's; a country's dotted short form ("U.S.", "U.A.E.") stays a place. Sentences written for these
tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_dotted_body_acronym_is_a_body(resources: NlpResources) -> None:
    index = analyse(resources, "Agents searched the warehouse on Tuesday, and the F.B.I. said it had seized ledgers. "
                               "The C.D.C. also sent two inspectors to Lumoville.")
    types = {entity.name: entity.type for entity in index.entities}
    assert types.get("F.B.I.", types.get("FBI")) == "organisation"
    assert types.get("C.D.C.", types.get("CDC")) == "organisation"


def test_a_dotted_country_stays_a_place(resources: NlpResources) -> None:
    index = analyse(resources, "Trade between the U.S. and the U.A.E. grew last year, officials in Dubai said.")
    types = {entity.name: entity.type for entity in index.entities}
    assert types.get("United States") == "place"
    assert types.get("United Arab Emirates") == "place"
