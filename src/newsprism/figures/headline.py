"""The story's headline toll: for each measure, the one figure that counts the event as a whole and the story's
value of it (the latest of a toll that rose, else the consensus), written on that figure's record
(``Figure.headlines``) so that a reader, the renderers and the evaluation read one choice.

Which figure: the measure's figure of the event as a whole (no subject); else a group's ('officers'), then a
venue's ('at the club'), the one most articles give. Never the shooter's own death or another event's figures
('(earlier event, 2012)', '(other shootings)': :mod:`.measures`). The dead: the shooter's own death
(:mod:`.shooter`) is added where the story's count of the dead leaves him out. The injured: where no article
counts them, or counts fewer, the people shot less the dead.
"""

from __future__ import annotations

import re

from newsprism.figures.another_event import of_another_event
from newsprism.figures.shooter import SHOOTER, counts_shooter
from newsprism.model import Figure, FigureHeadline

HEADLINE_MEASURES = ("killed", "injured", "shot", "arrested", "missing", "evacuated", "seats", "magnitude",
                     "passengers", "people on board", "attackers")
"""Measures that get a headline of the event as a whole (seats and magnitude: their figure of no subject only)."""
GROUPED_MEASURES = frozenset({"killed", "injured", "shot", "arrested", "missing", "evacuated"})
"""Measures of people whose event count falls back on a group's or a venue's figure when none counts the whole."""


def with_headlines(figures: list[Figure]) -> list[Figure]:
    """``figures`` with each measure's headline written on the figure it is read from."""
    chosen = {m: figure for m in HEADLINE_MEASURES if (figure := event_figure(figures, m)) is not None}
    headlines: dict[int, list[FigureHeadline]] = {}
    for measure, figure in chosen.items():
        value = story_value(figure)
        if value is not None:
            basis = "latest" if _rising(figure) else "consensus"
            headlines.setdefault(id(figure), []).append(FigureHeadline(measure=measure, value=value, basis=basis))
    _tie_less_dead(chosen, headlines)
    _add_injured(chosen, headlines, _shooter_among_shot(figures, chosen, headlines))
    _add_shooter(figures, chosen, headlines)
    return [f.model_copy(update={"headlines": headlines[id(f)]}) if id(f) in headlines else f for f in figures]


def headline(figures: list[Figure], measure: str) -> FigureHeadline | None:
    """The story's headline count of ``measure``, as :func:`with_headlines` wrote it."""
    return next((h for f in figures for h in f.headlines if h.measure == measure), None)


def event_figure(figures: list[Figure], measure: str) -> Figure | None:
    """The figure of ``measure`` that counts the event as a whole (no subject); else, for people, the group's or
    venue's figure most articles give; never the shooter's own death or another event's figures."""
    own = [f for f in figures if f.measure == measure and f.subject != SHOOTER
           and not of_another_event(f.subject)]
    whole = next((f for f in own if f.subject is None), None)
    if whole is not None and measure in GROUPED_MEASURES:
        return _venue_over(whole, own)
    if whole is not None or measure not in GROUPED_MEASURES:
        return whole
    return max(own, key=lambda f: (not (f.subject or "").startswith("at "), len({v.article for v in f.values})),
               default=None)


def _venue_over(whole: Figure, own: list[Figure]) -> Figure:
    """The whole event's figure, or a venue's that counts more: a part never exceeds the whole, so a venue's larger
    count is the event's ('Four people were shot at the Quill Lane Tavern' beside 'a man was shot in the leg':
    four; 80 at the Bataclan beside 129 in all stays 129)."""
    venues = [(value, f) for f in own if (f.subject or "").startswith("at ") and (value := story_value(f)) is not None]
    top = max(venues, key=lambda pair: pair[0], default=None)
    value = story_value(whole)
    return top[1] if top is not None and value is not None and top[0] > value else whole


def story_value(figure: Figure) -> float | None:
    """The story's value of a figure: the latest when updated to a larger count (a toll that rises), else the value
    with the most origins, then articles, then the larger (a later smaller count is more often a part than a
    correction: 'killing three people' then 'the man who died'; of two values as well supported, the smaller is
    more often a part: 'three other victims ... arrived at hospitals' beside 'wounding five people'. Dev 380,
    ties to the larger rather than the earlier: injured 0.750 -> 0.755, killed unchanged)."""
    if not figure.sides:
        return None
    side = figure.sides[-1] if _rising(figure) else max(figure.sides, key=lambda s: (s.origins, len(s.articles),
                                                                                       s.value))
    return side.value


def _rising(figure: Figure) -> bool:
    return figure.verdict == "updated" and figure.sides[-1].value >= max(s.value for s in figure.sides)


def _add_shooter(figures: list[Figure], chosen: dict[str, Figure],
                 headlines: dict[int, list[FigureHeadline]]) -> None:
    """The shooter's own death added to the dead where their count leaves him out (:func:`.shooter.counts_shooter`);
    with no count of the dead, he is the one."""
    own = next((f for f in figures if f.measure == "killed" and f.subject == SHOOTER), None)
    if own is None:
        return
    dead = chosen.get("killed")
    current = next((h for h in headlines.get(id(dead), []) if h.measure == "killed"), None) if dead else None
    count = int(current.value) if current else None
    sentences = [v.evidence.text for v in dead.values] if dead else []
    counting = [v.evidence.text for v in dead.values if v.value == count] if dead else []
    if counts_shooter(count, sentences, counting):
        return
    if dead is not None and current is not None:
        headlines[id(dead)] = [h for h in headlines[id(dead)] if h is not current] + [
            FigureHeadline(measure="killed", value=current.value + 1, basis="with the shooter")]
    else:
        headlines.setdefault(id(own), []).append(FigureHeadline(measure="killed", value=1.0, basis="the shooter"))


BY_POLICE = re.compile(r"\b(?:police|officers?|deput(?:y|ies)|troopers?|agents?)\b", re.I)
"""Words of a shooter's death at others' hands ('the suspect was shot and killed by police', in the words of his death
themselves: not 'information comes from Lumo County police ... then taking his own life', residue 2 read): a
count of the people shot beside it leaves him out."""


def _shooter_among_shot(figures: list[Figure], chosen: dict[str, Figure],
                        headlines: dict[int, list[FigureHeadline]]) -> float:
    """1 where the shooter killed himself, the count of the dead leaves him out and the count of the people
    shot has him in it ('found the mother and child shot' beside 'shot her son, then herself': the people shot less
    the dead are none; residue 5 read), else 0; read as :func:`.shooter.counts_shooter` reads a count of the
    dead."""
    own = next((f for f in figures if f.measure == "killed" and f.subject == SHOOTER), None)
    shot, dead = chosen.get("shot"), chosen.get("killed")
    if own is None or shot is None or any(BY_POLICE.search(v.mention.text) for v in own.values):
        return 0.0
    shot_count = next((h.value for h in headlines.get(id(shot), []) if h.measure == "shot"), None)
    current = next((h for h in headlines.get(id(dead), []) if h.measure == "killed"), None) if dead else None
    if shot_count is None or (dead is not None and current is not None and counts_shooter(
            int(current.value), [v.evidence.text for v in dead.values],
            [v.evidence.text for v in dead.values if v.value == current.value])):
        return 0.0
    counting = [v.evidence.text for v in shot.values if v.value == shot_count]
    return 1.0 if counts_shooter(int(shot_count), counting, counting) else 0.0


def _add_injured(chosen: dict[str, Figure], headlines: dict[int, list[FigureHeadline]],
                 shooter_shot: float = 0.0) -> None:
    """No article counts the injured, or counts fewer than the people shot less the dead ('four people were shot'
    beside 'a woman was shot, and three men were also wounded', 'no one was injured' at the fair beside 'two teens
    were shot' nearby; dev 380 injured 0.774 -> 0.779): the people shot less the dead (the victims': before the
    shooter's own death is added), written on the figure of the people shot."""
    shot = chosen.get("shot")
    if shot is None:
        return
    shot_count = next((h.value for h in headlines.get(id(shot), []) if h.measure == "shot"), None)
    if shot_count is None:
        return
    killed = next((h.value for hs in headlines.values() for h in hs if h.measure == "killed"), 0.0) + shooter_shot
    counted = next((h for h in headlines.get(id(chosen["injured"]), []) if h.measure == "injured"), None) if (
        "injured" in chosen) else None
    if counted is not None and counted.basis == "consensus":
        counted = _tie_to_shot(chosen["injured"], counted, shot_count - killed, headlines)
    if "injured" in chosen and (counted is None or counted.value >= shot_count - killed
                                or _fired_on(shot, shot_count)):
        return
    if counted is not None:
        headlines[id(chosen["injured"])].remove(counted)
    headlines[id(shot)].append(FigureHeadline(measure="injured", value=max(shot_count - killed, 0.0),
                                              basis="shot less killed"))


FIRED_ON = re.compile(r"\bfire\s+on\s+(?:\w+\s+){0,2}$", re.I)
"""'opened fire on 30 people watching the show': the people fired on, not all hit (sample4 read)."""


def _fired_on(shot: Figure, count: float) -> bool:
    """The people shot are counted only as those fired on: no count of the injured gives way to them."""
    return all(FIRED_ON.search(v.evidence.text[:max(v.mention.start - v.evidence.start, 0)][-40:])
               for v in shot.values if v.value == count)


def _tie_less_dead(chosen: dict[str, Figure], headlines: dict[int, list[FigureHeadline]]) -> None:
    """Of injured counts as well supported (origins and articles), the one that leaves the dead out: 'a shooting
    that left four injured' ... 'one of the victims later died' beside 'one person dead and three others injured'
    is three, where the tie would go to the larger (residue 7 read)."""
    injured, dead = chosen.get("injured"), chosen.get("killed")
    counted = next((h for h in headlines.get(id(injured), []) if h.measure == "injured"), None) if injured else None
    killed = next((h.value for h in headlines.get(id(dead), []) if h.measure == "killed"), 0.0) if dead else 0.0
    if injured is None or counted is None or counted.basis != "consensus" or killed <= 0:
        return
    _tie_to_shot(injured, counted, counted.value - killed, headlines)


def _tie_to_shot(injured: Figure, counted: FigureHeadline, expected: float,
                 headlines: dict[int, list[FigureHeadline]]) -> FigureHeadline:
    """Of injured counts as well supported (origins and articles), the one that is the people shot less the dead
    ('five people were shot' beside 'six were wounded' and 'five teens injured': five; '12 were shot ... one died'
    beside 13 and 11 injured: eleven), where the tie would go to the larger (sample4 and dev residue 37 read)."""
    top = max((s.origins, len(s.articles)) for s in injured.sides)
    tied = [s for s in injured.sides if (s.origins, len(s.articles)) == top]
    if len(tied) < 2 or expected == counted.value or all(s.value != expected for s in tied):
        return counted
    better = counted.model_copy(update={"value": expected})
    own = headlines[id(injured)]
    own[own.index(counted)] = better
    return better
