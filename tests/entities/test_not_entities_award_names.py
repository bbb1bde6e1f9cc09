"""entities/not_entities.py: an award's one-word name in the plural ("the Oscars", "the Emmys") is an honour or its
ceremony, no body. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_plural_award_name_is_no_body(resources: NlpResources) -> None:
    index = analyse(resources, "Tessa Varlow won twice at the Emmys last fall. Before the Oscars in March, Varlow "
                               "said she would skip the Grammys.")
    assert [entity.name for entity in index.entities] == ["Tessa Varlow"]


def test_a_given_name_alone_is_kept(resources: NlpResources) -> None:
    index = analyse(resources, "Oscar Pellin runs the bakery. Pellin said the ovens were new.")
    assert "Oscar Pellin" in [entity.name for entity in index.entities]
