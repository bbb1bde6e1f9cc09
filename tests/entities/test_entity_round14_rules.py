"""Entities as issue #19's thirteenth round's rules went wrong on real stories (its fourteenth round), on sentences
written for these tests: a definite description whose modifier names another thing than the name its noun repeats
("the district court" after an appeals court, "the pricier school", "the thatched house"), and a body's bracketed
last word ("Support Command (Forward)")."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.mentions import _lines
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def forms(index: EntityIndex, name: str) -> set[str]:
    """The written forms of the record holding ``name``."""
    found = [e for e in index.entities if any(m.text == name for m in e.mentions)]
    assert len(found) == 1
    return {m.text for m in found[0].mentions}


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


def test_a_participle_names_another_kind_of_building(resources: NlpResources) -> None:
    text = ("Two guards from the Dunmarrow House of Correction were questioned on Sunday. The man was found in "
            "the terraced house where his sister lived, neighbours told reporters.")
    assert forms(analyse(resources, text), "Dunmarrow House of Correction") == {"Dunmarrow House of Correction"}


def test_a_bodys_bracketed_word_stays_in_its_name(resources: NlpResources) -> None:
    text = "Sergeant Pell served with the 7th Harrow Support Command (Forward) until last spring."
    start = text.index("Harrow")
    end = text.index(" (Forward)") + len(" (Forward")
    assert [text[a:b] for a, b in _lines(text, start, end, "organisation")] == ["Harrow Support Command (Forward"]
    assert [text[a:b] for a, b in _lines(text, start, end, "person")] == ["Harrow Support Command", "Forward"]
    found = analyse(resources, text)
    assert not [e for e in found.entities if e.name == "Forward"]

