"""Timeline: what happened when, across the articles of a story.

``build_timeline`` reads each article's time expressions against its reference date
(:mod:`newsprism.timeline.reference`: the publication date, or one inferred from the other
articles), makes an event mention of every sentence with a resolved expression
(:mod:`newsprism.timeline.mentions`, :mod:`newsprism.timeline.expressions`), groups the
mentions that report the same event across articles (:mod:`newsprism.timeline.events`), marks as
background the events that end well before the story's own dates (:func:`newsprism.timeline.events.is_background`)
and returns the events in date order.
"""

from __future__ import annotations

from newsprism.align import StoryAlignment
from newsprism.model import Evidence, TimelineEvent
from newsprism.nlp.sentences import ParsedArticle
from newsprism.timeline.events import Group, group_mentions, is_background, representative
from newsprism.timeline.expressions import Reading, read_expression
from newsprism.timeline.mentions import Mention, find_mentions
from newsprism.timeline.reference import Reference, references

__all__ = ["Mention", "Reading", "Reference", "build_timeline", "read_expression", "references"]


def build_timeline(parsed: list[ParsedArticle], alignment: StoryAlignment) -> list[TimelineEvent]:
    """The story's dated events, each with the sentence of every article that reports it, sorted by date."""
    refs = references(parsed)
    table_index = {(alignment.table.articles[owner].id, s.start): i
                   for i, (owner, s) in enumerate(zip(alignment.table.owner.tolist(), alignment.table.sentences,
                                                       strict=True))}
    mentions = [m for p, ref in zip(parsed, refs, strict=True) for m in find_mentions(p, ref.day, table_index)]
    notes = {p.article.id: ref.note for p, ref in zip(parsed, refs, strict=True) if ref.note}
    groups = group_mentions(mentions, alignment)
    story_days = [ref.day for ref in refs if ref.day is not None]
    events = [_event(g, alignment, notes).model_copy(update={"background": is_background(g.value, story_days)})
              for g in groups]
    return sorted(events, key=lambda e: (_sort_key(e.date), -len({x.article for x in e.evidence})))


def _event(group: Group, alignment: StoryAlignment, notes: dict[str, str]) -> TimelineEvent:
    order = {a.id: i for i, a in enumerate(alignment.table.articles)}

    def in_order(items: set[Evidence]) -> list[Evidence]:
        return sorted(items, key=lambda e: (order[e.article], e.start))

    evidence = in_order({alignment.table.evidence(m.sentence) for m in group.mentions})
    expressions = in_order({e for m in group.mentions for e in m.expressions})
    inferred = sorted({m.article for m in group.mentions if m.relative and m.article in notes}, key=order.__getitem__)
    return TimelineEvent(date=group.value.iso(), precision=group.value.precision,
                         what=representative(group, alignment).text, evidence=evidence, expressions=expressions,
                         reference="; ".join(f"{i}: {notes[i]}" for i in inferred) or None)


def _sort_key(iso: str) -> tuple[str, str]:
    start, _, end = iso.partition("/")
    return start, end
