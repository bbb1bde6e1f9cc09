"""entities/widened.py: a name spaCy cut short ("the ultraconservative House | Liberty Caucus") where another article
tags it in full is the full name. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources

_FULL = "Members of the House Liberty Caucus sent a letter to Dana Quell on Friday."
_CUT = "The letter from the ultraconservative House Liberty Caucus represents a test for Quell."


def test_a_name_cut_short_joins_its_full_name(resources: NlpResources) -> None:
    records = {entity.name: entity for entity in analyse(resources, _FULL, _CUT).entities}
    assert "House" not in records
    caucus = records["House Liberty Caucus"]
    assert caucus.type == "organisation"
    assert len(caucus.mentions) == 2
