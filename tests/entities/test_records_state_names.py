"""A place record written only as a US state's short form shows the state's name (issue #19: "(D., N.Y.)" was a
record named "N.Y.", D20's seed-91 reading; the same in five more stories of the flip set, D22)."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_state_written_only_short_is_named_in_full(resources: NlpResources) -> None:
    index = analyse(resources, "The bill's sponsor, Rep. Dana Whitcomb (D., N.Y.), said the vote would come next"
                    " week.")
    places = {entity.name: [m.text for m in entity.mentions] for entity in index.entities if entity.type == "place"}
    assert places == {"New York": ["N.Y."]}


def test_a_state_written_both_ways_keeps_its_name(resources: NlpResources) -> None:
    index = analyse(resources, "Rep. Dana Whitcomb (D., N.Y.) spoke in Albany. New York lawmakers backed her bill.")
    names = {entity.name for entity in index.entities if entity.type == "place"}
    assert "New York" in names and "N.Y." not in names
