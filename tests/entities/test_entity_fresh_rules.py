"""Works in quotation marks, a head noun before "of", shops, streets, ranks after a body, time zones, awards,
weapons, misspellings and one-word names spaCy calls people (issue #19, third fresh-stories round), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsprism.entities.clutter import drop_products
from newsprism.entities.contained import _parent
from newsprism.entities.evidence import cue
from newsprism.entities.find import _unify_initials
from newsprism.entities.mentions import Mention, _name_start, make_mention
from newsprism.entities.merge import Resolved, cluster
from newsprism.entities.names import clean_span
from newsprism.entities.not_entities import not_an_entity
from newsprism.entities.pairs import split_pairs
from newsprism.entities.products import is_product, is_the_product
from newsprism.entities.records import build_entity
from newsprism.entities.spelling import _one_edit
from newsprism.entities.surnames import story_names
from newsprism.model import EntityType


def mention(text: str, name: str, label: EntityType, after: str = "", article: str = "a0") -> Mention:
    """The mention of ``name`` first written after the words ``after``."""
    start = text.index(name, text.index(after) + len(after))
    return make_mention(article, text, (start, start + len(name)), label, 0)


def cue_type(text: str, name: str) -> str | None:
    start = text.index(name)
    found = cue(text, start, start + len(name), tuple(name.lower().split()))
    return None if found is None else found.type


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Ana Lee will direct ‘The Kade Nights’ again.", "Kade Nights", "work"),
    ("She signed for the ‘Kade Nights’ sequel ‘Tarn Fire’ on Monday.", "Tarn Fire", "work"),
    ("She signed for the ‘Kade Nights’ sequel on Monday.", "Kade Nights", "work"),
    ("Tom Berg co-directed Lumo Pie with his brother.", "Lumo Pie", "work"),
    ("They slept at the Grand Hotel du Tarn that night.", "Grand Hotel du Tarn", "place"),
    ("Thieves robbed a shop on Avenue Kessel in the centre.", "Avenue Kessel", "place"),
    ("Police were called to Orrin Drive in Lumo.", "Orrin Drive", "place"),
    ("Crowds walked along the Marvo seafront at dusk.", "Marvo", "place"),
    ("Gems were taken from the Tala Venn jewellery store.", "Tala Venn", "organisation"),
    ("Diamonds were stolen from jeweler Tala Venn on Friday.", "Tala Venn", "organisation"),
    ("She wrote for publisher Dorn Kessel for years.", "Dorn Kessel", None),
    ("A letter from the Office of Lumo Affairs came.", "Office of Lumo Affairs", "organisation"),
])
def test_the_words_in_and_around_a_name_say_what_it_is(text: str, name: str, kind: str | None) -> None:
    assert cue_type(text, name) == kind


def test_a_name_after_a_work_word_and_a_comma_is_no_work() -> None:
    text = "Having made a hit event movie, Dorn Kessel is expecting more."
    assert cue_type(text, "Dorn Kessel") != "work"


@pytest.mark.parametrize(("text", "name", "product", "itself"), [
    ("The robbers were armed with Kopas and fled.", "Kopas", True, False),
    ("Lumo built the Kessel operating system in 2007.", "Kessel", True, True),
    ("She earned an Orvo nod for the script.", "Orvo", True, False),
    ("The Orvo-winning writer spoke.", "Orvo", True, False),
    ("Orsel phones sold well.", "Orsel", True, False),
    ("Orsel said sales rose.", "Orsel", False, False),
])
def test_weapons_programs_and_awards_are_products(text: str, name: str, product: bool, itself: bool) -> None:
    start = text.index(name)
    assert is_product(text, start, start + len(name)) is product
    assert is_the_product(text, start, start + len(name)) is itself


def test_a_program_named_with_its_kind_in_half_its_mentions_is_dropped_whatever_spacy_says() -> None:
    text = "Lumo made the Kessel operating system. To build Kessel, Lumo hired many. Orsel phones sold. Orsel said so."
    program = [mention(text, "Kessel", "organisation"), mention(text, "Kessel", "organisation", "build")]
    maker = [mention(text, "Orsel", "organisation"), mention(text, "Orsel", "organisation", "sold.")]
    (kept,) = drop_products([[*program, *maker]])
    assert [m.text for m in kept] == ["Orsel", "Orsel"]


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Lumo Police Capt. Ana Lee", "organisation", "Lumo Police"),
    ("Kade Police Sgt", "organisation", "Kade Police"),
    ("Notre Dame", "place", "Notre Dame"),
    ("Kade County Sheriff", "organisation", "Kade County Sheriff"),
    ("76 Orrin Drive", "place", "Orrin Drive"),
    ("12 Monkeys", "organisation", "12 Monkeys"),
])
def test_a_rank_after_a_body_and_a_house_number_are_no_part_of_the_name(text: str, kind: EntityType,
                                                                         name: str) -> None:
    span = clean_span(text, 0, len(text.split(" Ana")[0]), kind)
    assert span is not None and text[span[0]:span[1]] == name


def test_time_zones_are_no_entities() -> None:
    text = "The raid began at 3pm BST on Monday."
    start = text.index("BST")
    assert not_an_entity(text, start, start + 3, ("bst",))


def test_a_unit_called_by_what_it_is_of_but_a_university_is_not_its_place() -> None:
    assert not _parent(("lumo", "security"), ("department", "of", "lumo", "security"))
    assert _parent(("south", "tarn"), ("university", "of", "south", "tarn"))


@pytest.mark.parametrize(("one", "other", "near"), [
    ("klitschko", "klistchko", True), ("elysees", "elysee", True), ("miliote", "milliote", True),
    ("karavan", "karvan", True), ("kessel", "kessel", False), ("kessel", "kastel", False),
])
def test_one_letter_apart(one: str, other: str, near: bool) -> None:
    assert _one_edit(one, other) is near


def groups(texts: dict[str, str], found: list[Mention]) -> dict[str, set[str]]:
    clusters = cluster([Resolved(m, m.key) for m in found], texts)
    return {m.text: {other.text for other in group} for group in clusters for m in group}


def test_a_name_misspelt_by_one_letter_joins_it_but_short_or_plural_names_do_not() -> None:
    text = ("Police closed the Champs-Elysees. Shops on the Champs-Elysee stayed shut. Ana Mitchell spoke. "
            "The Mitchells left. Iran and Iraq met. Dorn Kessler and Dorn Kesler arrived.")
    found = [mention(text, "Champs-Elysees", "place"), mention(text, "Champs-Elysee", "place", "Shops"),
             mention(text, "Mitchell", "person"), mention(text, "Mitchells", "organisation"),
             mention(text, "Iran", "place"), mention(text, "Iraq", "place"),
             mention(text, "Dorn Kessler", "person"), mention(text, "Dorn Kesler", "person")]
    joined = groups({"a0": text}, found)
    assert joined["Champs-Elysee"] == {"Champs-Elysees", "Champs-Elysee"}
    assert joined["Dorn Kesler"] == {"Dorn Kessler", "Dorn Kesler"}
    assert joined["Iran"] == {"Iran"} and joined["Mitchells"] == {"Mitchells"}


def test_a_misspelt_surname_alone_joins_the_one_person_of_that_surname() -> None:
    text = "Vitali Klitschko won. Klistchko smiled. Tomas Varga lost."
    found = [mention(text, "Vitali Klitschko", "person"), mention(text, "Klistchko", "person"),
             mention(text, "Tomas Varga", "person")]
    assert groups({"a0": text}, found)["Klistchko"] == {"Vitali Klitschko", "Klistchko"}


def test_a_one_word_name_spacy_half_calls_a_person_is_what_its_other_labels_say() -> None:
    text = "Lumo sued Kessel. Kessel said it would appeal. Kessel's code was copied. Lumo won over Kessel."
    labels: list[EntityType] = ["person", "organisation", "person", "organisation"]
    found = [mention(text, "Kessel", label, after) for label, after in zip(labels, ["", "sued", ". ", "won"],
                                                                             strict=True)]
    assert build_entity(found).type == "organisation"
    alone = [mention(text, "Kessel", "person"), mention(text, "Kessel", "person", "sued")]
    assert build_entity(alone).type == "person"


def test_a_two_word_name_with_one_work_cue_stays_a_person() -> None:
    text = "Ana wrote the Dorn Kessel novel. Dorn Kessel agreed."
    found = [mention(text, "Dorn Kessel", "person"), mention(text, "Dorn Kessel", "person", "novel.")]
    assert build_entity(found).type == "person"


@pytest.mark.parametrize(("tag", "label", "name"), [
    ("VBG", "organisation", "Kadegate"), ("NNP", "organisation", "Considering Kadegate"),
    ("VBG", "person", "Kadegate"),
])
def test_a_gerund_opening_a_sentence_is_no_part_of_a_name(tag: str, label: EntityType, name: str) -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["Considering", "Kadegate", "recently", "bought", "Orbit", "."]
    doc = Doc(Vocab(), words=words, tags=[tag, "NNP", "RB", "VBD", "NNP", "."],
              sent_starts=[True, False, False, False, False, False], ents=["B-ORG", "I-ORG", "O", "O", "B-ORG", "O"])
    ent = doc.ents[0]
    assert doc.text[_name_start(ent, label):ent.end_char] == name


def test_a_person_s_town_after_of_is_no_part_of_the_name() -> None:
    text = "Dorn Kessel of Lumo Falls"
    span = clean_span(text, 0, len(text), "person")
    assert span is not None and text[span[0]:span[1]] == "Dorn Kessel"
    body = "Bank of Lumo"
    assert clean_span(body, 0, len(body), "organisation") == (0, len(body))


def test_an_age_before_a_name_followed_by_and_still_marks_a_person() -> None:
    assert cue_type("He is charged in the death of 63-year-old Dorn Kessel and two counts of assault.",
                    "Dorn Kessel") == "person"
    assert cue_type("A 16-year-old Lumo resident was hurt.", "Lumo") != "person"


def test_a_short_given_name_and_a_middle_name_are_one_person() -> None:
    text = "Benjamin Tarn Kessel fled. Ben Kessel was seen. Benjamin Kessel hid. John Kessel spoke."
    found = [mention(text, name, "person") for name in ("Benjamin Tarn Kessel", "Ben Kessel", "Benjamin Kessel",
                                                        "John Kessel")]
    (unified,) = _unify_initials([found])
    keys = {m.text: m.key for m in unified}
    assert keys["Ben Kessel"] == keys["Benjamin Kessel"] == keys["Benjamin Tarn Kessel"] != keys["John Kessel"]


def test_two_names_joined_by_a_hyphen_split_when_each_is_written_alone() -> None:
    text = "The Lumo Sox-Kadeira talks went on. Lumo Sox said no. Kadeira waited. Yale-Tarn Hospital opened."
    found = [mention(text, "Lumo Sox-Kadeira", "organisation"), mention(text, "Lumo Sox", "organisation", "on."),
             mention(text, "Kadeira", "person", "no."), mention(text, "Yale-Tarn Hospital", "organisation")]
    (split,) = split_pairs([found], [text])
    assert [m.text for m in split] == ["Lumo Sox", "Kadeira", "Lumo Sox", "Kadeira", "Yale-Tarn Hospital"]


def test_a_surname_spacy_tags_a_body_but_a_title_marks_a_person_is_the_person_s() -> None:
    text = "Tomas Kadeira signed. The Lumo Sox offered Kadeira more. First baseman Kadeira, 28, agreed. Kadeira left."
    found = [mention(text, "Tomas Kadeira", "person"), mention(text, "Kadeira", "organisation", "offered"),
             mention(text, "Kadeira", "organisation", "baseman"), mention(text, "Kadeira", "organisation", "agreed.")]
    assert found[2].cue is not None and found[2].cue.type == "person"
    names = story_names(found)
    assert names.types["kadeira"] == "person"
    alone = story_names([mention(text, "Kadeira", "organisation", "offered")])
    assert alone.types["kadeira"] == "organisation"
