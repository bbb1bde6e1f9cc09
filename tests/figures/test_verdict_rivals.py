"""A figure is disputed only when two of its values are rivals (figures/rivals.py, the predicate the conflicts
share): bounds that both hold, another place's or one of several's count, a running total since a date and a
forecast make no dispute. Sentences written for this test."""

from __future__ import annotations

from newsprism.conflicts.figured import figured_conflicts
from newsprism.figures.rivals import rivals
from newsprism.figures.verdict import article_values, history, sides, verdict
from newsprism.model import Evidence, Figure, FigureValue


def stated(article: str, number: float, sentence: str, words: str, qualifier: str = "exact") -> FigureValue:
    start = sentence.index(words)
    evidence = Evidence(article=article, start=0, end=len(sentence), text=sentence)
    mention = Evidence(article=article, start=start, end=start + len(words), text=words)
    return FigureValue(article=article, value=number, qualifier=qualifier, written=words,  # type: ignore[arg-type]
                       mention=mention, evidence=evidence, published="2031-05-02")


def judged(values: list[FigureValue]) -> str:
    return verdict(sides(article_values(values), len), "killed")


def conflicts(values: list[FigureValue]) -> int:
    built = sides(article_values(values), len)
    figure = Figure(measure="killed", about="people killed", values=values, sides=[s for s, _ in built],
                    verdict=verdict(built, "killed"), history=history(built))
    return len(figured_conflicts([figure]))


def test_two_lower_bounds_agree() -> None:
    values = [stated("a", 8, "The storm left at least eight dead across the valley.", "at least eight", "at least"),
              stated("b", 9, "Rescuers said at least nine died as the river rose.", "at least nine", "at least")]
    assert judged(values) == "agreed"
    assert conflicts(values) == 0


def test_two_counts_of_one_scope_are_disputed() -> None:
    values = [stated("a", 8, "The storm left eight dead across the valley.", "eight"),
              stated("b", 11, "Rescuers said 11 died as the river rose.", "11")]
    assert judged(values) == "disputed"
    assert rivals(values[0], values[1], "killed")
    assert conflicts(values) == 1


def test_a_place_or_one_of_several_is_no_rival_of_the_whole() -> None:
    whole = stated("a", 140, "Officials put the national toll at 140 after the floods.", "140")
    place = stated("b", 12, "In another, water poured into a nursing home, killing 12 residents.", "12")
    city = stated("c", 19, "In Dunmore, the floods caused 19 deaths by Sunday.", "19")
    assert judged([whole, place]) == "agreed"
    assert judged([whole, city]) == "agreed"


def test_a_running_total_since_a_date_is_no_rival_of_a_day() -> None:
    total = stated("a", 9300, "Medics say 9,300 have been hurt at the border since April 2.", "9,300")
    day = stated("b", 1100, "Medics say 1,100 were hurt in the day's marches.", "1,100")
    assert judged([total, day]) == "agreed"


def test_a_forecast_is_no_rival_of_the_count() -> None:
    count = stated("a", 260000, "The country has now passed 260,000 deaths.", "260,000")
    forecast = stated("b", 220000, "An early forecast projected that the toll could reach 220,000.", "220,000")
    assert judged([count, forecast]) == "agreed"
