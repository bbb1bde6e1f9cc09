"""A party's abbreviation is the party: "G.O.P." / "GOP" joins "the Republican Party" in the story (issue #19:
D22's seed-95 reading, "G.O.P." a body record apart from "Republican Party" in one article)."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def _records(resources: NlpResources, text: str) -> dict[str, tuple[str, set[str]]]:
    index = analyse(resources, text)
    return {entity.name: (entity.type, {m.text for m in entity.mentions}) for entity in index.entities}


def test_dotted_gop_joins_the_republican_party(resources: NlpResources) -> None:
    records = _records(resources, "Before Tavin Orly became the G.O.P.'s choice for governor, moderates in Kadeh"
                       " wanted the Republican Party to widen its tent.")
    assert records["Republican Party"] == ("organisation", {"G.O.P.", "Republican Party"})
    assert "G.O.P." not in records


def test_gop_in_another_article_of_the_story(resources: NlpResources) -> None:
    records = _records(resources, "The Republican Party held its convention in Marlow on Friday. GOP delegates"
                       " cheered the speech by Ansel Brack.")
    assert records["Republican Party"][1] == {"Republican Party", "GOP"}
