"""entities/continued.py: "Port of" before a city spaCy tagged alone ("the Port of | Oakland") belongs to the port's
name, which joins the port's other mentions; the city keeps its own. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse, holding

from newsprism.entities.continued import alias_start
from newsprism.nlp.resources import NlpResources


def test_the_ports_mentions_join_and_the_city_has_none_of_them(resources: NlpResources) -> None:
    index = analyse(resources, "The Port of Oakland in California will run around the clock. Officials from the "
                    "Port of Oakland, UPS, FedEx and Walmart agreed to the plan.")
    ports = holding(index, "Port of Oakland")
    assert len(ports) == 1 and len(ports[0].mentions) == 2
    assert not holding(index, "Oakland")


def test_only_a_capitalised_port_right_before() -> None:
    text = "the Port of Lumo; the port of Kade; a Portof Tarn"
    for city in ("Lumo", "Kade", "Tarn"):
        at = text.index(city)
        expected = text.index("Port of") if city == "Lumo" else at
        assert alias_start(text, at, at + 4, 0) == expected
    lumo = text.index("Lumo")
    assert alias_start(text, lumo, lumo + 4, lumo - 2) == lumo  # not into the name before
