"""Conflicts from the figures stage: which disputed figures are disagreements a reader should see.

The figures stage (:mod:`newsprism.figures`) calls a figure disputed when its values differ in one time window.
A conflict asks more, precision first (read on the dev stories of ``newsprism eval disagreements``):

- **the values cannot both be true**: two lower bounds ('at least 8' / 'at least 9', 'more than 26,000' / 'more
  than 31,000') or two upper bounds both hold; a bound and a value beyond it do not ('as many as 50' / 'at least
  63');
- **not another event's figure**: a figure the articles recall from an earlier event or other incidents
  ('(earlier event, 2003)', '(other shootings)') is background, left to the figures section;
- **the same groups**: a count of women, children, officers ... may be a part of a count of people; a count of
  those taken to a hospital may hold the dead or be a part, never set against a count of the injured;
- **a value of the story's**: 'a magnitude 6 quake can do heavy damage' says what such a quake does, 'a
  forecast that the nation would confirm 240,000 deaths' what someone expected;
- **the same scope and time**: two sentences that date their figure apart ('In February, a gunman killed five'
  / 'one victim died'), or of which one bounds it to a place ('In Chicago, ... 18 deaths' / '189 people killed')
  or counts it since a date ('11,200 wounded since March 30' / '1,300 wounded') count different things; arrests
  in days of unrest are counted per day or night and in total ('86 arrests during Saturday's
  protests' / 'more than 200 people arrested'), so a count of one day's arrests is set against no other;
- **a count of the story's, not a reference**: a number a comparison points back to ('set to claim more than
  the 58,000 soldiers lost in a past war') is another count, never a side;
- **one step of a case**: those charged are a part of those arrested ('two officers were arrested, and one was
  charged'), never set against them.

Each conflict keeps only the sides that disagree with another side under these rules. The rules are one predicate
with the figures stage's verdict, :func:`newsprism.figures.rivals.rivals` (issue #18: a figure is 'disputed' only
when two of its values are rivals), so there are not two rules for one question.
"""

from __future__ import annotations

from newsprism.conflicts.scoped import number_scope
from newsprism.figures.another_event import of_another_event
from newsprism.figures.disputes import figure_conflicts
from newsprism.figures.rivals import GENERIC, PROJECTION, apart, referenced, rivals
from newsprism.model import Conflict, Figure, FigureSide, FigureValue

__all__ = ["GENERIC", "PROJECTION", "apart", "disagreeing_sides", "figured_conflicts", "referenced"]


def figured_conflicts(figures: list[Figure]) -> list[Conflict]:
    """One conflict per disputed figure whose values cannot all be true of one scope and time, with the sides
    that disagree."""
    kept = []
    for figure in figures:
        if figure.verdict != "disputed" or of_another_event(figure.subject):
            continue
        sides = disagreeing_sides(figure)
        if len(sides) >= 2:
            kept.append(figure.model_copy(update={"sides": sides}))
    return figure_conflicts(kept)


def disagreeing_sides(figure: Figure) -> list[FigureSide]:
    """The sides whose value is a rival of some other side's (:func:`~newsprism.figures.rivals.rivals`); a side
    whose every value is said under a hedge or of a generic case (:func:`~.scoped.number_scope`: 'there may have been
    two people killed', 'when one is killed, the town mourns'; ECB+ 16/ecbplus) is none."""
    firsts = [(side, value) for side in figure.sides if (value := _first(figure, side)) is not None]
    return [side for side, value in firsts if any(rivals(value, other, figure.measure) for _, other in firsts)]


def _first(figure: Figure, side: FigureSide) -> FigureValue | None:
    """The side's first value, of its first article that states it plainly (:func:`_plain`), if any."""
    for article in side.articles:
        own = [v for v in figure.values if v.article == article and _plain(v)]
        if own:
            return next((v for v in own if v.written == side.claim), own[0])
    return None


def _plain(value: FigureValue) -> bool:
    """The value's sentence gives it no scope of its own (:func:`~.scoped.number_scope`)."""
    at = value.mention.start - value.evidence.start
    return value.mention.part != value.evidence.part or at < 0 or not number_scope(
        value.evidence.text, at, at + len(value.mention.text))
