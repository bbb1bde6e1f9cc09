"""Entities found end to end (find_entities): where a written name ends (a tip line, a noun modifier, a verb of
saying, a courtesy credit) and which names make one record or stay two. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse, forms, holding, names_of

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.cut_tails import _cut_before_head
from newsprism.entities.definites import head_noun
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def test_a_tip_line_in_the_singular_joins_its_name(resources: NlpResources) -> None:
    index = analyse(resources, "Anyone with information should call Lumo County Crime Stoppers. A Crime Stopper tip "
                               "led to the arrest.")
    assert [(e.name, e.type) for e in index.entities if "Stopper" in e.name] == [
        ("Lumo County Crime Stoppers", "organisation")]


def test_a_definite_noun_repeats_the_head_before_of(resources: NlpResources) -> None:
    assert head_noun(("tarvo", "bureau", "of", "inquiry")) == "bureau"
    assert head_noun(("kade", "theatre")) == "theatre"
    assert head_noun(("bank", "of", "lumo", "stadium")) == "stadium"
    assert head_noun(("bird", "and", "forest")) == "" and head_noun(("lumo", "fire", "and", "rescue")) == "rescue"
    text = ("The shooting is under review by the Tarvo Bureau of Inquiry, as is usual when an officer fires. When "
            "the inquiry is over, the findings go to a grand jury. The bureau did not comment.")
    found = analyse(resources, text)
    bureau = holding(found, "Tarvo Bureau of Inquiry")
    assert len(bureau) == 1
    assert "inquiry" not in {m.text for m in bureau[0].mentions}
    assert "bureau" in {m.text for m in bureau[0].mentions}
    text = ("Agencies such as the Tarvo Highway Administration can skip the review under the rule. The "
            "administration has rejected anything that slows road building, one critic said.")
    agency = holding(analyse(resources, text), "Tarvo Highway Administration")
    assert len(agency) == 1 and "administration" not in {m.text for m in agency[0].mentions}


def test_a_noun_modifier_missing_from_the_name_is_another_thing(resources: NlpResources) -> None:
    text = ("A panel of the Norvale Court of Appeals threw out the ballot rule on Monday. The judges sent the "
            "matter back to the district court for a new hearing. The appeals court gave the county a month.")
    court = forms(analyse(resources, text), "Norvale Court of Appeals")
    assert "court" in court  # "the appeals court": its modifier is in the name
    text = ("A panel of the Norvale Court of Appeals threw out the ballot rule on Monday. The judges sent the "
            "matter back to the district court for a new hearing.")
    assert forms(analyse(resources, text), "Norvale Court of Appeals") == {"Norvale Court of Appeals"}


def test_a_comparative_sets_the_thing_apart(resources: NlpResources) -> None:
    text = ("Mira hoped to study painting at the Quillon School of Design next autumn. Her aunt said that a "
            "student who gets into the more costly school can often win a grant to cover it.")
    assert forms(analyse(resources, text), "Quillon School of Design") == {"Quillon School of Design"}
    text = ("Mira hoped to study painting at the Quillon School of Design next autumn. Her aunt said that the "
            "school offers grants to most students in their first year.")
    assert "school" in forms(analyse(resources, text), "Quillon School of Design")


def test_america_ending_a_quoted_name_joins_no_record(resources: NlpResources) -> None:
    texts = ["America will keep its ships in the gulf, the admiral told reporters in Lumoville.",
             "In 1994 he ran on the “Pledge with America” and won a seat in Kadeville."]
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    index = find_entities(parse(articles, resources, NlpConfig()))
    assert not any(m.article == "a1" and m.text == "America" for e in index.entities for m in e.mentions)


def test_america_and_the_us_are_one_record(resources: NlpResources) -> None:
    texts = ["The U.S. sent more ships to the gulf on Monday, officials in Washington said.",
             "America will keep its ships in the gulf, the admiral told reporters in Lumoville."]
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    index = find_entities(parse(articles, resources, NlpConfig()))
    holders = {e.name for e in index.entities if any(m.text in ("America", "U.S.") for m in e.mentions)}
    assert holders == {"United States"}


def test_only_a_head_and_a_common_complement_after_the_cut() -> None:
    court = ("5th", "united", "states", "circuit", "court", "of", "appeals")
    assert _cut_before_head(("5th", "circuit"), court, frozenset())
    assert not _cut_before_head(("supreme", "court"), ("supreme", "court", "of", "texas"), frozenset())
    assert not _cut_before_head(("federal", "reserve"), ("federal", "reserve", "bank", "of", "new", "york"),
                                frozenset({"newyork"}))


def test_a_verb_of_saying_opening_a_sentence_is_no_part_of_the_name(resources: NlpResources) -> None:
    text = "The park was quiet. Said Shaun Kessel, son of Herbert Kessel Jr., Lumo co-founder, \"My dad is sad.\""
    names = names_of(analyse(resources, text))
    assert not any(name.startswith("Said") for name in names)


def test_a_courtesy_credit_cuts_the_caption_name(resources: NlpResources) -> None:
    index = analyse(resources, "Police arrested Dorian Wade Kestley on Monday. Dorian Kestley Courtesy Lumvale "
                               "Police / Lumvale Sun Dorian Kestley faces a count of homicide, police said.")
    names = {e.name for e in index.entities}
    assert not any("Courtesy" in name for name in names)


def named(index: EntityIndex, word: str) -> list[tuple[str, str, list[str]]]:
    return [(e.name, e.type, e.aliases) for e in index.entities if word in e.name or any(word in a for a in e.aliases)]


def test_a_reporter_on_the_contribution_line_is_no_entity(resources: NlpResources) -> None:
    text = "Maria Lopez, the mayor of Springfield, opened the bridge on Monday.\n\n— With Ellen Marsh"
    assert named(analyse(resources, text), "Marsh") == []
    assert named(analyse(resources, text.replace("— With", "Mayor Lopez thanked")), "Marsh")  # the name is found


def test_two_names_written_side_by_side_stay_two(resources: NlpResources) -> None:  # gun-violence 487891 (honest)
    index = analyse(resources, "Two more of the wounded are in care at Southwest Kade Hermann Hospital and Kade "

                               "Hermann Hospital in the Lumo Medical Center, police said.")
    hospitals = [e.name for e in index.entities if e.name.endswith("Hermann Hospital")]
    assert sorted(hospitals) == ["Kade Hermann Hospital", "Southwest Kade Hermann Hospital"]
