"""Entities found end to end (find_entities): a title's initials before 'office' join the office; initials
without it stay apart. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse, held_record

from newsprism.nlp.resources import NlpResources

OFFICE = ("Lena Dorsey, a spokeswoman for the Office of the Attorney General, said the case was closed. Earlier, "
          "the AG's office had listed the wrong sentence.")


def test_a_titles_initials_before_office_join_the_office(resources: NlpResources) -> None:
    assert held_record(analyse(resources, OFFICE), "AG")[0] == "Office of the Attorney General"


def test_initials_without_office_stay_apart(resources: NlpResources) -> None:
    index = analyse(resources, OFFICE.replace("the AG's office", "the AG"))
    assert held_record(index, "AG")[0] == "AG"
