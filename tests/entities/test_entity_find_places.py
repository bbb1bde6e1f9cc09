"""Entities found end to end (find_entities) that are places: streets, crossings, towns, counties, states
and countries, a bar or a club named after its owner. Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_texts import (
    analyse,
    held_record,
    holding,
    mention_cue,
    mention_forms,
    names_of,
    records,
    records_naming,
    type_of,
)

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.place_pairs import place_pair
from newsprism.entities.states import state_key
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def test_a_bar_named_after_its_owner_is_a_place(resources: NlpResources) -> None:
    index = analyse(resources, "Seven people were shot at Tarvo's Place on Sunday. The owner of Tarvo's Place, Ben "
                               "Tarvo, said the club had guards. Tarvo's Place reopened Monday.")
    kinds = {e.name: e.type for e in index.entities}
    assert kinds.get("Tarvo's Place") == "place" and kinds.get("Ben Tarvo") == "person"


def test_us_in_a_transcript_in_capitals_is_no_country(resources: NlpResources) -> None:
    index = analyse(resources, "DETECTIVES TELL US TWO MEN ARE BEING HELD OVER THE GUNFIRE ON THE NORTH END. "
                               "SHE IS WITH US LIVE FROM LUMOVILLE TONIGHT.\n\nTwo men were arrested in Lumoville.")
    assert not [e for e in index.entities if e.type == "place" and "US" in (e.name, *e.aliases)]


def test_a_crossing_after_home_on_is_a_street(resources: NlpResources) -> None:
    index = analyse(resources, "The girl was hit by gunfire outside her home on Tarvo Street. She died at the family's "
                               "north end home on Tarvo and Quenby last Thursday.")
    assert {e.name: e.type for e in index.entities}.get("Quenby") in ("place", None)


def kinds(index: EntityIndex) -> dict[str, str]:
    return {e.name: e.type for e in index.entities}


def test_streets_spacy_tags_people_are_places(resources: NlpResources) -> None:
    text = ("A man died after he was shot at 11:40 p.m. on the 14800 block of Marlowe near Dunstan on the west side, "
            "Officer Ana Veltri said. Two women were hurt on Winslow near Carver, Veltri said.")
    found = kinds(analyse(resources, text))
    assert found.get("Marlowe") == "place" and found.get("Winslow") == "place"
    assert found.get("Ana Veltri") == "person"


def test_a_street_written_short_joins_its_full_name(resources: NlpResources) -> None:
    index = analyse(resources, "Deputies went to a house off Quill Valley Drive early on Monday.",
                    "A man was found wounded in the 3900 block of Quill Valley on Monday, deputies said.")
    streets = [e for e in index.entities if "Quill Valley" in e.name]
    assert len(streets) == 1 and streets[0].type == "place" and len(streets[0].mentions) == 2


def test_a_campus_after_a_name_is_that_place(resources: NlpResources) -> None:
    first = "Medics drove the girl to Lumo Hospitals Northvale Campus, where nurses dressed the cut on her palm."
    second = "The girl was first seen at Lumo Hospitals Northvale and then sent on to a children's ward in Kadeville."
    found = analyse(resources, first, second)
    assert len(holding(found, "Lumo Hospitals Northvale")) == 1
    assert holding(found, "Lumo Hospitals Northvale") == holding(found, "Lumo Hospitals Northvale Campus")


def test_a_state_written_with_spaced_initials(resources: NlpResources) -> None:
    assert state_key("N. Y.") == "newyork" and state_key("N.Y.") == "newyork"
    assert state_key("J. R.") is None
    first = "The driver, Bram Ostrow, 24, of Hollisport, N. Y., was held on Friday."
    second = "Police in New York said Ostrow will be in court next week."
    found = analyse(resources, first, second)
    state = holding(found, "New York")
    assert len(state) == 1 and state[0].type == "place" and "N. Y." in {m.text for m in state[0].mentions}


def test_a_county_cut_before_its_attorney(resources: NlpResources) -> None:
    text = ("Brenmoor County District Attorney Tobias Garn said Friday that the man had fired first. Garn said the "
            "case goes to the grand jury.")
    found = analyse(resources, text)
    assert not [e for e in found.entities if e.name.endswith("District")]


def test_a_doctors_degree_is_no_state(resources: NlpResources) -> None:
    text = ("Tomas Rell, MD, the state medical society's head, praised the pick. Rell keeps a lab at the agency's "
            "Bethesda, Md., campus.")
    found = analyse(resources, text)
    assert [e.type for e in holding(found, "Tomas Rell")] == ["person"]
    assert "MD" not in {m.text for e in found.entities for m in e.mentions}


def test_a_university_hospital_is_a_place(resources: NlpResources) -> None:
    text = "The victim was taken to University of Westbrook Hospital, where he was treated for a wound to the leg."
    found = [e for e in analyse(resources, text).entities if e.name == "University of Westbrook Hospital"]
    assert [e.type for e in found] == ["place"]


def test_a_name_a_patient_is_taken_to_is_a_place(resources: NlpResources) -> None:
    text = "A neighbour rang 911. The man was transported to Ada Morrow and then to a trauma center, where he died."
    assert [e.type for e in analyse(resources, text).entities if e.name == "Ada Morrow"] == ["place"]


def test_co_before_a_county_office_is_the_county(resources: NlpResources) -> None:
    text = "The shots came from a barn on Fenwick Lane, said Belmar Co. Sheriff Dale Orrin."
    assert [e.type for e in analyse(resources, text).entities if e.name == "Belmar Co"] == ["place"]


def test_the_capitol_and_its_hill_are_places(resources: NlpResources) -> None:
    index = analyse(resources, "Lawmakers on Capitol Hill argued for hours. Protesters marched to the Capitol on "
                               "Tuesday, and the Capitol Police closed two gates.")
    assert held_record(index, "Capitol Hill")[1] == "place"
    assert held_record(index, "Capitol")[1] == "place"
    assert held_record(index, "Capitol Police")[1] == "organisation"


def test_bodies_places_and_seats_before_allies_stay_what_they_are(resources: NlpResources) -> None:
    index = analyse(resources, "Nato allies met in Lisbon on Monday. House allies of the speaker walked out, the "
                               "Kremlin allies stayed home, and the Orlando probe went on.")
    assert type_of(index, "Nato") == "organisation"
    assert type_of(index, "House") == "organisation"
    assert type_of(index, "Kremlin") == "organisation"
    assert type_of(index, "Orlando") == "place"


def test_the_chamber_joins_its_full_name_opened_by_the_country(resources: NlpResources) -> None:
    index = analyse(resources, "Two campaigns running for seats in the U.S. House of Representatives lost their files.",
                    "The House voted on Tuesday to pass the bill, officials said.")
    assert records(index, "House") == [("U.S. House of Representatives", "organisation")]


def test_a_states_chamber_stays_apart(resources: NlpResources) -> None:
    index = analyse(resources, "Lobbyists for the Lumo House of Representatives were hacked last year.",
                    "The House voted on Tuesday to pass the bill, officials said.")
    assert records(index, "House") == [("House", "organisation")]


def test_an_acronym_spells_the_letters_of_a_dotted_country(resources: NlpResources) -> None:
    text = ("The U.S. Department of Harbors said on Monday that the ferry fees would rise. A spokesman for the USDH "
            "said the new fees would pay for repairs.")
    index = find_entities(parse([Article(id="a0", source="a0", format="text", text=text)], resources, NlpConfig()))
    holders = [e.name for e in index.entities if any(m.text == "USDH" for m in e.mentions)]
    assert holders == ["U.S. Department of Harbors"]


@pytest.mark.parametrize("after", ["pipeline", "oil pipeline", "pipelines"])
def test_a_name_before_a_pipeline_is_a_place(after: str) -> None:
    text = f"Lawmakers fought over the Lumo XL {after} for years."
    assert mention_cue(text, "Lumo XL", "person") == "place"


@pytest.mark.parametrize("room", ["Oval Office", "Situation Room", "Rose Garden"])
def test_a_residences_room_is_a_place(room: str) -> None:
    text = f"The two leaders held a tense {room} meeting on Friday."
    assert mention_cue(text, room, "organisation") == "place"


def test_a_country_is_not_the_strait_named_after_it(resources: NlpResources) -> None:
    texts = ["Japan said on Monday that two warships sailed through the Japan Strait near dawn.",
             "Japan will not bow to pressure, its premier said, as Japan marked a holiday with a parade."]
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    index = find_entities(parse(articles, resources, NlpConfig()))
    holders = {e.name for e in index.entities if any(m.text == "Japan" for m in e.mentions)}
    assert holders == {"Japan"}


@pytest.mark.parametrize("name", ["Lumo", "Kade"])
def test_names_listed_before_capital_counties_are_places(name: str) -> None:
    text = "Officials said Lumo, Kade and Ria Counties voted on Tuesday."
    assert mention_cue(text, name, "person") == "place"


def test_a_surname_before_and_a_capital_park_is_no_place() -> None:
    text = "She thanked Lumo and Rosa Parks for their courage."
    assert mention_cue(text, "Lumo", "person") != "place"


def test_a_cut_name_held_by_two_longer_names_or_of_a_place_stays_apart(resources: NlpResources) -> None:
    index = analyse(resources, "The Federal Reserve raised rates on Wednesday. The Federal Reserve Bank of New York"
                     " said growth slowed.", "Lumo Institute said the Lumo Institute of Technology and the Lumo"
                     " Institute of Art would merge.")
    assert {"Federal Reserve"} in mention_forms(index) and {"Lumo Institute"} in mention_forms(index)


def test_a_place_opening_a_bodys_name_stays_a_place(resources: NlpResources) -> None:
    index = analyse(resources, "The Orange Valley County Board of Supervisors voted on Monday. Officials in Orange"
                     " Valley County said the vote was close. The United States Department of Labor said jobs grew in"
                     " the United States.")
    assert {"Orange Valley County"} in mention_forms(index) and {"United States"} in mention_forms(index)


def test_two_places_joined_by_a_hyphen_are_two_places(resources: NlpResources) -> None:
    index = analyse(resources, "Governor Ana Lee toured the U.S.-Canada crossing near Kadeville on Friday. Canada"
                     " sent two ministers.",
                     "Trade across the U.S.-Mexico line fell in March, officials in the United States said.")
    types = {mention.text: entity.type for entity in index.entities for mention in entity.mentions}
    assert "U.S.-Canada" not in types and "U.S.-Mexico" not in types
    assert types.get("Canada") == types.get("Mexico") == "place"
    assert any({"U.S.", "United States"} <= {m.text for m in entity.mentions} for entity in index.entities)


def test_a_hyphened_name_not_of_two_places_stays_whole() -> None:
    for text in ("Coca-Cola", "Ocasio-Cortez", "Israeli-Palestinian", "Lumo-Texas"):
        assert place_pair(text, 0, len(text), "organisation") == [(0, len(text), "organisation")]
    assert place_pair("U.S.-Russia", 0, 11, "organisation") == [(0, 4, "place"), (5, 11, "place")]


def test_an_ap_state_abbreviation_is_the_state(resources: NlpResources) -> None:
    names = names_of(analyse(resources, "Six people were shot in Lumo, Ind. on Saturday."))
    assert names.get("Indiana", ("", set()))[0] == "place"


def test_a_town_stays_apart_from_its_festival(resources: NlpResources) -> None:
    text = ("Shots were fired at the Lumo Garlic Festival on Sunday. The Lumo Garlic Festival was closed. "
            "Police in Lumo, California, said a man was held. The Lumo Garlic Festival opens again next year.")
    names = names_of(analyse(resources, text))
    assert not any("Lumo" in forms and "Lumo Garlic Festival" in forms for _, forms in names.values())


@pytest.mark.parametrize(("written", "state"), [
    ("N.Y.", "newyork"), ("NY", "newyork"), ("Pa.", "pennsylvania"), ("W.Va.", "westvirginia"),
    ("Calif.", "california"), ("Wyo.", "wyoming"), ("Ny", None), ("Ohio", None), ("Lumo", None), ("D.C.", None),
])
def test_a_state_written_short_reads_as_the_state(written: str, state: str | None) -> None:
    assert state_key(written) == state


def test_a_story_s_agency_states_district_and_credits_read_whole(resources: NlpResources) -> None:
    index = analyse(
        resources,
        "The Associated Press reported the vote on Monday. Officials told AP the count would end Friday.\n"
        "Tom Berg moved from Albany, N.Y., to Lumo. He said New York was colder than Washington, D.C.\n"
        "(Jane Roe for the Kade Times)\n",
        "The crowd dispersed, Interim D.C. Police Chief Marla Okonkwo said Tuesday. Protests in D.C. continued.")
    records = {e.name: {m.text for m in e.mentions} for e in index.entities}
    assert {"AP", "Associated Press"} <= records.get("Associated Press", set())
    assert {"N.Y.", "New York"} <= records.get("New York", set())
    assert {"D.C.", "Washington"} <= records.get("Washington D.C.", set())
    assert not any("Jane Roe" in forms or "Interim D.C. Police" in forms for forms in records.values())


def test_streets_spacy_tags_people_are_places_in_the_story(resources: NlpResources) -> None:
    text = ("A robber entered a diner at Outer Tarvo Drive and Delacroix on Sunday. Another woman was wounded while "
            "walking on Marbury in the old town. Police said the boundaries run to Delacroix to the east.")
    records = {entity.name: entity.type for entity in analyse(resources, text).entities}
    assert records.get("Delacroix") == "place"
    assert records.get("Marbury") == "place"


def test_a_one_word_street_so_cued_joins_the_street_it_opens(resources: NlpResources) -> None:
    text = ("Rioters gathered at Tarvo and Delacroix on Monday. Shops on Tarvo Avenue were looted. "
            "Police closed Tarvo Avenue near the square.")
    records = {entity.name: entity for entity in analyse(resources, text).entities}
    assert "Tarvo" not in records


def test_a_street_shared_with_a_persons_surname_stays_the_street(resources: NlpResources) -> None:
    index = analyse(resources, "Two shots hit a van at Wilkes and Tamsin streets near 11 p.m. “Everyone ran,” "
                               "neighbour Dario Wilkes, 58, said. Wilkes said he hid. An hour on, a teen was struck at "
                               "Wilkes Ave. and Tamsin St., officers said.")
    street = next(e for e in index.entities if e.name.startswith("Wilkes Ave"))
    person = next(e for e in index.entities if e.name == "Dario Wilkes")
    assert len(street.mentions) == 2 and len(person.mentions) == 2


def test_a_facility_glued_to_its_island_by_on_splits(resources: NlpResources) -> None:
    index = analyse(resources, "The hurt made their own way to Tarvo University Medical Center on Kestrel Island. "
                               "Others were driven to Tarvo University Medical Center in Kestrel Island.")
    names = {e.name for e in index.entities}
    assert "Tarvo University Medical Center" in names and "Kestrel Island" in names


def test_a_persons_possessive_before_a_street_splits_off(resources: NlpResources) -> None:
    index = analyse(resources, "Nessa Lumford, 15, was shot on Marlow Avenue near Beach 31st Street on Friday, "
                               "police said.",
                    "Two teens were playing with a pistol inside of Lumford’s Marlow Avenue apartment.")
    names = {e.name for e in index.entities}
    assert "Marlow Avenue" in names and not any("’s Marlow" in name for name in names)


def test_a_states_abbreviation_ending_a_sentence_is_cut_from_the_next_name(resources: NlpResources) -> None:
    index = analyse(resources, "Police in Missouri say they are looking for Ana Tarvenko in Kade County, Mo. "
                               "Tarvenko is about 5 foot 10 and was last seen on foot. Officers in Kade County, Mo., "
                               "warned residents.")
    assert not [e for e in index.entities if "Mo." in e.name or ("Mo" in e.name and "Tarvenko" in e.name)]
    states = [e for e in index.entities if "Missouri" in (e.name, *e.aliases) or "Mo" in (e.name, *e.aliases)]
    assert len(states) == 1 and states[0].type == "place"


def test_a_forces_plural_members_are_no_place(resources: NlpResources) -> None:
    index = analyse(resources, "The search included two SWAT teams and Kade County Sheriff's Deputies on Tuesday.")
    assert all(e.type != "place" for e in index.entities if "Deputies" in e.name)


def test_a_hospital_spacy_cut_is_one_place(resources: NlpResources) -> None:
    index = analyse(resources, "Medics drove the victim to Lena Kaub General Hospital; he did not survive. Lena Kaub "
                               "General Hospital said he arrived at 4 a.m.")
    assert records_naming(index, "Kaub") == [("Lena Kaub General Hospital", "place")]
