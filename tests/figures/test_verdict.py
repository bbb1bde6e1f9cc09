"""Sides and verdicts of one figure, on records written for the test."""

from __future__ import annotations

from newsprism.figures import story_value
from newsprism.figures.verdict import article_values, history, sides, verdict
from newsprism.model import Evidence, Figure, FigureValue


def value(article: str, number: float, published: str | None, qualifier: str = "exact") -> FigureValue:
    written = f"{'at least ' if qualifier == 'at least' else ''}{number:g}"
    evidence = Evidence(article=article, start=0, end=len(written) + 7, text=f"{written} killed")
    return FigureValue(article=article, value=number, qualifier=qualifier, written=written,  # type: ignore[arg-type]
                       mention=evidence, evidence=evidence, published=published)


def judge(values: list[FigureValue]) -> tuple[str, str]:
    built = sides(article_values(values), len)
    return verdict(built), history(built)


def test_one_value_is_agreed() -> None:
    assert judge([value("a", 12, "2024-03-01"), value("b", 12, "2024-03-01")]) == ("agreed", "12")


def test_a_later_day_with_a_new_count_is_an_update() -> None:
    assert judge([value("b", 14, "2024-03-02"), value("a", 12, "2024-03-01")]) == (
        "updated", "12 by 2024-03-01, 14 by 2024-03-02")


def test_hours_apart_is_an_update_minutes_apart_a_dispute() -> None:
    assert judge([value("a", 12, "2024-03-01T02:00:00"), value("b", 14, "2024-03-01T14:00:00")])[0] == "updated"
    assert judge([value("a", 12, "2024-03-01T02:00:00"), value("b", 14, "2024-03-01T02:20:00")])[0] == "disputed"


def test_same_day_or_unknown_time_is_a_dispute() -> None:
    assert judge([value("a", 12, "2024-03-01"), value("b", 14, "2024-03-01")])[0] == "disputed"
    assert judge([value("a", 12, None), value("b", 14, None)])[0] == "disputed"


def test_bounds_that_both_hold_agree() -> None:
    assert judge([value("a", 12, None, "at least"), value("b", 14, None)])[0] == "agreed"
    assert judge([value("a", 12, None, "at least"), value("b", 14, None, "at least")])[0] == "agreed"
    assert judge([value("a", 12, None, "at most"), value("b", 14, None, "at most")])[0] == "agreed"
    assert judge([value("a", 12, None, "at most"), value("b", 14, None, "at least")])[0] == "disputed"


def test_an_article_counts_once_with_the_value_it_gives_most() -> None:
    chosen = article_values([value("a", 3, None), value("a", 4, None), value("a", 4, None)])
    assert chosen["a"].value == 4


def test_the_story_value_is_the_latest_update_or_the_best_supported() -> None:
    def figure(values: list[FigureValue]) -> Figure:
        built = sides(article_values(values), len)
        return Figure(measure="killed", about="people killed", values=values, sides=[s for s, _ in built],
                      verdict=verdict(built), history=history(built))

    assert story_value(figure([value("a", 12, "2024-03-01"), value("b", 14, "2024-03-02")])) == 14
    assert story_value(figure([value("a", 12, None), value("b", 14, None), value("c", 14, None)])) == 14


def test_a_figure_rounded_to_the_thousand_agrees_with_the_count_it_rounds() -> None:
    assert judge([value("a", 300000, None), value("b", 300214, None)])[0] == "agreed"
    assert judge([value("a", 127, None), value("b", 130, None)])[0] == "disputed"


def test_a_rounded_thousand_allows_no_more_than_its_written_digits() -> None:
    assert judge([value("a", 129000, None), value("b", 129900, None)])[0] == "disputed"
    assert judge([value("a", 129000, None), value("b", 129300, None)])[0] == "agreed"
    assert judge([value("a", 130000, None), value("b", 129000, None)])[0] == "agreed"
