"""Names run together or written two ways (issue #19): pure rules, and stories written for these tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.names import clean_span, name_key
from newsprism.entities.spread import headline_line
from newsprism.entities.variants import person_variants
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
