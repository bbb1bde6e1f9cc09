"""Entities as issue #19's twenty-seventh round found them wrong on real stories, on sentences written for these
tests: "the press" (the news media) joined to the Associated Press's record through its last word; a one-word
"Washington" kept apart from another article's "Washington D.C."."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.entities import EntityIndex
from newsprism.entities.mentions import Mention, make_mention
from newsprism.entities.merge import Resolved, cluster
from newsprism.model import Entity, EntityType
from newsprism.nlp.resources import NlpResources


def _forms(index: EntityIndex, form: str) -> set[str]:
    found: list[Entity] = [e for e in index.entities if any(m.text == form for m in e.mentions)]
    assert len(found) == 1
    return {m.text for m in found[0].mentions}


def test_the_press_is_no_mention_of_a_press_agency(resources: NlpResources) -> None:
    text = ("A video posted by Associated Press reporter Tamsin Orlo showed the crowd at the Lumo rally. The few "
            "marchers were outnumbered by the police and the press, and the rally ended early.")
    assert _forms(analyse(resources, text), "Associated Press") == {"Associated Press"}


def test_a_news_agency_is_still_the_agency(resources: NlpResources) -> None:
    text = ("Anadolu Agency published the first photographs of the flooded Lumo valley on Monday. The agency said "
            "its photographers had reached the village by boat.")
    assert "agency" in _forms(analyse(resources, text), "Anadolu Agency")


def test_a_body_not_an_outlet_keeps_its_definite_description(resources: NlpResources) -> None:
    text = ("The Lumo Printing Press opened a second workshop in March. The press now employs forty binders, its "
            "owner said.")
    assert "press" in _forms(analyse(resources, text), "Lumo Printing Press")


def _mention(article: str, text: str, name: str, label: EntityType = "place") -> Mention:
    start = text.index(name)
    return make_mention(article, text, (start, start + len(name)), label, 0)


def _records(texts: dict[str, str], found: list[Mention]) -> list[set[str]]:
    return [{m.text for m in group} for group in cluster([Resolved(m, m.key) for m in found], texts)]


_FIRST = "The suit, filed in federal court in Washington, names the Kade brothers."
_SECOND = "The brothers are accused of planning the riot in Washington D.C. last winter."


def test_washington_joins_the_district_named_in_another_article() -> None:
    found = [_mention("a0", _FIRST, "Washington"), _mention("a1", _SECOND, "Washington D.C.")]
    assert {"Washington", "Washington D.C."} in _records({"a0": _FIRST, "a1": _SECOND}, found)


def test_washington_stays_apart_where_the_story_names_the_state() -> None:
    first = "The suit, filed in a court in Spokane, Washington, names the Kade brothers."
    found = [_mention("a0", first, "Washington"), _mention("a1", _SECOND, "Washington D.C.")]
    assert {"Washington"} in _records({"a0": first, "a1": _SECOND}, found)
    first = "The suit, filed in Washington state, names the Kade brothers."
    found = [_mention("a0", first, "Washington"), _mention("a1", _SECOND, "Washington D.C.")]
    assert {"Washington"} in _records({"a0": first, "a1": _SECOND}, found)


def test_a_person_named_washington_or_a_story_without_the_district_joins_nothing() -> None:
    first = "Coach Ana Washington said the team would train in Lumo."
    found = [_mention("a0", first, "Washington", "person"), _mention("a1", _SECOND, "Washington D.C.")]
    assert {"Washington"} in _records({"a0": first, "a1": _SECOND}, found)
    assert _records({"a0": _FIRST}, [_mention("a0", _FIRST, "Washington")]) == [{"Washington"}]


def test_a_chair_before_a_titled_name_is_no_part_of_the_bodys_name(resources: NlpResources) -> None:
    first = "Varnok Defence Council Chair Gen. Tomas Elbe told senators the pullout came too early."
    second = "Gen. Tomas Elbe, who leads the Varnok Defence Council, testified for three hours."
    index = analyse(resources, first, second)
    assert not any(m.text.endswith("Chair") for e in index.entities for m in e.mentions)
    assert _forms(index, "Varnok Defence Council") == {"Varnok Defence Council"}
    assert len([m for e in index.entities for m in e.mentions if m.text == "Varnok Defence Council"]) == 2
