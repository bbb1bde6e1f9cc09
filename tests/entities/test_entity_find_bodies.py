"""Entities found end to end (find_entities) that are bodies: agencies, forces, offices, chambers, stores and
firms, with where their names end and which other names they join. Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_texts import (
    analyse,
    held_record,
    holding,
    mention_cue,
    mention_forms,
    names_of,
    record,
    records_naming,
)

from newsprism.entities import EntityIndex
from newsprism.entities.title_bodies import titled_name
from newsprism.model import Entity
from newsprism.nlp.resources import NlpResources


def test_an_acronym_of_a_bodys_first_words_joins_it(resources: NlpResources) -> None:
    index = analyse(resources, "The Centers for Lumo Control and Prevention shortened the period on Wednesday.",
                    "The CLC said the period would be ten days.")
    assert len([e for e in index.entities if e.name == "CLC" or "CLC" in e.aliases]) == 1
    assert next(e for e in index.entities if "CLC" in e.aliases).name.endswith("Control and Prevention")


def test_a_dog_unit_is_cut_off_the_force(resources: NlpResources) -> None:
    index = analyse(resources, "Officers with the Lumo Police Department K-9 unit tracked the man. The K-9 unit "
                               "found him in a shed.")
    names = {e.name for e in index.entities}
    assert "Lumo Police Department" in names and not any("K-9" in name for name in names)


def test_a_role_acronym_before_a_full_name_is_cut_off(resources: NlpResources) -> None:
    index = analyse(resources, "The team fired coach Ana Lee on Saturday, general manager Tom Berglund said.",
                    "GM Tom Berglund said the team needed a change.")
    berglund = [e for e in index.entities if "Berglund" in e.name]
    assert len(berglund) == 1 and berglund[0].name == "Tom Berglund" and len(berglund[0].mentions) == 2


def test_a_school_named_after_a_person_is_a_body(resources: NlpResources) -> None:
    first = "Officers were sent to Harriet Quellman High School in Brookvale after a boy was hurt on Monday."
    second = ("Police were at Quellman High School all day to reassure pupils. Counsellors will be at the school "
              "on Tuesday.")
    found = analyse(resources, first, second)
    school = holding(found, "Harriet Quellman High School")
    assert len(school) == 1 and school[0].type == "organisation"
    assert holding(found, "Quellman High School") == school


def test_a_bodys_name_cut_at_its_and_is_whole(resources: NlpResources) -> None:
    text = "Last year she led the AMA Board on Ethical and Judicial Standards and taught in Kadeville."
    names = {e.name for e in analyse(resources, text).entities}
    assert "AMA Board on Ethical and Judicial Standards" in names and "Judicial Standards" not in names


OFFICE = "According to the Carver County Sheriff's Office, a woman was shot on Hudson Road on Sunday."
DEPARTMENT = "Here is the release from the {} County Sheriff's Department: a woman was shot in her driveway."


def test_a_sheriffs_office_and_department_are_one_body(resources: NlpResources) -> None:
    index = analyse(resources, OFFICE, DEPARTMENT.format("Carver"))
    assert record(index, "Carver County Sheriff's Office") == [
        "Carver County Sheriff's Department", "Carver County Sheriff's Office"]


def test_two_offices_of_other_counties_stay_apart(resources: NlpResources) -> None:
    index = analyse(resources, OFFICE, DEPARTMENT.format("Benton"))
    assert record(index, "Carver County Sheriff's Office") == ["Carver County Sheriff's Office"]


def test_a_bodys_word_before_the_noun_it_modifies_is_the_body(resources: NlpResources) -> None:
    text = "A Stanford student was sentenced in June. Stanford University said it would review the case."
    assert record(analyse(resources, text), "Stanford University") == ["Stanford", "Stanford University"]


def test_a_stores_name_runs_past_the_owners_possessive(resources: NlpResources) -> None:
    text = "The man was shot beside his truck outside a Sam's Club store in Westbrook on Friday night, police said."
    assert [e.name for e in analyse(resources, text).entities if e.type == "organisation"] == ["Sam's Club"]


def test_a_name_taken_to_still_joins_the_hospital_of_that_name(resources: NlpResources) -> None:
    text = ("Two men were shot on Friday night and taken to Jacob Hensley. Jacob Hensley Hospital said both were "
            "in stable condition.")
    assert record(analyse(resources, text), "Jacob Hensley Hospital") == ["Jacob Hensley", "Jacob Hensley Hospital"]


def test_an_acronym_tied_to_a_name_opening_with_a_countrys_initials(resources: NlpResources) -> None:
    text = ("Prices rose to $3.10, the U.S. Energy Information Administration (EIA) reported on Monday. Last week "
            "the figure was lower.")
    assert record(analyse(resources, text), "EIA") == ["EIA", "U.S. Energy Information Administration"]


OUTLET = ("The sale closed on Friday, Politico reported. Asked about it, Ana Lee told Politico she was pleased. "
          "According to Politico, the deal was small.")


def test_an_outlet_named_as_a_source_is_a_body(resources: NlpResources) -> None:
    assert held_record(analyse(resources, OUTLET), "Politico")[1] == "organisation"


def test_a_brands_letters_after_its_name_end_it(resources: NlpResources) -> None:
    index = analyse(resources, "Police say Kade Lumo robbed the Metro PCS store on Elm Street in Dover twice.")
    assert held_record(index, "Metro PCS")[:2] == ("Metro PCS", "organisation")


STAFF = ("Tom Berg is not an employee of RT. He said RT's management never told him what to say, and he "
         "works for RT only on weekends.")


def test_an_outlets_staff_words_make_it_a_body(resources: NlpResources) -> None:
    assert held_record(analyse(resources, STAFF), "RT")[1] == "organisation"


def test_an_outlets_journalist_and_programme_make_it_a_body(resources: NlpResources) -> None:
    index = analyse(resources, "CNN's Jake Tapper asked her twice about the vote. At a CNN town hall in Dover she "
                               "answered at last.")
    assert held_record(index, "CNN")[1] == "organisation"


def test_a_site_listed_beside_outlets_is_a_body(resources: NlpResources) -> None:
    index = analyse(resources, "The group named several sites it said were hidden, listing Breitbart, The Washington "
                               "Free Beacon, The Daily Wire and a few more.")
    assert held_record(index, "Breitbart")[1] == "organisation"


def test_a_soldiers_rank_after_the_force_is_cut_off(resources: NlpResources) -> None:
    index = analyse(resources, "A quarrel between Army Spc. Ivan Lopez, 34, and two other soldiers came first. Army "
                               "Secretary John McHugh spoke on Thursday about what the United States Army knew.")
    assert held_record(index, "Army")[0] == "United States Army"


def test_a_one_word_site_that_reports_is_a_body(resources: NlpResources) -> None:
    index = analyse(resources, "The new phone sends data home, Motherboard reported on Monday. The maker denied it.")
    assert held_record(index, "Motherboard")[1] == "organisation"


CUSTOMS = ("U.S. Customs and Border Protection will hold the goods at the ports, the agency said on Wednesday. CBP "
           "officials told a briefing the ban was wide.")


def test_and_words_the_acronym_spells_end_a_bodys_name(resources: NlpResources) -> None:
    assert held_record(analyse(resources, CUSTOMS), "CBP")[0] == "U.S. Customs and Border Protection"


def test_two_bodies_joined_by_and_stay_two(resources: NlpResources) -> None:
    index = analyse(resources, "Apple and Google said on Monday they would pay the fine. The ABC network aired it.")
    assert held_record(index, "Apple")[2] == ["Apple"]


def test_an_industrys_giant_before_a_name_is_a_company(resources: NlpResources) -> None:
    index = analyse(resources, "Electronics giant Foxconn said on Wednesday that the plant in Dover would be smaller.")
    assert held_record(index, "Foxconn")[1] == "organisation"


def test_a_company_and_co_is_the_company(resources: NlpResources) -> None:
    index = analyse(resources, "Pharmaceutical companies Vanex & Co. and Kade Biotherapeutics announced the trial on "
                               "Monday.", "The pill from Vanex and partner Kade Biotherapeutics cut the risk by half.")
    forms = [sorted(m.text for m in e.mentions) for e in index.entities if any("Vanex" in m.text for m in e.mentions)]
    assert forms == [["Vanex", "Vanex & Co"]], forms


def test_a_company_tagged_a_body_before_its_pipeline_keeps_its_type() -> None:
    text = "Engineers at the Kade Energy pipeline found a leak."
    assert mention_cue(text, "Kade Energy", "organisation") != "place"


def test_an_office_of_a_body_stays_a_body() -> None:
    text = "A report from the Lumo Budget Office said costs would rise."
    assert mention_cue(text, "Lumo Budget Office", "organisation") != "place"


@pytest.mark.parametrize("text", [
    "Hackers struck the software vendor Trelvo last week.",
    "The ransomware group Trelvo asked for a large payment.",
    "Officers raided a drug cartel Trelvo ran from the coast.",
    "Investors left the Dutch payments firm Trelvo on Monday.",
])
def test_a_kind_noun_before_a_name_makes_it_a_body(text: str) -> None:
    assert mention_cue(text, "Trelvo") == "organisation"


@pytest.mark.parametrize("text", [
    "A note appeared on a site run by the Trelvo cybercrime gang, researchers said.",
    "A note appeared on a site run by the Kade-backed Trelvo cybercrime gang, researchers said.",
    "Police said the Trelvo gang had stolen the cars.",
    "Shares of the Trelvo firm rose.",
])
def test_a_kind_noun_after_a_name_makes_it_a_body(text: str) -> None:
    assert mention_cue(text, "Trelvo") == "organisation"


@pytest.mark.parametrize("text", [
    "The game developer Ana Vane spoke first.",
    "The mail carrier Ana Vane found the parcel.",
    "Staff at the party Ana Vane leads were told to wait.",
    "The Ana Vane daily briefing was moved.",
    "A group of friends met Ana Vane at noon.",
])
def test_a_person_beside_other_nouns_keeps_no_body_cue(text: str) -> None:
    assert mention_cue(text, "Ana Vane") != "organisation"


def _forms(index: EntityIndex, form: str) -> set[str]:
    found: list[Entity] = [e for e in index.entities if any(m.text == form for m in e.mentions)]
    assert len(found) == 1
    return {m.text for m in found[0].mentions}


def test_the_press_is_no_mention_of_a_press_agency(resources: NlpResources) -> None:
    text = ("A video posted by Associated Press reporter Tamsin Orlo showed the crowd at the Lumo rally. The few "
            "marchers stood among more police and press than supporters, and the rally ended early.")
    assert _forms(analyse(resources, text), "Associated Press") == {"Associated Press"}


def test_a_news_agency_is_still_the_agency(resources: NlpResources) -> None:
    text = ("Anadolu Agency published the first photographs of the flooded Lumo valley on Monday. The agency said "
            "its photographers had reached the village by boat.")
    assert "agency" in _forms(analyse(resources, text), "Anadolu Agency")


def test_a_body_not_an_outlet_keeps_its_definite_description(resources: NlpResources) -> None:
    text = ("The Lumo Printing Press opened a second workshop in March. The press now employs forty binders, its "
            "owner said.")
    assert "press" in _forms(analyse(resources, text), "Lumo Printing Press")


def test_a_chair_before_a_titled_name_is_no_part_of_the_bodys_name(resources: NlpResources) -> None:
    first = "Varnok Defence Council Chair Gen. Tomas Elbe told senators the pullout came too early."
    second = "Gen. Tomas Elbe, who leads the Varnok Defence Council, testified for three hours."
    index = analyse(resources, first, second)
    assert not any(m.text.endswith("Chair") for e in index.entities for m in e.mentions)
    assert _forms(index, "Varnok Defence Council") == {"Varnok Defence Council"}
    assert len([m for e in index.entities for m in e.mentions if m.text == "Varnok Defence Council"]) == 2


def test_a_vaccine_maker_is_one_company_and_its_ticker_no_name(resources: NlpResources) -> None:
    index = analyse(resources,
                     "The country will buy 300 million doses of the Varlex (VRX.N) vaccine, officials said on Friday.",
                     "Health officials will ship Varlex's Kopa-19 vaccine to 40 poorer nations this year.",
                     "Donated shots of the Varlex vaccine will reach clinics in June, the ministry said.")
    makers = [e for e in index.entities if e.name == "Varlex"]
    assert [e.type for e in makers] == ["organisation"]
    assert not [e for e in index.entities if "VRX" in e.name]


def test_a_court_case_names_no_party(resources: NlpResources) -> None:
    texts = ("The justices may revisit Lumo Health v. Tarrant, the 1994 ruling, this term.",
             "Lawyers argued the state law breaks the rule of Lumo Health v. Tarrant.",
             "The court will weigh whether to overturn Dorsey v. Wade and Kade Parenthood v. Casey next year.")
    index = analyse(resources, *texts)
    for entity in index.entities:
        for m in entity.mentions:
            text = texts[int(m.article[1:])]
            assert not text[m.end:].startswith(" v.") and not text[:m.start].endswith("v. "), entity.name


def test_a_firms_name_of_one_name_twice_is_no_pair(resources: NlpResources) -> None:
    index = analyse(resources,
                     "Regulators paused the Tovana & Tovana vaccine on Tuesday. Tovana said the pause was brief.",
                     "Clinics will resume the Tovana & Tovana vaccine, health officials said.",
                     "The Tovana and Tovana vaccine will return, Tovana officials said.")
    firms = [e for e in index.entities if e.name == "Tovana & Tovana"]
    assert [e.type for e in firms] == ["organisation"] and len(firms[0].mentions) == 2


def test_a_court_cut_before_its_head_joins_the_court(resources: NlpResources) -> None:
    index = analyse(resources, "A two-page ruling from a 9th U.S. Circuit Court of Appeals panel restored the"
                     " Oregon rule on Monday. Judges said the rule could return in May.",
                     "A panel of 9th Circuit judges heard the appeal from Oregon on Monday.",
                     "The 9th Circuit Court of Appeals sided with Oregon.")
    assert any({"9th Circuit", "9th Circuit Court of Appeals"} <= names for names in mention_forms(index))


def test_a_titles_body_run_into_a_name_is_cut_off(resources: NlpResources) -> None:
    index = analyse(resources, "Speaker of the House Dana Morrow (D-OR) and other leading Democrats issued a statement"
                     " on Monday. Morrow said the bill would pass.")
    assert [(entity.type, entity.name) for entity in index.entities if "Morrow" in entity.name] == [
        ("person", "Dana Morrow")]


def test_only_a_body_word_then_two_capitalised_words_after_a_title_of() -> None:
    for text, name, cut in (("Speaker of the Assembly Dana Morrow spoke.", "Assembly Dana Morrow", "Dana Morrow"),
                            ("Chairman of the Senate Rules Committee Amy Tosh left.", "Senate Rules Committee Amy Tosh",
                             "Amy Tosh"),
                            ("The Chairman of the Senate Rules Committee left.", "Senate Rules Committee", None),
                            ("A friend of the House Dana Morrow built left.", "House Dana Morrow", None),
                            ("Speaker of the House Morrow spoke.", "House Morrow", None)):
        start = text.index(name)
        at, kind = titled_name(text, start, start + len(name), "organisation")
        assert (text[at:start + len(name)], kind) == ((cut, "person") if cut else (name, "organisation")), text


def test_an_acronym_joins_the_name_another_article_spells_out(resources: NlpResources) -> None:
    first = "The LBI released its report on Friday about the senator's emails."
    second = "Documents were released on Friday by the Lumo Bureau of Inquiry, officials said."
    names = names_of(analyse(resources, first, second))
    assert any({"LBI", "Lumo Bureau of Inquiry"} <= forms for _, forms in names.values())


def test_a_hospital_written_short_joins_its_full_name(resources: NlpResources) -> None:
    index = analyse(resources, "Three were taken to Lenox Hospital. A fourth man was struck twice in the torso and "
                               "driven to Lenox in stable condition. They were all treated at Lenox and Kade County "
                               "hospitals.")
    hospital = next(e for e in index.entities if e.name == "Lenox Hospital")
    assert hospital.type == "place" and len(hospital.mentions) == 3


def test_a_titles_first_words_before_of_are_no_body(resources: NlpResources) -> None:
    index = analyse(resources, "“We are looking at this case,” said Lumvale Chief of Department Ana Tarvo. Lumvale "
                               "police are patrolling the streets.")
    assert not [e for e in index.entities if e.name.endswith("Chief")]


def test_a_misspelt_surname_the_parse_tagged_a_body_joins_the_person(resources: NlpResources) -> None:
    index = analyse(resources, "Her mother, Sefa Keage, moved from Ghana in 2001. Keague said she held two jobs "
                               "to give her children a chance.")
    assert [(e.name, e.type) for e in index.entities if e.name.startswith("Kea") or "Keage" in e.name] == [
        ("Sefa Keage", "person")]


def test_a_force_without_its_generic_head(resources: NlpResources) -> None:
    index = analyse(resources, "Village Police said the man fled. The Lumvale Village Police Department is "
                               "investigating. Village Police asked anyone with information to call.")
    assert records_naming(index, "Village Police") == [("Lumvale Village Police Department", "organisation")]
    two = analyse(resources, "Village Police said the man fled. The Lumvale Village Police Department and the Kade "
                             "Village Police Department are investigating. Village Police asked for help.")
    assert len(records_naming(two, "Village Police")) == 3  # two forces: the short name joins neither


def test_a_forces_generic_name_still_joins_its_one_force(resources: NlpResources) -> None:
    index = analyse(resources, "The Stockville Police Department said the man was arrested. A spokesman for the "
                               "Police Department said he had no lawyer. The Stockville Police Department thanked "
                               "the public.")
    assert records_naming(index, "Police Department") == [("Stockville Police Department", "organisation")]


def test_a_force_written_in_full_joins_no_glued_name(resources: NlpResources) -> None:
    from newsprism.entities.contained import _held
    assert _held(("county", "police"), ("prince", "kade's", "county", "police"), True)
    assert not _held(("lumo", "police"), ("lumo", "daily", "news", "police"), True)
    assert _held(("lumo", "police"), ("lumo", "county", "police"), False)
