"""Entities as issue #19's thirty-second round found them wrong on real stories, on sentences written for these tests:
two namesakes whose names differ only in their middle initials (a father and his son) merged into one person,
and a programme spaCy tagged a person ("Emergency Rental Assistance")."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities.variants import person_variants
from newsprism.nlp.resources import NlpResources


def test_names_differing_only_in_middle_initials_are_two_people(resources: NlpResources) -> None:
    index = analyse(resources, "Olena Marsh served as treasurer under President Harold T. Kessler from 2003 to 2007"
                     " and as envoy under President Harold R. T. Kessler from 1991 to 1995.")
    people = [{m.text for m in entity.mentions} for entity in index.entities if entity.type == "person"]
    assert {"Harold T. Kessler"} in people and {"Harold R. T. Kessler"} in people


def test_a_name_with_and_without_its_initials_stays_one_person() -> None:
    names = {("harold", "t", "kessler"), ("harold", "r", "t", "kessler"), ("dana", "e", "ruiz"),
             ("dana", "ruiz"), ("dana", "elena", "ruiz"), ("ivo", "k", "lenz", "jr"), ("ivo", "k", "lenz")}
    rewrite = person_variants(names)
    assert "haroldtkessler" not in rewrite and "haroldrtkessler" not in rewrite
    assert rewrite["danaeruiz"] == rewrite["danaruiz"] == "danaelenaruiz"
    assert rewrite["ivoklenz"] == "ivoklenzjr"
    bare = person_variants({("harold", "t", "kessler"), ("harold", "r", "t", "kessler"), ("harold", "kessler")})
    assert bare == {}  # "Harold Kessler" could be either


def test_a_programme_spacy_tagged_a_person_is_a_work(resources: NlpResources) -> None:
    index = analyse(resources, "Tenants in Kadeville long ago received Emergency Rental Assistance, a $12 billion plan"
                     " to keep families housed.")
    types = {mention.text: entity.type for entity in index.entities for mention in entity.mentions}
    assert types.get("Emergency Rental Assistance") == "work"
