"""Entities found end to end (find_entities) that are people: surnames, relatives, initials, victims and
officers, and whom a bare surname stays with. Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_texts import (
    analyse,
    held_record,
    holding,
    mention_cue,
    owner,
    record,
    records,
    type_of,
)

from newsprism.entities.surnames import name_ends
from newsprism.nlp.resources import NlpResources


def test_a_bare_surname_stays_with_the_one_the_sentence_was_about(resources: NlpResources) -> None:
    text = ("Marla Quenby was at the club when the gunman opened fire. Quenby said they were there for a birthday."
            "\n\nQuenby said seeing her son hurt brought back memories of 2005, when her husband, Dorian Quenby, was "
            "killed at a nightclub. The club closed soon after.\n\n\"We were doing security that night,\" Quenby "
            "said.")
    index = analyse(resources, text)
    last = text.rindex("Quenby")
    assert owner(index, "a0", last) == "Marla Quenby"
    assert owner(index, "a0", text.index("Dorian Quenby")) == "Dorian Quenby"


def test_a_relative_named_first_in_their_sentence_keeps_the_surname(resources: NlpResources) -> None:
    text = ("Dorian Quenby, 17, was shot on Sunday.\n\nHis mother, Marla Quenby, said he was a good student.\n\n"
            "\"He wanted to be a nurse,\" Quenby said.")
    index = analyse(resources, text)
    assert owner(index, "a0", text.rindex("Quenby")) == "Marla Quenby"


def test_a_given_name_spelt_two_ways_is_one_person(resources: NlpResources) -> None:
    index = analyse(resources, "Her mother, Frieda Tiggett, was hurt. Tiggett said she was hit twice.",
                    "Home from the hospital, 40-year-old Freida Tiggett said life is hard. \"I miss her,\" Tiggett "
                    "said.")
    assert len([e for e in index.entities if "Tiggett" in e.name]) == 1


def test_a_hyphenated_surname_leaves_the_bare_surname_to_its_namesake(resources: NlpResources) -> None:
    text = ("Ariel Vance was shot in March. Vance's mother, Kendra Vance-Orly, has asked for help. Vance was 19.\n\n"
            '"We need answers," Vance-Orly said. Friends said Vance loved music.')
    found = analyse(resources, text)
    ariel = holding(found, "Ariel Vance")
    assert len(ariel) == 1 and sum(m.text == "Vance" for m in ariel[0].mentions) == 3
    assert holding(found, "Vance-Orly") == holding(found, "Kendra Vance-Orly")


def test_a_friends_husband_is_no_namesake_of_the_accused(resources: NlpResources) -> None:
    text = ("Police charged Tomas Arvid Kessel, 61, with murder. Kessel appeared in court on Monday.\n\n"
            "Nora Belfry, a family friend, said the victim was kind. Belfry and her husband Tomas, both retired "
            "teachers, knew him as a boy.")
    found = analyse(resources, text)
    accused = [e for e in found.entities if e.name == "Tomas Arvid Kessel"]
    assert accused and all(m.text != "Tomas" for m in accused[0].mentions)


def test_a_relative_of_a_namesake_after_a_given_name_is_still_theirs(resources: NlpResources) -> None:
    text = "An 8-year-old boy, Joseph Trell, and his mother, Mina, 27, were hurt. Mina Trell was treated at a hospital."
    found = analyse(resources, text)
    assert holding(found, "Mina") == holding(found, "Mina Trell")


def test_a_leaders_government_leaves_him_a_person(resources: NlpResources) -> None:
    text = "The president said Monday he plans to declare Park Jong Su's government a sponsor of terror."
    index = analyse(resources, text)
    assert [e.type for e in index.entities if e.name == "Park Jong Su"] == ["person"]


def test_a_pronoun_chooses_between_two_people_of_one_surname(resources: NlpResources) -> None:
    story = ("Voters picked Dale Orrin over Martha Kemper, the widow of former Rep. Walter Kemper, on Tuesday. "
             "Though Orrin raised more money, Kemper leaned on {} ties to the party.")
    assert "Kemper" in record(analyse(resources, story.format("her")), "Martha Kemper")
    assert "Kemper" in record(analyse(resources, story.format("his")), "Walter Kemper")


def test_a_person_named_in_full_beside_an_outlet_stays_a_person(resources: NlpResources) -> None:
    index = analyse(resources, "The panel on Sunday had Jake Tapper, CNN, and two more guests from Dover.")
    assert held_record(index, "Jake Tapper")[1] == "person"


def test_a_surname_that_reports_stays_the_persons(resources: NlpResources) -> None:
    index = analyse(resources, "Ana Lee saw the smoke first, from her porch in Dover. Lee reported the fire at 2 "
                               "a.m., and Lee said no one was hurt.")
    assert held_record(index, "Lee")[1] == "person"


@pytest.mark.parametrize("text", [
    "It is the second attempt this year by Vane allies to unseat the deputy minister.",
    "Reporters asked about the so-called Vane dossier, a key document in the inquiry.",
])
def test_a_surname_before_a_persons_noun_is_a_person(resources: NlpResources, text: str) -> None:
    assert type_of(analyse(resources, text), "Vane") == "person"


@pytest.mark.parametrize("nickname", ["Obamacare", "Trumpcare", "Vanecare"])
def test_a_health_laws_nickname_is_a_work(resources: NlpResources, nickname: str) -> None:
    index = analyse(resources, f"A lawsuit could dismantle {nickname}. Mr. Kade says the party is developing a plan.")
    assert [kind for _, kind in records(index, nickname)] == ["work"]


def test_a_person_before_other_words_is_no_pipeline() -> None:
    assert mention_cue("Ana Vane piped up at the hearing.", "Ana Vane", "person") is None


def test_a_leaders_surname_before_border_emergency_is_the_leader(resources: NlpResources) -> None:
    index = analyse(resources,
                     "President Orin Varlo signed the order on Monday. Varlo said the wall would be finished soon.",
                     "Democrats filed a resolution to revoke Varlo's border emergency this week.")
    found = [e for e in index.entities if any(m.text == "Orin Varlo" for m in e.mentions)]
    assert len(found) == 1 and found[0].type == "person"
    assert sum(m.text == "Varlo" for m in found[0].mentions) == 2


def test_names_differing_only_in_middle_initials_are_two_people(resources: NlpResources) -> None:
    index = analyse(resources, "Olena Marsh served as treasurer under President Harold T. Kessler from 2003 to 2007"
                     " and as envoy under President Harold R. T. Kessler from 1991 to 1995.")
    people = [{m.text for m in entity.mentions} for entity in index.entities if entity.type == "person"]
    assert {"Harold T. Kessler"} in people and {"Harold R. T. Kessler"} in people


def test_a_programme_spacy_tagged_a_person_is_a_work(resources: NlpResources) -> None:
    index = analyse(resources, "Tenants in Kadeville long ago received Emergency Rental Assistance, a $12 billion plan"
                     " to keep families housed.")
    types = {mention.text: entity.type for entity in index.entities for mention in entity.mentions}
    assert types.get("Emergency Rental Assistance") == "work"


def test_a_surname_before_a_generation_suffix_stands_for_the_full_name() -> None:
    assert "kessel" in name_ends(("ana", "l", "kessel", "iii"))
    assert name_ends(("ana", "kessel")) == {"ana", "kessel"}


def test_a_son_named_after_his_father_is_his_own_person(resources: NlpResources) -> None:
    index = analyse(resources, "“They were only kids hanging out,” Tom Harle Sr., 47, told reporters about the group, "
                               "among them his 17-year-old son, Tom, who was hit in the leg. Harle said he was shaken.")
    father = index.by_name("a0", "Tom Harle Sr")
    son = index.by_name("a0", "Tom")
    assert father is not None and son is not None and father.id != son.id


def test_a_surname_in_the_plural_is_the_family(resources: NlpResources) -> None:
    index = analyse(resources, "Russell Welder and Rhea Welder were found dead. The Welders' deaths shocked the "
                               "town of Lumvale.")
    assert all(e.name != "Welders" for e in index.entities)


def test_a_name_before_the_bracketed_given_name_is_a_nickname(resources: NlpResources) -> None:
    index = analyse(resources, "Nessa Lumford, 15, was shot at home. Nessa, whom friends called Kiki, missed "
                               "class.", "Kiki (Nessa) Lumford, 15, died of a gunshot wound on Friday.")
    person = index.by_name("a0", "Nessa Lumford")
    assert person is not None and "Kiki" in person.aliases


def test_a_nickname_and_surname_written_as_a_name_elsewhere(resources: NlpResources) -> None:
    index = analyse(resources,
                    "Nobody has been charged yet in the killing of Lumvale High School pupil Tomas “Thomas” Ravell, "
                    "15, who was hit by gunfire on his way home. Police said Thomas may have met strangers that "
                    "evening.",
                    "Police still have no suspect for the death of 15-year-old Thomas Ravell. His teachers "
                    "said Tom Ravell was a well-loved pupil.")
    assert len([e for e in index.entities if "Ravell" in e.name]) == 1
