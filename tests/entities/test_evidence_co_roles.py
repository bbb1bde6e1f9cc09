"""A person's name before ", co-founder of ..." is no company's "X, Co." (issue #19, D22's seed-94 reading: "said
<Name>, co-founder of <Firm> Research" typed the person a body, "co" read as the company suffix)."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_co_role_after_a_name_is_no_company_suffix(resources: NlpResources) -> None:
    index = analyse(resources, "Prices will keep rising this year, said Nicholas Vantreight, co-founder of Oberlin Tide"
                    " Research, in a note on Friday.")
    types = {entity.name: entity.type for entity in index.entities}
    assert types["Nicholas Vantreight"] == "person"


def test_a_company_suffix_after_a_comma_still_makes_a_body(resources: NlpResources) -> None:
    index = analyse(resources, "The shares of Tarnwell Hollis, Co. fell on Monday after the report.")
    assert any(entity.type == "organisation" and "Tarnwell" in entity.name for entity in index.entities)
