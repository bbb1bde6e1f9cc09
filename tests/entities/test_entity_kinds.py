"""Facilities, countries, appositions, products, share buttons and short forms opening a longer name (issue #19),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.entities.clutter import drop_products, drop_widgets
from newsprism.entities.evidence import cue
from newsprism.entities.mentions import Mention, make_mention, voted_type
from newsprism.entities.merge import Resolved, cluster
from newsprism.entities.name_lists import listed
from newsprism.entities.names import name_key
from newsprism.entities.not_entities import not_an_entity
from newsprism.entities.products import is_product
from newsprism.model import EntityType


def words(text: str, name: str) -> tuple[int, int, tuple[str, ...]]:
    start = text.index(name)
    return start, start + len(name), tuple(name.lower().split())


def mention(text: str, name: str, label: EntityType, after: str = "") -> Mention:
    """The mention of ``name`` first written after the words ``after``."""
    start = text.index(name, text.index(after) + len(after))
    return make_mention("a0", text, (start, start + len(name)), label, 0)


@pytest.mark.parametrize("text, name, kind", [
    ("The leaders met at the Varnok Cosmodrome on Wednesday.", "Varnok Cosmodrome", "place"),
    ("Jets flew from Kessel Air Base overnight.", "Kessel Air Base", "place"),
    ("His train stopped in Karvo, a small border city near the coast.", "Karvo", "place"),
    ("He was welcomed at the Karvo border station on Tuesday.", "Karvo", "place"),
    ("They met at Halden Spaceworks, a launch site in the east.", "Halden Spaceworks", "place"),
    ("Orsel, a chip maker in the north, said profits fell.", "Orsel", "organisation"),
    ("Tala Venn, a professor at the university, said so.", "Tala Venn", "person"),
    ("Denbury's government said the border would stay shut.", "Denbury", "place"),
    ("The fugitive is armed, Lumonews. com reports.", "Lumonews", "organisation"),
])
def test_the_words_around_a_name_say_what_it_is(text: str, name: str, kind: str) -> None:
    start, end, tokens = words(text, name)
    found = cue(text, start, end, tokens)
    assert found is not None and found.type == kind


def test_an_apposition_that_is_a_clause_gives_no_type() -> None:
    text = "They met at Varnok, a symbol of the country's ambitions in space."
    start, end, tokens = words(text, "Varnok")
    found = cue(text, start, end, tokens)
    assert found is None or found.type == "place"  # "in" before it may still vote weakly for a place


def test_a_country_of_the_alias_tables_is_a_place_whatever_its_last_word() -> None:
    text = "Trade with the Soviet Union ended; the USSR fell."
    assert voted_type([mention(text, "Soviet Union", "organisation"), mention(text, "USSR", "organisation")]) == "place"
    body = "The European Union met."
    assert voted_type([mention(body, "European Union", "organisation")]) == "organisation"


def test_a_numbered_description_is_no_entity() -> None:
    text = "We listened to each other, said Juror No. 5 after the verdict."
    start, end, tokens = words(text, "Juror No")
    assert not_an_entity(text, start, end, tokens)
    plain = "Everyone was respectful, said Juror Alma Frey after the verdict."
    start, end, tokens = words(plain, "Alma Frey")
    assert not not_an_entity(plain, start, end, tokens)


@pytest.mark.parametrize("text, name, expected", [
    ("Engineers showed Russia's new Varga rocket to the guests.", "Varga", True),
    ("Two Kessel-class frigates sailed.", "Kessel", True),
    ("The Varga said on Monday it would sell more.", "Varga", False),
])
def test_a_product_word_after_a_name(text: str, name: str, expected: bool) -> None:
    start, end, _ = words(text, name)
    assert is_product(text, start, end) is expected


def test_a_product_is_dropped_but_a_maker_before_its_products_is_kept() -> None:
    text = "They toured the Varga rocket plant. The Varga flew in May. Orsel phones sold well, Orsel said."
    rocket = [mention(text, "Varga", "person"), mention(text, "Varga", "place", "plant.")]
    maker = [mention(text, "Orsel", "organisation"), mention(text, "Orsel", "organisation", "well,")]
    assert rocket[0].product and maker[0].product
    (kept,) = drop_products([[*rocket, *maker]])
    assert [m.text for m in kept] == ["Orsel", "Orsel"]


def test_share_button_words_are_no_entities() -> None:
    text = "Updated May 2 Share WhatsApp Email Telegram Facebook Twitter\nOfficials said Twitter was down."
    glued = mention(text, "Telegram Facebook", "person")
    alone = mention(text, "Twitter", "person")
    story = mention(text, "Twitter", "organisation", "said")
    (kept,) = drop_widgets([[glued, alone, story]], [text])
    assert kept == [story]


def _groups(text: str, found: list[Mention]) -> dict[str, set[str]]:
    return {group[0].text: {m.text for m in group}
            for group in cluster([Resolved(m, m.key) for m in found], {"a0": text})}


def test_a_short_form_joins_the_one_longer_name_it_opens() -> None:
    text = ("Talks on Norland Vale went on. Norland Vale will sign, and Norland Vale agreed. "
            "The talks with Norland were long. They met at the Varnok Cosmodrome and the Varnok Cosmodrome "
            "hosted them; Varnok is remote.")
    found = [mention(text, "Norland Vale", "place"), mention(text, "Norland Vale", "place", "on."),
             mention(text, "Norland Vale", "place", "and"), mention(text, "Norland", "place", "with"),
             mention(text, "Varnok Cosmodrome", "organisation"),
             mention(text, "Varnok Cosmodrome", "organisation", "and the"), mention(text, "Varnok", "person", "them;")]
    groups = _groups(text, found)
    assert groups["Norland Vale"] == {"Norland Vale", "Norland"}
    assert groups["Varnok Cosmodrome"] == {"Varnok Cosmodrome", "Varnok"}


def test_a_short_form_written_more_often_or_opening_two_names_stays_apart() -> None:
    text = "Moskel grew. Moskel voted. Moskel Region votes. Kessel Bay and Kessel Port and Kessel met."
    found = [mention(text, "Moskel", "place"), mention(text, "Moskel", "place", "grew."),
             mention(text, "Moskel Region", "place"), mention(text, "Kessel Bay", "place"),
             mention(text, "Kessel Port", "place"), mention(text, "Kessel", "place", "Port and")]
    groups = _groups(text, found)
    assert groups["Moskel"] == {"Moskel"}
    assert groups["Kessel"] == {"Kessel"}


def test_british_and_american_spellings_and_state_abbreviations_share_a_key() -> None:
    assert name_key("Halvor Ford Centre") == name_key("Halvor Ford Center")
    assert name_key("Odeon Theatre") == name_key("Odeon Theater")
    assert name_key("Calif.") == name_key("California") == "california"
    text = "She lives in Palm Vale, Colo., near the border."
    assert voted_type([mention(text, "Colo", "organisation")]) == "place"


def test_a_name_in_a_list_of_other_names_takes_their_type() -> None:
    text = "Stars like Ana Lee, Tom Berg, Lina Kade and Olli Varn came."
    found = [mention(text, "Ana Lee", "person"), mention(text, "Tom Berg", "organisation"),
             mention(text, "Lina Kade", "person"), mention(text, "Olli Varn", "person")]
    assert [voted_type([m]) for m in listed(found, text)] == ["person"] * 4
    pair = "Ana Lee and Lumo Kade met."
    two = [mention(pair, "Ana Lee", "person"), mention(pair, "Lumo Kade", "organisation")]
    assert listed(two, pair) == two


def test_a_plural_name_after_the_tagged_a_person_is_a_team() -> None:
    text = "The Varn Owls won again; the Owls led all night, Tomas Brill said."
    team = mention(text, "Owls", "person", "; the")
    assert team.cue is not None and team.cue.type == "organisation"
    person = mention(text, "Tomas Brill", "person")
    assert person.cue is None or person.cue.type == "person"
    islands = "Boats reached the Varnes on Monday."
    place = mention(islands, "Varnes", "place").cue
    assert place is None or place.type != "organisation"


@pytest.mark.parametrize("name, kind", [
    ("Halvor Treatment Center", "place"), ("Kessel Space Center", "place"), ("Orsel Research Center", None),
])
def test_a_facilitys_center_is_a_place(name: str, kind: str | None) -> None:
    text = f"They went to {name} on Monday."
    start, end, tokens = words(text, name)
    found = cue(text, start, end, tokens)
    assert (found.type if found is not None else None) == kind


@pytest.mark.parametrize("text, name", [
    ("Fans left the Stade de Varnok after the blasts.", "Stade de Varnok"),
    ("Gunmen entered the Orlan concert hall at nine.", "Orlan"),
])
def test_foreign_and_compound_venue_words_make_a_place(text: str, name: str) -> None:
    start, end, tokens = words(text, name)
    found = cue(text, start, end, tokens)
    assert found is not None and found.type == "place"


def test_a_disease_is_no_entity_whatever_its_label() -> None:
    text = "His first trip since the Lumo-19 pandemic began. Orsel said Lumo-19 hurt sales."
    disease = [mention(text, "Lumo-19", "organisation"), mention(text, "Lumo-19", "organisation", "said")]
    maker = mention(text, "Orsel", "organisation")
    assert disease[0].disease and not maker.disease
    assert drop_products([[*disease, maker]]) == [[maker]]
