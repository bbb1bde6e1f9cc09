"""conflicts/residences.py: one person's home given as two places by two outlets conflicts; containers,
workplaces, a shorter form of one place and two people of one family do not (sentences written for these tests)."""

from __future__ import annotations

from story_tables import text_table

from newsprism.align import SentenceTable
from newsprism.conflicts.residences import residence_conflicts


def _table(texts: dict[str, str]) -> SentenceTable:
    """One sentence an article (:func:`story_tables.text_table`)."""
    return text_table({name: [text] for name, text in texts.items()})


def test_an_aged_name_of_two_towns_conflicts() -> None:
    texts = {"a": "Officers stopped Dana Whitlock, 41, of Fairview, near the quarry road.",
             "b": "Prosecutors said Dana Marie Whitlock, 41, of Lakemont, fled after the crash.",
             "c": "Dana Whitlock, 41, of Fairview, was booked into the county jail."}
    [conflict] = residence_conflicts(_table(texts), hash)
    assert conflict.kind == "place"
    assert sorted((s.claim, s.articles) for s in conflict.sides) == [("Fairview", 2), ("Lakemont", 1)]


def test_a_home_in_a_relative_clause_meets_an_aged_one() -> None:
    texts = {"a": "The cyclist, Ortega, 52, of Pine Hollow, died at the scene.",
             "b": "Ortega, who lived two blocks away in Cedar Flats, was thrown from the bike."}
    [conflict] = residence_conflicts(_table(texts), hash)
    assert {s.claim for s in conflict.sides} == {"Pine Hollow", "Cedar Flats"}


def test_containers_workplaces_and_shorter_forms_are_no_conflict() -> None:
    state = {"a": "Dana Whitlock, 41, of Fairview, was booked.", "b": "Dana Whitlock, 41, of Ohio, was booked."}
    work = {"a": "Dana Whitlock, 41, of Fairview, was booked.", "b": "Dana Whitlock, 41, of Mercy Hospital, spoke."}
    shorter = {"a": "Ortega, 52, of Ozone Ridge, died.", "b": "Ortega, who lived in South Ozone Ridge, died."}
    for texts in (state, work, shorter):
        assert residence_conflicts(_table(texts), hash) == []


def test_two_first_names_of_one_surname_are_two_people() -> None:
    texts = {"a": "Dana Whitlock, 41, of Fairview, was booked.",
             "b": "Jonah Whitlock, 17, of Lakemont, was released.",
             "c": "Whitlock, 41, of Lakemont, was booked."}
    assert residence_conflicts(_table(texts), hash) == []


def test_an_article_giving_two_homes_takes_no_side() -> None:
    texts = {"a": "Dana Whitlock, 41, of Fairview, was booked. Dana Whitlock, 41, of Lakemont, was charged.",
             "b": "Dana Whitlock, 41, of Lakemont, was booked."}
    assert residence_conflicts(_table(texts), hash) == []
