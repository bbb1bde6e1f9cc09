"""Headline counts for the conflicts: the figures stage reads titles (:mod:`newsprism.figures.group`, evidence with
``part`` 'title'), and a headline's count of no group ('... at the fence; 28 killed') is the story's count of the
event. Where no article's text counts the event as a whole but a group's figure does ('At least 37 Palestinians
have been killed', NeuS train 976), the headline count is set against that figure
(:func:`newsprism.figures.headline.event_figure`): a headline shortens, it does not count another group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from newsprism.figures.headline import event_figure
from newsprism.figures.verdict import article_values, history, sides, verdict
from newsprism.model import Figure, FigureValue

Origins = Callable[[Iterable[str]], int]


def with_headline_counts(figures: list[Figure], origins: Origins) -> list[Figure]:
    """``figures`` with each figure that only headlines state (no subject) joined to its measure's figure of the
    event read from the texts, for the articles that figure has no value of (sides and verdict read again)."""
    out = list(figures)
    for headlines in [f for f in figures if f.subject is None and _only_titles(f)]:
        texts = [f for f in out if f is not headlines and not _only_titles(f)]
        target = event_figure(texts, headlines.measure)
        if target is None:
            continue
        have = {v.article for v in target.values}
        added = [v for v in headlines.values if v.article not in have]
        if added:
            out[out.index(target)] = _rebuilt(target, [*target.values, *added], origins)
            out.remove(headlines)
    return out


def _only_titles(figure: Figure) -> bool:
    return all(v.evidence.part == "title" for v in figure.values)


def _rebuilt(figure: Figure, values: list[FigureValue], origins: Origins) -> Figure:
    built = sides(article_values(values), lambda articles: origins(articles))
    return figure.model_copy(update={"values": values, "sides": [s for s, _ in built], "verdict": verdict(built),
                                     "history": history(built)})
