"""Verdicts on the story's headline figures (`figures.verdict`), shaped like the dev residue pages read
(issue #18): the people shot hold a shooter who took his own life; a tie of the injured goes to the count that leaves
the dead out. Texts written for the test, no publisher's text."""

from __future__ import annotations

from newsprism.figures.headline import headline, with_headlines
from newsprism.figures.shooter import SHOOTER
from newsprism.figures.verdict import article_values, history, sides, verdict
from newsprism.model import Evidence, Figure, FigureValue


def value(article: str, number: float, sentence: str = "") -> FigureValue:
    text = sentence or f"{number:g} people were hurt"
    evidence = Evidence(article=article, start=0, end=len(text), text=text)
    return FigureValue(article=article, value=number, qualifier="exact", written=f"{number:g}", mention=evidence,
                       evidence=evidence, published=None)


def figure(measure: str, values: list[FigureValue], subject: str | None = None) -> Figure:
    built = sides(article_values(values), len)
    return Figure(measure=measure, subject=subject, about=measure, values=values, sides=[s for s, _ in built],
                  verdict=verdict(built), history=history(built))


def test_the_people_shot_hold_a_shooter_who_took_his_own_life() -> None:
    own = figure("killed", [value("a", 1, "A woman shot her son, then herself.")], subject=SHOOTER)
    child = figure("killed", [value("a", 1, "The woman killed her child.")])
    shot = figure("shot", [value("a", 2, "Relatives found the mother and child shot.")])
    found = with_headlines([child, shot, own])
    injured, killed = headline(found, "injured"), headline(found, "killed")
    assert injured is not None and injured.value == 0
    assert killed is not None and killed.value == 2
    by_police = figure("killed", [value("a", 1, "The shooter was shot and killed by troopers.")], subject=SHOOTER)
    injured = headline(with_headlines([child, shot, by_police]), "injured")
    assert injured is not None and injured.value == 1


def test_a_tie_of_the_injured_goes_to_the_count_that_leaves_the_dead_out() -> None:
    killed = figure("killed", [value("a", 1), value("b", 1)])
    injured = figure("injured", [value("a", 4), value("b", 3), value("c", 4), value("d", 3)])
    tied = headline(with_headlines([killed, injured]), "injured")
    assert tied is not None and tied.value == 3
    alone = headline(with_headlines([figure("injured", [value("a", 4), value("b", 3), value("c", 4),
                                                        value("d", 3)])]), "injured")
    assert alone is not None and alone.value == 4
