"""Names: mention cleaning, comparison keys, abbreviations, acronyms, middle initials (no spaCy needed)."""

from __future__ import annotations

import pytest

from newsprism.entities.mentions import Mention, make_mention
from newsprism.entities.names import (
    TITLE_OPENING,
    acronym,
    clean_span,
    initial_variants,
    initials,
    name_key,
    name_tokens,
    slug,
)
from newsprism.entities.records import build_entity
from newsprism.model import EntityType


@pytest.mark.parametrize("forms", [
    ("Kim Jong-un", "Kim Jong Un", "Kim Jong-Un", "KIM JONG UN", "Kim  Jong‑un"),
    ("U.S.", "US", "USA", "United States", "United States of America"),
    ("NATO", "Nato", "North Atlantic Treaty Organization"),
    ("U.N. Security Council", "UN Security Council", "United Nations Security Council", "UNSC"),
    ("DPRK", "North Korea", "Democratic People’s Republic of Korea"),
    ("Zelenský", "Zelensky"),
])
def test_variants_share_a_key(forms: tuple[str, ...]) -> None:
    assert len({name_key(form) for form in forms}) == 1


@pytest.mark.parametrize("a, b", [
    ("Kim Jong Un", "Kim Dong-yub"),
    ("Kim Jong Un", "Kim Yo Jong"),
    ("Kim Jong Un", "Kim Jong Il"),
    ("UN", "Un"),
    ("US", "Us"),
])
def test_different_names_have_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_title_case_un_inside_a_name_is_not_the_united_nations() -> None:
    assert name_tokens("Kim Jong Un") == ("kim", "jong", "un")
    assert name_tokens("UN Security Council")[:2] == ("united", "nations")


@pytest.mark.parametrize("written, kind, cleaned", [
    ("Mr Kim", "person", "Kim"),
    ("Mr. Kim", "person", "Kim"),
    ("Putin's", "person", "Putin"),
    ("Clinton’s van", "person", "Clinton"),
    ("Jamal D'Souza", "person", "Jamal D'Souza"),
    ("Kookmin University’s Institute", "organisation", "Kookmin University’s Institute"),
    ("Prime Minister Ada Lindqvist", "person", "Ada Lindqvist"),
    ("President Marek Novak’s", "person", "Marek Novak"),
    ("leader Kim Jong Un", "person", "Kim Jong Un"),
    ("the Kremlin", "organisation", "Kremlin"),
    ("The United States", "place", "United States"),
    ("North Korea’s", "place", "North Korea"),
    ("Workers' Party's", "organisation", "Workers' Party"),
    ("General Motors", "organisation", "General Motors"),
    ("President", "person", "President"),
    ("U.S.", "place", "U.S."),
    ("Korea-", "place", "Korea"),
    ("“Harbour Board", "organisation", "Harbour Board"),
    ("east coast", "place", None),
    ("'s", "person", None),
])
def test_clean_span(written: str, kind: EntityType, cleaned: str | None) -> None:
    span = clean_span(written, 0, len(written), kind)
    assert (written[span[0]:span[1]] if span else None) == cleaned


@pytest.mark.parametrize("name, letters", [
    ("Korean Central News Agency", "KCNA"),
    ("Democratic People’s Republic of Korea", "DPRK"),
    ("Union of Soviet Socialist Republics", "USSR"),
    ("Kremlin", ""),
])
def test_initials(name: str, letters: str) -> None:
    assert initials(name) == letters


@pytest.mark.parametrize("name, letters", [("KCNA", "KCNA"), ("U.N.", "UN"), ("Kim", ""), ("LAUNCHEDTODAY", "")])
def test_acronym(name: str, letters: str) -> None:
    assert acronym(name) == letters


def test_middle_initials_join_only_when_unambiguous() -> None:
    names = {name_tokens(n) for n in ("Donald J. Trump", "Donald Trump", "George W. Bush", "George H. W. Bush",
                                       "George Bush")}
    assert initial_variants(names) == {"donaldjtrump": "donaldtrump"}


@pytest.mark.parametrize("name, expected", [("Kim Jong-un", "kim-jong-un"), ("U.S. State Department",
                                                                             "us-state-department"),
                                            ("Zelenský", "zelensky"), ("", "x")])
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def _mention(text: str, label: EntityType, article: str = "a") -> Mention:
    return make_mention(article, text, (0, len(text)), label, 0)


@pytest.mark.parametrize("labels, expected", [
    (["person", "person", "organisation"], "person"),
    (["organisation", "place", "organisation"], "organisation"),
    (["place", "person", "place", "place"], "place"),
])
def test_a_mislabelled_name_takes_the_majority_type(labels: list[EntityType], expected: EntityType) -> None:
    entity = build_entity([_mention("Halvorsen", label, f"a{i}") for i, label in enumerate(labels)])
    assert entity.type == expected
    assert entity.id == f"{expected}:halvorsen"
    assert entity.articles == len(labels)


def test_canonical_name_is_the_fullest_form_and_aliases_the_others() -> None:
    entity = build_entity([_mention(t, "person") for t in ("Kim", "Kim Jong Un", "Kim Jong-un", "Kim Jong-un")])
    assert entity.name == "Kim Jong-un"
    assert entity.aliases == ["Kim", "Kim Jong Un"]


def test_an_abbreviated_place_takes_the_table_name() -> None:
    assert build_entity([_mention("U.S.", "place"), _mention("US", "place")]).name == "United States"


def test_within_keeps_the_order_of_the_words() -> None:
    from newsprism.entities.contained import within

    assert within(("betty", "ford", "center"), ("betty", "ford", "treatment", "center"))
    assert not within(("ford", "betty", "center"), ("betty", "ford", "treatment", "center"))


@pytest.mark.parametrize(("written", "name"), [("President Ana Vane Thursday", "President Ana Vane"),
                                               ("Tom Kade Monday", "Tom Kade")])
def test_a_weekday_ends_no_persons_name(written: str, name: str) -> None:
    text = f"Reporters met {written} at the harbor."
    start = text.index(written)
    span = clean_span(text, start, start + len(written), "person")
    assert span is not None and text[span[0]:span[1]] == name.removeprefix("President ")


def test_a_places_weekday_is_left_to_the_place() -> None:
    text = "Crowds gathered in Lumo Tuesday for the vote."
    start = text.index("Lumo Tuesday")
    assert clean_span(text, start, start + len("Lumo Tuesday"), "place") == (start, start + len("Lumo Tuesday"))


def test_a_bills_long_and_short_forms_share_a_key() -> None:
    assert name_key("Senate Bill 8") == name_key("S.B. 8") == name_key("SB 8") != name_key("House Bill 8")
    assert name_key("House Bill No. 2") == name_key("H.B. 2")


def test_america_alone_has_the_united_states_key() -> None:
    assert name_key("America") == name_key("U.S.") == name_key("United States")


@pytest.mark.parametrize("written", ["D.C.", "DC", "Washington D.C.", "Washington, D.C.", "District of Columbia"])
def test_the_district_has_one_key_however_written(written: str) -> None:
    assert name_key(written) == "".join(name_tokens("Washington D.C."))


@pytest.mark.parametrize(("span", "rest"), [
    ("Associate Justices Ana Tarvo", "Ana Tarvo"), ("Sens. Ana Tarvo", "Ana Tarvo"),
    ("Chief Justice Ana Tarvo", "Ana Tarvo"), ("Ana Tarvo", "Ana Tarvo"),
])
def test_titles_in_the_plural_and_with_a_modifier_open_a_name(span: str, rest: str) -> None:
    match = TITLE_OPENING.match(span)
    assert span[match.end() if match else 0:] == rest
