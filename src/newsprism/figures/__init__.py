"""Figures: every number the articles give for one measure of the story, and whether they agree.

1. Claims (:mod:`.measures`): each sentence's numbers next to a measure word ('129 people were killed',
   'killing 129', 'won 129 seats', 'a magnitude 9.0 quake'), with the group or part they count ('officers',
   'at the Bataclan', a party). Numbers are read by :mod:`.numbers` only.
2. Grouping (:mod:`.group`): across all articles, not only aligned sentences, by measure and subject; a subject
   that names an entity is keyed by the entity (so 'Syriza' and 'the Syriza party' meet), other subjects merge
   when the sentence encoder reads them alike. Different measures (killed / injured, passengers / passengers and
   crew) and different subjects (at one venue / in total, a party / a coalition) are never compared.
3. Verdicts (:mod:`.verdict`): each article's value with its publication time; agreed, updated (a later report
   gives a new value) or disputed (different values in the same time window), with the independent origins of
   each side from the story table.
4. Headlines (:mod:`.headline`): the story's count of each measure of the event as a whole (the latest of a toll
   that rose, else the consensus), written on the figure it is read from.
"""

from __future__ import annotations

from newsprism.entities import EntityIndex
from newsprism.figures.another_event import OTHER_SHOOTINGS, of_another_event, roundup_articles
from newsprism.figures.described import with_described
from newsprism.figures.group import Keyed, group_claims, read_story
from newsprism.figures.headline import story_value, with_headlines
from newsprism.figures.verdict import article_values, history, sides, verdict
from newsprism.model import Figure
from newsprism.nlp import ParsedArticle
from newsprism.nlp.encoder import Encoder
from newsprism.story_table import StoryTable

__all__ = ["find_figures", "story_value"]

VERDICT_ORDER = {"disputed": 0, "updated": 1, "agreed": 2}


def find_figures(story: StoryTable, entities: EntityIndex | None = None,
                 encoder: Encoder | None = None, parsed: list[ParsedArticle] | None = None) -> list[Figure]:
    """Every measure the story's articles count, the disputed first, then the most reported; with the parsed
    articles, victims described one by one count where no article counts them (:mod:`.described`); each measure's
    headline count is written on the figure it is read from (:mod:`.headline`). A roundup page's figures (its
    headline sums several shootings) are other shootings' beside a page about this one."""
    titles = {a.id: a.title for a in story.alignment.table.articles}
    read = read_story(story, entities)
    by_body = summed_in_body(read)
    roundups = roundup_articles(titles) | (by_body if len(by_body | roundup_articles(titles)) < len(titles) else set())
    found = [_of_roundup(k) if k.value.article in roundups or (k.value.article in by_body and k.value.evidence.part
                                                                == "title") else k for k in read]
    own = [p for p in parsed or [] if p.article.id not in roundups]
    groups = group_claims(with_described(found, own) if own else found, encoder)
    figures = sorted((_figure(group, story) for group in groups), key=lambda f: (
        VERDICT_ORDER[f.verdict], -len({v.article for v in f.values}), f.measure, f.subject or ""))
    return with_headlines(figures)


PEOPLE_MEASURES = frozenset({"killed", "injured", "shot"})
MIN_SUMMED = 2
"""The least headline count that marks a roundup page by its text's other shootings: a headline's one person ('Girl
injured in shooting') meets the one person of any other shooting its text tells of (check residue 21: one page)."""


def summed_in_body(found: list[Keyed]) -> set[str]:
    """Articles whose headline's counts of people are all counts their own text gives other shootings ('6 shot Sunday
    in Lumo' over 'Six people ... were wounded in Lumo shootings Sunday'; '3 dead, 11 wounded, including ...'
    over 'Three people died and at least 11 more were hurt ... in Monday shootings': residue 9 read): a
    roundup page, though its headline names no several shootings; a headline that counts one person at most is not."""
    other = {(k.value.article, k.value.value) for k in found if k.measure in PEOPLE_MEASURES
             and OTHER_SHOOTINGS in (k.subject or "")}
    titled: dict[str, set[float]] = {}
    for k in found:
        if k.measure in PEOPLE_MEASURES and k.value.evidence.part == "title" and not of_another_event(k.subject):
            titled.setdefault(k.value.article, set()).add(k.value.value)
    return {a for a, values in titled.items() if max(values) >= MIN_SUMMED and all((a, v) in other for v in values)}


def _of_roundup(keyed: Keyed) -> Keyed:
    """A roundup page's figure (:func:`.another_event.roundup_articles`): other shootings', beside the story's."""
    if of_another_event(keyed.subject):
        return keyed
    subject = f"{keyed.subject} {OTHER_SHOOTINGS}" if keyed.subject else OTHER_SHOOTINGS
    return Keyed(keyed.measure, subject, f"{keyed.key} {OTHER_SHOOTINGS}".strip(), keyed.value)


def _figure(group: list[Keyed], story: StoryTable) -> Figure:
    values = [k.value for k in group]
    built = sides(article_values(values), lambda articles: story.count_origins(articles))
    measure, subject = group[0].measure, group[0].subject
    return Figure(measure=measure, subject=subject, about=about(measure, subject), values=values,
                  sides=[s for s, _ in built], verdict=verdict(built, measure), history=history(built))


def about(measure: str, subject: str | None) -> str:
    """'people killed', 'officers injured at the school', 'seats of New Democracy', 'magnitude of the aftershock'."""
    if measure in ("killed", "injured", "shot", "arrested", "missing", "evacuated"):
        who, _, where = (subject or "").partition(" at ") if subject and not subject.startswith("at ") else (
            "", "", (subject or "")[3:])
        text = f"{who or 'people'} {measure}"
        return f"{text} at {where}" if where else text
    if measure in ("seats", "magnitude"):
        return f"{measure} of {subject}" if subject else measure
    return f"{measure} ({subject})" if subject else measure

