"""A surname that opens with a particle ("de", "van"), written without the given name: the person's short name
(issue #19, D22's seed-93 reading: a mayor's "De <Surname>" opening a sentence and "Mayor de <Surname>" were two
records apart from his full name)."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def _people(resources: NlpResources, text: str) -> list[set[str]]:
    index = analyse(resources, text)
    return [{m.text for m in entity.mentions} for entity in index.entities if entity.type == "person"]


def test_a_particle_surname_after_a_title_or_opening_a_sentence_is_the_full_name(resources: NlpResources) -> None:
    people = _people(resources, "The city's Mayor Ana de Lorca spoke first. De Lorca said the budget was tight, and"
                     " Mayor de Lorca promised to cut waste.")
    assert len(people) == 1 and {"Ana de Lorca", "De Lorca", "de Lorca"} <= people[0]


def test_a_van_surname_joins_its_full_name(resources: NlpResources) -> None:
    people = _people(resources, "Mayor Carla van Ostrum opened the new ferry terminal on Monday. Mayor van Ostrum"
                     " said the route would run all year. Van Ostrum added that fares would stay low.")
    assert len(people) == 1 and {"Carla van Ostrum", "Van Ostrum"} <= people[0]


def test_a_particle_surname_with_no_full_name_stays_one_person(resources: NlpResources) -> None:
    people = _people(resources, "Governor de Varga vetoed the toll plan. De Varga told reporters the tolls would"
                     " hurt commuters.")
    assert people == [{"de Varga", "De Varga"}]
