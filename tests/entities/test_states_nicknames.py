"""entities/states.py and names.py: a state's nickname ("the Golden State") is the state, one record with its name;
a longer name holding the nickname is another thing. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse, holding

from newsprism.entities.names import alias_name, name_key
from newsprism.nlp.resources import NlpResources


def test_the_nickname_joins_the_state(resources: NlpResources) -> None:
    index = analyse(resources, "Voters in the Golden State will decide in two weeks. Liberal parts of the state "
                    "such as the Bay Area have sent in the most ballots, California officials said.")
    states = holding(index, "Golden State")
    assert len(states) == 1 and states[0].name == "California" and states[0].type == "place"
    assert holding(index, "California") == states


def test_only_the_whole_nickname() -> None:
    assert alias_name(name_key("Lone Star State")) == "Texas"
    assert alias_name(name_key("Golden State Warriors")) is None
