"""Figure records written for the conflict tests: a value with its mention inside its sentence, and a disputed
count of the killed made of such values."""

from __future__ import annotations

from newsprism.model import Evidence, Figure, FigureSide, FigureValue


def figure_value(article: str, value: float, written: str, text: str) -> FigureValue:
    """``value`` as ``written`` in the sentence ``text`` of ``article`` (an exact figure, no publication time)."""
    at = text.index(written)
    return FigureValue(article=article, value=value, qualifier="exact", written=written,
                       mention=Evidence(article=article, start=at, end=at + len(written), text=written),
                       evidence=Evidence(article=article, start=0, end=len(text), text=text), published=None)


def killed_figure(values: list[FigureValue]) -> Figure:
    """A disputed count of the killed, one side per value."""
    sides = [FigureSide(claim=v.written, value=v.value, articles=[v.article], origins=1, first_published=None,
                        last_published=None) for v in values]
    return Figure(measure="killed", subject=None, about="people killed", values=values, sides=sides,
                  verdict="disputed", history="")
