"""entities/merge.py: Washington joins the district another article of the story names, and stays apart
where the story names the state or a person named Washington. Sentences written for these tests."""

from __future__ import annotations

from newsprism.entities.mentions import Mention, make_mention
from newsprism.entities.merge import Resolved, cluster
from newsprism.model import EntityType


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
