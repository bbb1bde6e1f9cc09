"""entities/mentions.py: the mention made of a span (make_mention, role_only, its lines and slashes): its
label, its cue and where it ends. Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_texts import analyse, holding

from newsprism.entities.find import _unify_initials, _untitled
from newsprism.entities.mentions import Mention, _lines, _slashed, make_mention, role_only
from newsprism.entities.records import build_entity
from newsprism.entities.spelling import join_misspelt
from newsprism.grouping import DisjointSets
from newsprism.model import EntityType
from newsprism.nlp.resources import NlpResources


def test_an_open_bracket_cuts_the_given_name_from_its_nickname(resources: NlpResources) -> None:
    text = ("Prosecutor Dana Whitlow said Friday that Orrin (Moss) Pelkey was shot by an officer late Thursday. "
            "Pelkey, 58, ran a repair shop on Alder Lane.")
    found = analyse(resources, text)
    assert not [e for e in found.entities if "(" in e.name]
    assert not [m for e in found.entities for m in e.mentions if "(" in m.text]
    start = text.index("Orrin")
    assert [text[a:b] for a, b in _lines(text, start, start + len("Orrin (Moss"), "person")] == ["Orrin", "Moss"]
    closed = text.index("Orrin (Moss)") + len("Orrin (Moss) Pelkey")
    assert [text[a:b] for a, b in _lines(text, start, closed, "person")] == ["Orrin (Moss) Pelkey"]


def test_a_town_and_its_state_are_two_places(resources: NlpResources) -> None:
    first = "The driver, identified as Bram Ostrow, 24, of Hollisport, New York, was held overnight."
    second = "He was over New York's legal limit, police said. In New York, drivers must stop after a crash."
    found = analyse(resources, first, second)
    state = holding(found, "New York")
    assert len(state) == 1 and not [m for m in state[0].mentions if "Hollisport" in m.text]
    assert not [e for e in found.entities if "," in e.name]
    start = first.index("Hollisport")
    end = start + len("Hollisport, New York")
    assert [first[a:b] for a, b in _lines(first, start, end, "place")] == ["Hollisport", "New York"]
    assert len(_lines("Ana Lee, Kade Rowe", 0, 18, "person")) == 1


def test_a_long_place_name_misspelt_joins_it_whatever_its_label() -> None:
    text = "The owner of Hollisport Motors is from Hollisport. Holisport was quiet. Harwick is no Hardwick."
    town = make_mention("a0", text, (text.index("from ") + 5, text.index("from ") + 15), "place", 0)
    slip = make_mention("a0", text, (text.index("Holisport"), text.index("Holisport") + 9), "person", 0)
    short = make_mention("a0", text, (text.index("Harwick"), text.index("Harwick") + 7), "person", 0)
    other = make_mention("a0", text, (text.index("Hardwick"), text.index("Hardwick") + 8), "place", 0)
    assert slip.cue is None
    roots: DisjointSets[str] = DisjointSets()
    join_misspelt([(m.key, m) for m in (town, slip, short, other)], roots)
    assert roots.find(slip.key) == roots.find(town.key)
    assert roots.find(short.key) != roots.find(other.key)  # seven letters: spaCy's labels still keep them apart


def test_a_states_name_not_its_short_form_names_the_record() -> None:
    text = "It was held in Scranton, Pa. on Monday. In Pennsylvania, the race is close."
    short = make_mention("a0", text, (text.index("Pa."), text.index("Pa.") + 2), "place", 0)
    full = make_mention("a0", text, (text.index("Pennsylvania"), text.index("Pennsylvania") + 12), "place", 0)
    mentions: list[Mention] = [short, full]
    assert build_entity(mentions).name == "Pennsylvania"


def test_a_bodys_bracketed_word_stays_in_its_name(resources: NlpResources) -> None:
    text = "Sergeant Pell served with the 7th Harrow Support Command (Forward) until last spring."
    start = text.index("Harrow")
    end = text.index(" (Forward)") + len(" (Forward")
    assert [text[a:b] for a, b in _lines(text, start, end, "organisation")] == ["Harrow Support Command (Forward"]
    assert [text[a:b] for a, b in _lines(text, start, end, "person")] == ["Harrow Support Command", "Forward"]
    found = analyse(resources, text)
    assert not [e for e in found.entities if e.name == "Forward"]


def _mention(text: str, name: str, label: EntityType) -> Mention:
    """The mention of the first `name` in `text` as spaCy's `label` gave it."""
    start = text.index(name)
    return make_mention("a1", text, (start, start + len(name)), label, 0)


def test_a_variant_after_a_capital_the_is_a_disease_not_a_work() -> None:
    text = "The big picture: The Zeta variant is spreading fast in the north."
    mention = _mention(text, "Zeta", "place")
    assert mention.disease and mention.cue is None


def test_a_capital_the_before_a_title_still_marks_a_work() -> None:
    text = "She agreed to direct The Zeta Nights next year."
    mention = _mention(text, "Zeta Nights", "organisation")
    assert mention.cue is not None and mention.cue.type == "work"


@pytest.mark.parametrize(("written", "pieces"), [
    ("the House and Senate", ["House", "Senate"]),
    ("the GOP Senate and House", ["GOP Senate", "House"]),
    ("the majority-GOP House and Senate", ["majority-GOP House", "Senate"]),
])
def test_two_chambers_joined_by_and_are_two_names(written: str, pieces: list[str]) -> None:
    text = f"Leaders of {written} met on Monday."
    start = text.index(written.removeprefix("the "))
    end = start + len(written.removeprefix("the "))
    assert [text[a:b] for a, b in _lines(text, start, end, "organisation")] == pieces


def test_a_body_with_and_in_its_name_stays_whole() -> None:
    text = "The Lumo Council on Trade and Industry met."
    start = text.index("Lumo")
    assert len(_lines(text, start, text.index(" met"), "organisation")) == 1


@pytest.mark.parametrize(("text", "name"), [("Since S.B. 12 took effect, clinics shut.", "S.B. 12"),
                                            ("The law known as Senate Bill 12 took effect.", "Senate Bill 12")])
def test_a_bills_name_is_a_work(text: str, name: str) -> None:
    mention = _mention(text, name, "organisation")
    assert mention.cue is not None and mention.cue.type == "work"


@pytest.mark.parametrize("text", ["The rule reversed a Velkov-era policy on loans.",
                                  "Dr. Ana Vane, a Velkov nominee, rejected the advice.",
                                  "Aides said the Velkov presidency had ended badly."])
def test_an_era_or_nominee_after_a_one_word_name_makes_a_person(text: str) -> None:
    mention = _mention(text, "Velkov", "organisation")
    assert mention.cue is not None and mention.cue.type == "person"


@pytest.mark.parametrize(("text", "name"), [("The Lumo County nominee lost.", "Lumo County"),
                                            ("The Velkov Group nominee lost.", "Velkov Group"),
                                            ("He backed GOP nominee Ana Vane.", "GOP"),
                                            ("He backed Velkov nominee Ana Vane.", "Velkov"),
                                            ("He met a Vietnam-era veteran.", "Vietnam")])
def test_other_names_before_nominee_or_era_get_no_person_cue(text: str, name: str) -> None:
    mention = _mention(text, name, "organisation")
    assert mention.cue is None or mention.cue.type != "person"


@pytest.mark.parametrize("text", ["The median forecast in a Velkov survey of economists was 300,000.",
                                  "The Velkov poll put her ahead by six points."])
def test_a_name_between_a_determiner_and_a_poll_is_the_pollster(text: str) -> None:
    mention = _mention(text, "Velkov", "place")
    assert mention.cue is not None and mention.cue.type == "organisation"


def test_a_state_before_a_poll_is_no_body() -> None:
    text = "A Texas poll put her ahead by six points."
    mention = _mention(text, "Texas", "place")
    assert mention.cue is None or mention.cue.type != "organisation"


@pytest.mark.parametrize("text", ["Fighters took the major cities of Lumoa and Kadera on Friday.",
                                  "Rain hit the provinces of Lumoa, Tarnia and Kadera overnight."])
def test_the_last_name_of_a_list_of_places_is_a_place(text: str) -> None:
    mention = _mention(text, "Kadera", "organisation")
    assert mention.cue is not None and mention.cue.type == "place"


def test_a_name_after_and_without_a_place_list_gets_no_place_cue() -> None:
    text = "Leaders of the cities met Lumoa and Kadera on Friday."
    mention = _mention(text, "Kadera", "organisation")
    assert mention.cue is None or mention.cue.type != "place"


@pytest.mark.parametrize(("text", "name", "label", "role"), [
    ("It injured a Lumo State Trooper on Thursday.", "Trooper", "organisation", True),
    ("Paramedics pronounced two dead.", "Paramedics", "organisation", True),
    ("said Lumo County Executive Ana Lee.", "Lumo County Executive", "place", True),
    ("the Lumo County Sheriff said.", "Lumo County Sheriff", "organisation", False),
    ("Ana Trooper said.", "Ana Trooper", "person", False),
    ("Lumo said.", "Lumo", "organisation", False),
])
def test_a_role_written_as_a_name_is_no_entity(text: str, name: str, label: EntityType, role: bool) -> None:
    start = text.index(name)
    assert role_only(text, make_mention("a0", text, (start, start + len(name)), label, 0)) == role


@pytest.mark.parametrize(("text", "pieces"), [
    ("Lee at Lumo Hospital", ["Lee", "Lumo Hospital"]),
    ("Kade Sreet in Downtown Lumo", ["Kade Sreet", "Downtown Lumo"]),
    ("(LNN)Kadeland", ["(LNN", "Kadeland"]),
    ("Bank of Lumo", ["Bank of Lumo"]),
    ("Ana Lee/Lumo County", ["Ana Lee", "Lumo County"]),
])
def test_a_span_glued_by_at_in_or_a_bracket_is_two_names(text: str, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in _slashed(text, 0, len(text), "person")] == pieces


def test_a_chain_of_rewrites_ends_at_the_fullest_name() -> None:
    text = "Tom E. Kessel met Tom Kessel and Tom Ernest Kessel."
    mentions = [make_mention("a0", text, (text.index(n), text.index(n) + len(n)), "person", 0)
                for n in ("Tom E. Kessel", "Tom Kessel", "Tom Ernest Kessel")]
    assert {m.key for m in _unify_initials([mentions])[0]} == {"tomernestkessel"}


def test_a_rank_after_a_place_tagged_as_a_person_is_no_name() -> None:
    text = "On Thursday, Lumo Lt. Ana Kessel said the man was hurt."
    start = text.index("Lumo Lt")
    assert role_only(text, make_mention("a0", text, (start, start + len("Lumo Lt")), "person", 0))


def test_a_titled_span_tagged_a_body_is_the_person_the_story_names() -> None:
    text = "Trooper Ana Kessel said the man fled. Ana Kessel said more later. Major League Baseball said nothing."
    spans = {"Trooper Ana Kessel": "organisation", "Ana Kessel": "person", "Major League Baseball": "organisation"}
    found = [make_mention("a0", text, (text.index(name), text.index(name) + len(name)), label, 0)
             for name, label in spans.items()]
    rewritten = _untitled([found], [text])[0]
    assert [(m.text, m.label) for m in rewritten] == [
        ("Ana Kessel", "person"), ("Ana Kessel", "person"), ("Major League Baseball", "organisation")]


@pytest.mark.parametrize(("text", "name", "label", "role"), [
    ("said Interim Lumo Police Chief Ana Lee.", "Interim Lumo Police", "organisation", True),
    ("Acting Kade Fire Commissioner Tom Berg agreed.", "Acting Kade Fire", "organisation", True),
    ("said Lumo Police Chief Ana Lee.", "Lumo Police", "organisation", False),  # the body, named
    ("The Interim Kade Council met on Monday.", "Interim Kade Council", "organisation", False),  # no name after
    ("Former Lumo Bank said Monday it would close.", "Former Lumo Bank", "organisation", False),
])
def test_a_title_s_first_words_before_a_role_and_a_name_are_no_entity(
        text: str, name: str, label: EntityType, role: bool) -> None:
    start = text.index(name)
    assert role_only(text, make_mention("a0", text, (start, start + len(name)), label, 0)) == role


def test_a_span_before_ranks_and_a_name_is_a_title_fragment() -> None:
    text = "She was wounded, her uncle, Army Command Sgt. Maj. Tom Berg, told reporters."
    start = text.index("Army")
    mention = make_mention("a0", text, (start, start + len("Army Command")), "organisation", 0)
    assert role_only(text, mention)
    text = "The Lumo Police Sgt. Tom Berg said."
    start = text.index("Lumo")
    assert not role_only(text, make_mention("a0", text, (start, start + len("Lumo Police")), "organisation", 0))


def test_a_name_and_its_bracketed_acronym_are_cut_apart() -> None:
    text = "Funding for the Lumo Health Organization (LHO) was halted."
    start = text.index("Lumo")
    pieces = _slashed(text, start, text.index("LHO") + 3, "organisation")
    assert [text[a:b] for a, b in pieces] == ["Lumo Health Organization", "LHO"]


def test_a_name_before_its_members_is_a_body() -> None:
    text = "Lumo Dawn lawmakers walked out of the chamber."
    mention = make_mention("a0", text, (0, len("Lumo Dawn")), "person", 0)
    assert mention.cue is not None and mention.cue.type == "organisation"
    text = "Ana Lee supporters walked out of the chamber."
    mention = make_mention("a0", text, (0, len("Ana Lee")), "person", 0)
    assert mention.cue is None or mention.cue.type == "person"
