"""Entities as issue #19's thirty-second round found them wrong on real stories, on sentences written for these tests:
two namesakes whose names differ only in their middle initials (a father and his son) merged into one person."""

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
