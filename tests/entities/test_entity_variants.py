"""Names run together or written two ways (issue #19): pure rules, and stories written for these tests."""

from __future__ import annotations

import pytest
from entity_texts import analyse, holding, mention_forms, records_naming

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.names import clean_span, name_key
from newsprism.entities.spread import headline_line
from newsprism.entities.variants import hyphenated_surnames, initial_given_names, person_variants
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse


def story(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source="test", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def test_variants_of_one_persons_name_take_one_key() -> None:
    names = {("mara", "quill"), ("mara", "jo", "quill"), ("dervla", "ostrand"), ("dervila", "ostrand"),
             ("alexis", "varga"), ("alexandros", "varga")}
    assert person_variants(names) == {"maraquill": "marajoquill", "dervlaostrand": "dervilaostrand",
                                      "alexisvarga": "alexandrosvarga"}


def test_different_people_of_one_surname_stay_apart() -> None:
    # short names one letter apart, three-letter prefixes, and a name with two fuller forms
    names = {("dan", "orwin"), ("don", "orwin"), ("mark", "tell"), ("martin", "tell"), ("ivo", "bran"),
             ("ivo", "paul", "bran"), ("ivo", "karl", "bran")}
    assert person_variants(names) == {}


def test_no_name_ends_in_a_preposition_and_mt_is_mount() -> None:
    text = "Kell beat Orvo Tamm in the final."
    start = text.index("Orvo")
    assert clean_span(text, start, text.index(" the"), "organisation") == (start, text.index(" in"))
    assert name_key("Mt Sorrel") == name_key("Mount Sorrel") != name_key("Sorrel Mt")


def test_a_number_word_does_not_break_a_title_case_headline() -> None:
    assert headline_line("Harbour 76ers Fire Coach Ivo Bran, Hire Tomas Kell", 0)
    assert headline_line("Voters Ask Council to Drop Rules That Cut Parks", 0)
    assert headline_line("Voters Ask Council to Drop Rules that Cut Parks", 0)


def test_names_run_together_are_split_and_headline_words_dropped(resources: NlpResources) -> None:
    index = story(
        resources,
        "Driver Charged After Crash\nPolice said Orvo Tamm and Ilse Vark were charged on Monday. "
        "Orvo Tamm was driving. Ilse Vark was in the car.",
        "The driver was charged. Prosecutors said Tamm and Vark would appear in court.\n"
        "Tamm denied the charge, and Vark said nothing.",
    )
    names = {e.name for e in index.entities}
    assert not any(" and " in name for name in names), names
    assert "Driver Charged" not in names and "Driver" not in names
    pair = "The driver was charged. Prosecutors said Tamm and Vark".index("Tamm")
    for name, start in (("Orvo Tamm", pair), ("Ilse Vark", pair + len("Tamm and "))):
        found = [e for e in index.entities if e.name == name]
        assert len(found) == 1 and any(m.article == "a1" and m.start == start for m in found[0].mentions), name


def test_a_nationality_before_a_name_is_no_part_of_it(resources: NlpResources) -> None:
    index = story(
        resources,
        "Tomas Kell beat the American Orvo Tamm in Berlin on Saturday.",
        "Orvo Tamm lost in the seventh round. The American said he would fight again.",
    )
    tamm = [e for e in index.entities if "Tamm" in e.name]
    assert len(tamm) == 1 and tamm[0].name == "Orvo Tamm" and {m.article for m in tamm[0].mentions} == {"a0", "a1"}


def test_a_generation_suffix_joins_the_name_without_it() -> None:
    from newsprism.entities.variants import person_variants

    rewrite = person_variants({("arcade", "joseph", "pell", "jr"), ("arcade", "joseph", "pell")})
    assert rewrite == {"arcadejosephpell": "arcadejosephpelljr"}


def test_a_hyphenated_surname_alone_is_the_one_person_it_ends(resources: NlpResources) -> None:
    text = ("Marcus Dell-Ramos, 29, told officers he had left the twins in the van. Dell-Ramos, of Kadeville, faces "
            "four counts of neglect. Dell-Ramos told a detective he heard a bang.")
    found = analyse(resources, text)
    people = holding(found, "Dell-Ramos")
    assert len(people) == 1 and people[0].name == "Marcus Dell-Ramos" and people[0].type == "person"
    full = ("marcus", "dell", "ramos")
    assert hyphenated_surnames({("dell", "ramos")}, {full}) == {"dellramos": "marcusdellramos"}
    assert hyphenated_surnames({("dell", "ramos")}, {full, ("tia", "dell", "ramos")}) == {}  # two of that name


def test_two_given_names_of_one_family_stay_two_people() -> None:
    brother, sister = ("charlie", "vantreck"), ("charlene", "vantreck")
    assert person_variants({brother, sister}) == {}
    assert person_variants({("alexis", "lumaros"), ("alexandros", "lumaros")})  # a spelling the census lacks
    assert person_variants({("chris", "vantreck"), ("christopher", "vantreck")})


def test_a_surname_with_its_suffix_joins_the_one_full_name_ending_so(resources: NlpResources) -> None:
    index = analyse(resources, "Lumo County District Attorney Cy Brenner Jr.'s office has reportedly been"
                     " investigating the firm.",
                     "Lumo County District Attorney Cyrus Brenner Jr. convened a grand jury.")
    assert any({"Brenner Jr", "Cyrus Brenner Jr"} <= names for names in mention_forms(index))
    assert person_variants({("brenner", "jr"), ("tom", "brenner", "jr"), ("ana", "brenner", "jr")}).get(
        "brennerjr") is None


def test_a_name_with_and_without_its_initials_stays_one_person() -> None:
    names = {("harold", "t", "kessler"), ("harold", "r", "t", "kessler"), ("dana", "e", "ruiz"),
             ("dana", "ruiz"), ("dana", "elena", "ruiz"), ("ivo", "k", "lenz", "jr"), ("ivo", "k", "lenz")}
    rewrite = person_variants(names)
    assert "haroldtkessler" not in rewrite and "haroldrtkessler" not in rewrite
    assert rewrite["danaeruiz"] == rewrite["danaruiz"] == "danaelenaruiz"
    assert rewrite["ivoklenz"] == "ivoklenzjr"
    bare = person_variants({("harold", "t", "kessler"), ("harold", "r", "t", "kessler"), ("harold", "kessler")})
    assert bare == {}  # "Harold Kessler" could be either


def test_a_middle_initial_and_the_middle_name_it_opens_are_one_person() -> None:
    full, initial, plain = ("tom", "ernest", "kessel"), ("tom", "e", "kessel"), ("tom", "kessel")
    rewrite = person_variants({full, initial, plain})
    assert {rewrite.get("".join(n), "".join(n)) for n in (full, initial, plain)} == {"tomernestkessel"}
    assert person_variants({("tom", "e", "kessel"), ("tom", "ira", "kessel")}) == {}


def test_a_usual_short_given_name_joins_the_full_one() -> None:
    assert person_variants({("art", "kessel"), ("arthur", "kessel")}) == {"artkessel": "arthurkessel"}


@pytest.mark.parametrize(("short", "full", "joined"), [
    (("joe", "lumvale"), ("joseph", "r", "lumvale", "jr"), True),
    (("bill", "kade"), ("william", "h", "kade", "iii"), True),
    (("joe", "lumvale"), ("maria", "r", "lumvale", "jr"), False),
    (("joe", "lumvale"), ("joseph", "kade", "jr"), False),
])
def test_a_short_given_name_joins_the_formal_name(short: tuple[str, ...], full: tuple[str, ...],
                                                  joined: bool) -> None:
    rewrite = person_variants({short, full})
    assert (rewrite.get("".join(short)) == "".join(full)) is joined


@pytest.mark.parametrize(("names", "joined"), [
    ({("j", "tavera"), ("jorge", "tavera")}, {"jtavera": "jorgetavera"}),
    ({("j", "tavera"), ("jorge", "tavera"), ("juan", "tavera")}, {}),
    ({("j", "tavera"), ("maria", "tavera")}, {}),
    ({("j", "tavera"), ("jorge", "lopez")}, {}),
])
def test_an_initial_stands_for_the_one_given_name(names: set[tuple[str, ...]], joined: dict[str, str]) -> None:
    assert initial_given_names(names, {}) == joined


def test_an_initial_joins_the_full_name_already_joined(resources: NlpResources) -> None:
    assert initial_given_names({("j", "tavera"), ("jorge", "tavera"), ("jorge", "a", "tavera")},
                               {"jorgetavera": "jorgeatavera"}) == {"jtavera": "jorgeatavera"}
    index = analyse(resources, "Deputies arrested J. Tavera, 41, on Monday. Jorge Tavera was held in the county jail. "
                               "Tavera is due in court Friday.")
    assert records_naming(index, "Tavera") == [("Jorge Tavera", "person")]
