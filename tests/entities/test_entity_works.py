"""Works (films, shows, books) as a kind of entity, nicknames made of a full name's openings, and a person's name
standing for the facility named after them (issue #19), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.entities.evidence import cue
from newsprism.entities.mentions import Mention, make_mention, voted_type
from newsprism.entities.merge import Resolved, cluster
from newsprism.model import Article, EntityType
from newsprism.nlp import NlpResources, parse


def mention(text: str, name: str, label: EntityType, after: str = "") -> Mention:
    """The mention of ``name`` first written after the words ``after``."""
    start = text.index(name, text.index(after) + len(after))
    return make_mention("a0", text, (start, start + len(name)), label, 0)


def groups(text: str, found: list[Mention]) -> dict[str, set[str]]:
    """Each mention's text -> the texts of the mentions of its entity."""
    clusters = cluster([Resolved(m, m.key) for m in found], {"a0": text})
    return {m.text: {other.text for other in group} for group in clusters for m in group}


@pytest.mark.parametrize(("text", "name"), [
    ("She became famous in ``Harbour Lights'' in 1999.", "Harbour Lights"),
    ("Her reality show “Velmara” ran for one season.", "Velmara"),
    ("He starred in Tessel Nights and two sequels.", "Tessel Nights"),
    ("The 2004 film Orin's Gate made her a star.", "Orin's Gate"),
    ("She joined the Harbour Lights franchise late.", "Harbour Lights"),
])
def test_the_words_around_a_name_make_it_a_work(text: str, name: str) -> None:
    start = text.index(name)
    found = cue(text, start, start + len(name), tuple(name.lower().split()))
    assert found is not None and found.type == "work"


def test_a_so_called_body_in_quotation_marks_is_no_work() -> None:
    text = 'Fighters of the so-called "Varn Front" crossed the river.'
    start = text.index("Varn Front")
    found = cue(text, start, start + len("Varn Front"), ("varn", "front"))
    assert found is None or found.type != "work"


def test_a_quoted_show_tagged_a_body_is_a_work_but_a_person_quoted_once_stays_a_person() -> None:
    text = ('The "Velmara" star returned. Velmara aired on Fridays. Her romance with TV host ``Doran Pike\'\' '
            "ended. Doran Pike declined to comment. Doran Pike later married.")
    show = [mention(text, "Velmara", "organisation"), mention(text, "Velmara", "organisation", "returned.")]
    host = [mention(text, "Doran Pike", "person"), mention(text, "Doran Pike", "person", "ended."),
            mention(text, "Doran Pike", "person", "comment.")]
    assert voted_type(show) == "work"
    assert voted_type(host) == "person"


def test_a_nickname_of_the_full_names_openings_joins_that_person() -> None:
    text = "Marisol Kovac left the court. MaKo smiled. Her sister Dana Kovac stayed. MaKo's lawyer spoke."
    found = [mention(text, "Marisol Kovac", "person"), mention(text, "MaKo", "person"),
             mention(text, "Dana Kovac", "person"), mention(text, "MaKo", "person", "stayed.")]
    assert groups(text, found)["MaKo"] == {"Marisol Kovac", "MaKo"}


def test_a_persons_name_at_a_facility_named_for_them_is_the_facility() -> None:
    text = ("She checked into the Halvor Dent Center on Monday. The Halvor Dent Center is in the desert. "
            "She was at Halvor Dent last year. Nobody at Halvor Dent spoke.")
    found = [mention(text, "Halvor Dent Center", "organisation"),
             mention(text, "Halvor Dent Center", "organisation", "Monday."),
             mention(text, "Halvor Dent", "person", "at"), mention(text, "Halvor Dent", "person", "Nobody at")]
    assert groups(text, found)["Halvor Dent"] == {"Halvor Dent Center", "Halvor Dent"}


def test_a_person_with_a_title_stays_apart_from_the_facility_named_for_them() -> None:
    text = ("She checked into the Halvor Dent Center on Monday. The Halvor Dent Center is old. "
            "Senator Halvor Dent opened it in 1982.")
    found = [mention(text, "Halvor Dent Center", "organisation"),
             mention(text, "Halvor Dent Center", "organisation", "Monday."),
             mention(text, "Halvor Dent", "person", "Senator")]
    assert groups(text, found)["Halvor Dent"] == {"Halvor Dent"}


def test_a_plural_noun_is_no_definite_mention_of_a_body_named_with_it(resources: NlpResources) -> None:
    text = ("The Union of Orbital Scientists and the Varnok Theatre wrote to the council on Monday. "
            "The scientists said the rules were weak. The theatre said nothing.")
    index = find_entities(parse([Article(id="a", source="a.txt", format="text", text=text)], resources,
                                NlpConfig()))
    union = next(e for e in index.entities if e.name == "Union of Orbital Scientists")
    assert "scientists" not in {m.text for m in union.mentions}
