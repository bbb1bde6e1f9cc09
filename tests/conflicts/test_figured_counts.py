"""conflicts/figured.py: disputed figures that are no conflicts: a count a comparison points back to, one day's
arrests against the total, those charged against those arrested (sentences written anew)."""

from __future__ import annotations

from newsprism.conflicts.figured import figured_conflicts, referenced
from newsprism.model import Evidence, Figure, FigureSide, FigureValue


def _value(article: str, value: float, qualifier: str, written: str, text: str) -> FigureValue:
    at = text.index(written)
    return FigureValue(article=article, value=value, qualifier=qualifier, written=written,  # type: ignore[arg-type]
                       mention=Evidence(article=article, start=at, end=at + len(written), text=written),
                       evidence=Evidence(article=article, start=0, end=len(text), text=text), published=None)


def _figure(measure: str, values: list[FigureValue]) -> Figure:
    sides = [FigureSide(claim=v.written, value=v.value, articles=[v.article], origins=1, first_published=None,
                        last_published=None) for v in values]
    return Figure(measure=measure, subject=None, about=f"people {measure}", values=values, sides=sides,
                  verdict="disputed", history="")


def test_a_count_a_comparison_points_back_to_is_no_side() -> None:
    reference = _value("b", 41000, "exact", "41,000 sailors who died",
                       "The flu may soon kill more than the 41,000 sailors who died in the great storm.")
    own = _value("a", 30000, "exact", "30,000 deaths", "The country passed 30,000 deaths on Monday.")
    assert referenced(reference) and not referenced(own)
    assert figured_conflicts([_figure("killed", [own, reference])]) == []
    rival = _value("c", 33000, "exact", "33,000 deaths", "The country passed 33,000 deaths on Monday.")
    assert len(figured_conflicts([_figure("killed", [own, rival, reference])])) == 1


def test_one_days_arrests_are_not_set_against_the_total() -> None:
    total = _value("a", 150, "at least", "more than 150 people arrested",
                   "Shops were looted and more than 150 people arrested in the week of unrest.")
    night = _value("b", 40, "exact", "40 arrests", "Officers made 40 arrests during Friday's marches.")
    assert figured_conflicts([_figure("arrested", [total, night])]) == []
    other = _value("c", 90, "exact", "90 people arrested", "Over the week 90 people arrested were held in cells.")
    assert len(figured_conflicts([_figure("arrested", [total, night, other])])) == 1


def test_a_day_bound_count_still_conflicts_for_other_measures() -> None:
    a = _value("a", 5, "exact", "killing 5", "The bomb went off on Friday, killing 5.")
    b = _value("b", 7, "exact", "7 people died", "In all 7 people died in the blast.")
    assert len(figured_conflicts([_figure("killed", [a, b])])) == 1


def test_those_charged_are_a_part_of_those_arrested() -> None:
    arrested = _value("a", 3, "exact", "three men were arrested", "After the raid three men were arrested.")
    charged = _value("b", 1, "exact", "one was charged", "Police held the men and one was charged with arson.")
    assert figured_conflicts([_figure("arrested", [arrested, charged])]) == []
    more = _value("c", 5, "exact", "five men were arrested", "After the raid five men were arrested.")
    assert len(figured_conflicts([_figure("arrested", [arrested, charged, more])])) == 1
