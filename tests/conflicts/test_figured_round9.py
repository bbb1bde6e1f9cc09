"""Issue #18, round 9: one person named by a relation ('her granddaughter') is no rival of a count of the dead, and
an event the story's came after is another event (sentences written for these tests)."""

from __future__ import annotations

from newsprism.conflicts.figured import figured_conflicts
from newsprism.figures.another_event import earlier_subject
from newsprism.model import Evidence, Figure, FigureSide, FigureValue


def _value(article: str, value: float, written: str, text: str) -> FigureValue:
    at = text.index(written)
    return FigureValue(article=article, value=value, qualifier="exact", written=written,
                       mention=Evidence(article=article, start=at, end=at + len(written), text=written),
                       evidence=Evidence(article=article, start=0, end=len(text), text=text), published=None)


def _figure(values: list[FigureValue]) -> Figure:
    sides = [FigureSide(claim=v.written, value=v.value, articles=[v.article], origins=1, first_published=None,
                        last_published=None) for v in values]
    return Figure(measure="killed", subject=None, about="people killed", values=values, sides=sides,
                  verdict="disputed", history="")


def test_one_person_named_by_a_relation_is_no_rival_of_a_count() -> None:
    count = _value("a", 3, "three", "The fire killed three people on Monday.")
    relation = _value("b", 1, "her", "She mourned the death of her nephew.")
    assert figured_conflicts([_figure([count, relation])]) == []
    rival = _value("c", 4, "four", "The fire killed four people on Monday.")
    assert len(figured_conflicts([_figure([count, relation, rival])])) == 1


def test_an_event_the_story_came_after_is_another_event() -> None:
    assert earlier_subject("The blast came just weeks after a gunman killed six people at a mall.") is not None
    assert earlier_subject("The blast came after a gunman killed six people at a mall.") is None
