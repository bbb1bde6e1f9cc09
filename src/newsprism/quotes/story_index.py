"""The story's entity mentions read once per story (issue #20): the joint-subject, apposition and described-holder
rules asked every variant of the story about every mention of every entity (1.08 CPU s of attribute_speakers at
one-event 20, 3.90 at 40: 3.6x for twice the story). Here each article's mentions are listed once, in order of
start, and the answers that depend only on a description's words are kept for the story."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from newsprism.model import Entity, Evidence

STORY_INDEXES = 2
"""Stories whose index is kept: the story being analysed and the one before (attribute_speakers reads one story at
a time; the index is keyed by the very entity list and texts it was read from, which it holds)."""


@dataclass(frozen=True)
class Placed:
    """One mention of an entity, with its place in the story's entity order (entity, then mention: the order a scan
    of ``entities`` meets it, which breaks ties of start)."""

    start: int
    order: int
    entity: Entity
    mention: Evidence


@dataclass
class StoryIndex:
    """Each article's mentions by start, answers kept per description (``answers``: by rule and words) and the
    titled mentions."""

    entities: Sequence[Entity]
    texts: Mapping[str, str]
    by_article: dict[str, list[Placed]] = field(default_factory=dict)
    starts: dict[str, list[int]] = field(default_factory=dict)
    answers: dict[tuple[str, str], Entity | None] = field(default_factory=dict)
    titled: list[list[tuple[set[str], list[str]]]] | None = None
    """Per entity, in order, the titles and words before each of its mentions that has a title there (a person's;
    :func:`~newsprism.quotes.story_holders.titled_reads`)."""

    def answer(self, rule: str, words: str, compute: Callable[[], Entity | None]) -> Entity | None:
        """The story's answer of ``rule`` for a description's ``words``, computed once (``compute``) and kept."""
        if (rule, words) not in self.answers:
            self.answers[(rule, words)] = compute()
        return self.answers[(rule, words)]

    def from_start(self, article: str, at: int) -> list[Placed]:
        """The article's mentions starting at ``at`` or after, by start (ties in entity order)."""
        placed = self.by_article.get(article, [])
        return placed[bisect_left(self.starts.get(article, []), at):]

    def within(self, entity: Entity, article: str, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of ``entity``'s mentions in ``article`` that start in ``start``-``end`` (the entity's own list
        read when it is none of the index's objects)."""
        if not any(entity is other for other in self.entities):
            return [(m.start, m.end) for m in entity.mentions if m.article == article and start <= m.start < end]
        return [(p.start, p.mention.end) for p in self.from_start(article, start) if p.start < end
                and p.entity is entity]

    def before(self, article: str, end: int) -> list[Placed]:
        """The article's mentions starting before ``end``, by start (ties in entity order)."""
        placed = self.by_article.get(article, [])
        return placed[:bisect_left(self.starts.get(article, []), end)]


_KEPT: list[StoryIndex] = []


def story_index(entities: Sequence[Entity], texts: Mapping[str, str]) -> StoryIndex:
    """The index of this entity list and these texts, read on first use (the last :data:`STORY_INDEXES` kept)."""
    for index in _KEPT:
        if index.entities is entities and index.texts is texts:
            return index
    index = StoryIndex(entities, texts)
    order = 0
    for entity in entities:
        for mention in entity.mentions:
            index.by_article.setdefault(mention.article, []).append(Placed(mention.start, order, entity, mention))
            order += 1
    for article, placed in index.by_article.items():
        placed.sort(key=lambda item: (item.start, item.order))
        index.starts[article] = [item.start for item in placed]
    _KEPT[:] = [index, *_KEPT[:STORY_INDEXES - 1]]
    return index
