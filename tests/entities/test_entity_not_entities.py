"""entities/not_entities.py: spans that are no entity (not_an_entity): scales, everyday words, generic
heads. Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_texts import analyse, holding

from newsprism.entities.mentions import _slashed
from newsprism.entities.names import name_tokens
from newsprism.entities.not_entities import not_an_entity
from newsprism.entities.products import is_product
from newsprism.nlp.resources import NlpResources


def test_rites_units_and_guns_are_no_entities() -> None:
    text = "Catholics receiving Communion at Mass. She moved to Boston, Mass. He had a BB gun. Lumo gun violence."
    communion, mass = text.index("Communion"), text.index("Mass.")
    assert not_an_entity(text, communion, communion + 9, ("communion",))
    assert not_an_entity(text, mass, mass + 4, ("mass",))
    boston = text.index("Mass", mass + 1)
    assert not not_an_entity(text, boston, boston + 4, ("mass",))  # the state's short form after a town
    assert not_an_entity("The K-9 unit", 4, 7, ("k", "9"))
    assert is_product(text, text.index("BB"), text.index("BB") + 2)
    assert not is_product(text, text.index("Lumo"), text.index("Lumo") + 4)


def test_role_acronyms_alone_are_no_entities() -> None:
    text = "He was the league's MVP and later the VP of the club, not GM."
    for word in ("MVP", "VP"):
        at = text.index(word)
        assert not_an_entity(text, at, at + len(word), (word.lower(),))
    gm = text.index("GM")
    assert not not_an_entity(text, gm, gm + 2, ("gm",))  # General Motors as often as a general manager


def test_a_caliber_marks_a_gun_and_a_possessed_common_noun_is_no_name() -> None:
    text = "the brother's Lumo Kade 9mm gun went off. She loved God and her Church."
    assert is_product(text, text.index("Lumo"), text.index(" 9mm"))
    church = text.index("Church")
    assert not_an_entity(text, church, church + 6, ("church",))
    assert not not_an_entity("at Lumo Church on", 3, 14, ("lumo", "church"))


def test_a_reporters_note_is_one_person_and_no_fields(resources: NlpResources) -> None:
    text = ("The school will keep counsellors on site this week.\n\nMara Quist Mara Quist is from Kadeville, and has "
            "worked as a producer. Mara graduated from the University of Tarvo with a Bachelor of Arts in Film "
            "and Sound and a Minor in Public Policy.")
    found = analyse(resources, text)
    mara = holding(found, "Mara")
    assert len(mara) == 1 and mara[0].name == "Mara Quist" and mara[0].type == "person"
    assert not holding(found, "Public Policy") and not holding(found, "Film and Sound")
    assert not holding(found, "Bachelor of Arts")
    note = "with a Master's degree in Lumo Studies"
    start = note.index("Lumo")
    assert not_an_entity(note, start, len(note), ("lumo", "studies"))
    army = "a major in the Lumo Army"
    assert not not_an_entity(army, army.index("Lumo"), len(army), ("lumo", "army"))


def test_time_zones_of_three_letters_are_no_entities() -> None:
    text = "The ship was attacked at 1100 hrs IST west of the port."
    start = text.index("IST")
    assert not_an_entity(text, start, start + 3, ("ist",))
    hartford = "She lives in Hartford, CT with her sister."
    assert not not_an_entity(hartford, hartford.index("CT"), hartford.index("CT") + 2, ("ct",))


def test_a_department_written_short_awards_and_a_monsignor_title(resources: NlpResources) -> None:
    assert name_tokens("Lumo Police Dept") == name_tokens("Lumo Police Department")
    honour = "She received the 2004 National Kindness Award last spring."
    start = honour.index("National")
    assert not_an_entity(honour, start, honour.index(" last"), ("national", "kindness", "award"))
    assert not not_an_entity(honour, start, start + len("National Kindness"), ("national", "kindness"))
    text = ("A reporter spoke with Msgr. Tomas Pelder, who leads the Lumo parish. Msgr. Pelder said the "
            "doctor is a kind woman.")
    assert all(e.name not in ("Msgr", "Msgr.") for e in analyse(resources, text).entities)


def test_a_services_acronym_is_no_entity(resources: NlpResources) -> None:
    text = "She was not breathing when officers and EMS arrived. EMS crews drove her to Kadeville General Hospital."
    assert not holding(analyse(resources, text), "EMS")
    assert not_an_entity("EMS arrived", 0, 3, ("ems",))
    assert not not_an_entity("Lumo arrived", 0, 4, ("lumo",))


def is_out(text: str, name: str) -> bool:
    start = text.index(name)
    return not_an_entity(text, start, start + len(name), name_tokens(name))


@pytest.mark.parametrize("title", ["the Duke of ", "Prince Tomas, Earl of ", "the Princess of "])
def test_the_place_of_a_peers_title_is_no_entity(title: str) -> None:
    assert is_out(f"Crowds cheered {title}Lumoshire outside the palace.", "Lumoshire")


def test_a_place_after_a_role_of_is_still_a_place() -> None:
    assert not is_out("The mayor of Lumoshire opened the bridge.", "Lumoshire")


@pytest.mark.parametrize("style", ["Royal Highness", "Majesty"])
def test_a_royal_style_is_no_entity(style: str) -> None:
    assert is_out(f"A statement said His {style} would attend.", style)


def test_a_name_with_royal_in_it_stays() -> None:
    assert not is_out("The Royal Lumo Society met in June.", "Royal Lumo Society")


@pytest.mark.parametrize(("written", "name"), [("US Surgeon General", "US Surgeon"),
                                               ("Lumo Attorney General", "Lumo Attorney")])
def test_a_title_cut_before_general_is_no_entity(written: str, name: str) -> None:
    assert is_out(f"The {written} Ana Vane warned on Monday.", name)


def test_a_us_attorney_without_general_stays() -> None:
    assert not is_out("The Lumo Attorney Ana Vane warned on Monday.", "Lumo Attorney")


def test_counties_alone_is_no_entity() -> None:
    assert is_out("Boards in Lumo and Kade-Dale Counties met.", "Counties")


@pytest.mark.parametrize("text", [
    "She spoke for the Retired Nurses of America on Friday.",
    "He campaigned on a Pledge with America last year.",
    "Tutors joined Read for America in June.",
    "Exports to Latin America fell.",
])
def test_america_ending_a_longer_name_is_no_mention_of_the_country(text: str) -> None:
    assert is_out(text, "America")


@pytest.mark.parametrize("text", [
    "America will keep its ships in the gulf.",
    "Prices rose across the whole of America this year.",
    "Lumo Corp. said America was its biggest market.",
])
def test_america_alone_stays(text: str) -> None:
    assert not is_out(text, "America")


@pytest.mark.parametrize(("text", "name"), [
    ("Defense Secretary Ana Vane flew to Lumoville.", "Defense"),
    ("The talks were led by Treasury Secretary Ana Vane.", "Treasury"),
    ("Health Minister Ana Vane said the rules would stay.", "Health"),
    ("Homeland Security Secretary Ana Vane visited the border.", "Homeland Security"),
])
def test_a_departments_word_before_its_title_is_no_entity(text: str, name: str) -> None:
    assert is_out(text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("The Defense Department said the drill was over.", "Defense Department"),
    ("Treasury officials met on Monday.", "Treasury"),
    ("Lumo Secretary Ana Vane spoke.", "Lumo"),
])
def test_a_department_without_a_title_after_it_stays(text: str, name: str) -> None:
    assert not is_out(text, name)


def _dropped(text: str, name: str) -> bool:
    start = text.index(name)
    return not_an_entity(text, start, start + len(name), name_tokens(name))


def test_a_scale_after_a_number_of_degrees_is_no_entity() -> None:
    assert _dropped("Lumo Falls reached 41 degrees Celsius on Monday, the mayor said.", "Celsius")
    assert _dropped("The lake froze at -3 degrees Fahrenheit.", "Fahrenheit")
    assert _dropped("Highs near 95° Fahrenheit are expected.", "Fahrenheit")


def test_a_name_after_degrees_without_a_number_or_of_two_words_stays() -> None:
    assert not _dropped("Anders Celsius proposed the scale; Celsius later revised it.", "Celsius")
    assert not _dropped("She holds two degrees Kade Vane helped her earn.", "Kade")
    assert not _dropped("It reached 30 degrees Lumo Kade said.", "Lumo Kade")


@pytest.mark.parametrize(("name", "charge"), [
    ("First Degree Murder", True), ("Aggravated Battery with a Firearm", True), ("Lumo Murder", True),
    ("Murder", False), ("Ana Kessel", False),
])
def test_a_charge_in_capitals_is_no_entity(name: str, charge: bool) -> None:
    text = f"She is held for {name} in Lumo."
    start = text.index(name)
    tokens = tuple(word.lower() for word in name.split())
    assert not_an_entity(text, start, start + len(name), tokens) == charge


@pytest.mark.parametrize(("text", "name", "credit"), [
    ("Marchers filled the avenue.\n(Jane Roe for the Lumo Times)\nMore text.", "Jane Roe", True),
    ("Marchers filled the avenue. (Jane Roe for Kade News)", "Kade News", True),
    ("Marchers filled the avenue.\n(Jane Roe for the Lumo Times)\n", "Lumo Times", True),
    ("Jane Roe for the Lumo Times wrote that the vote was close.", "Jane Roe", False),
    ("The group (led by Jane Roe for the Lumo Party) won seats in the vote.", "Lumo Party", False),
    ("Marchers (Jane Roe for Kade News) filled the avenue.", "Jane Roe", False),  # no line's end
])
def test_a_photographer_credited_for_an_outlet_is_no_entity(text: str, name: str, credit: bool) -> None:
    start = text.index(name)
    assert not_an_entity(text, start, start + len(name), tuple(name.lower().split())) == credit


def test_a_compass_abbreviation_alone_is_no_entity() -> None:
    text = "It was in the 1200 block of NW 4th court."
    at = text.index("NW")
    assert not_an_entity(text, at, at + 2, ("nw",))
    assert not not_an_entity("He flew to Lumo.", 11, 15, ("lumo",))


def test_a_credit_with_a_spaced_slash_is_cut_and_left_out() -> None:
    text = "Fatal fire at the house Ana Lee / Kade Times Police interview neighbours on Sunday."
    start = text.index("Ana")
    pieces = _slashed(text, start, text.index(" Times") + len(" Times"), "person")
    assert [text[a:b] for a, b in pieces] == ["Ana Lee", "Kade Times"]
    assert all(not_an_entity(text, a, b, tuple(text[a:b].lower().split())) for a, b in pieces)
    assert not not_an_entity("Ana Lee said / wrote it on Sunday.", 0, 7, ("ana", "lee"))


def test_storms_and_credits_via_an_agency_are_no_entities() -> None:
    text = "Counties hit by Hurricane Lumo voted."
    at = text.index("Lumo")
    assert not_an_entity(text, at, at + 4, ("lumo",))
    text = "Credit: YouTube/Kadeena via Lumoful"
    at = text.index("Kadeena")
    assert not_an_entity(text, at, at + 7, ("kadeena",))
    assert not not_an_entity("Ana Lee met Lumo Kade on Sunday.", 12, 21, ("lumo", "kade"))


@pytest.mark.parametrize(("text", "name", "dropped"), [
    ("Police search the scene in Lumvale. (Ana Tarvo) One man was wounded.", "Ana Tarvo", True),
    ("Police believe the shootings are linked. (Ana Tarvo/for Lumvale Daily News) A man", "Ana Tarvo", True),
    ("Police believe the shootings are linked. (Ana Tarvo/for Lumvale Daily News) A man", "Lumvale Daily News",
     True),
    ("One girl said, 'Mommy, a guy did not get in.'", "Mommy", True),
    ("The mayor (Ana Tarvo) spoke first.", "Ana Tarvo", False),
    ("LUMVALE (AP) Two men were hurt.", "AP", False),
])
def test_credits_in_brackets_and_childrens_calls(text: str, name: str, dropped: bool) -> None:
    start = text.index(name)
    assert not_an_entity(text, start, start + len(name), name_tokens(name)) is dropped


@pytest.mark.parametrize(("text", "name", "dropped"), [
    ("Secretary of State Ana Tarvo said the talks were over.", "State", True),
    ("The State Department said the talks were over.", "State", False),
])
def test_a_titles_last_word_is_no_body(text: str, name: str, dropped: bool) -> None:
    start = text.index(name)
    assert not_an_entity(text, start, start + len(name), name_tokens(name)) is dropped
