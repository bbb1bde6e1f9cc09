"""The entities of a story, and lookups from a span or a written name to the entity it names."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsprism.entities.names import clean_span, name_key, name_tokens
from newsprism.model import Entity, EntityType


@dataclass(frozen=True)
class _Lookups:
    spans: dict[str, list[tuple[int, int, int]]]
    """article → (start, end, entity index) of every mention, in text order"""
    written: dict[tuple[str, str], Counter[int]]
    """(article, key) → how often each entity is written with that key in that article"""
    story: dict[str, Counter[int]]
    """key → how often each entity is written with that key in the story"""
    words: dict[tuple[str, str], set[int]]
    """(article, first or last word of a multi-word person mention) → entities"""
    starts: dict[str, list[int]] = field(default_factory=dict)
    """article → the start of each of its mentions, as in ``spans``"""
    longest: dict[str, int] = field(default_factory=dict)
    """article → the length of its longest mention: a mention overlapping an offset starts at most this far back"""


@dataclass(frozen=True)
class EntityIndex:
    """The story's entities, most-mentioned first, with lookups by span and by name."""

    entities: list[Entity]
    _lookups: _Lookups = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lookups", _build(self.entities))

    def resolve(self, article_id: str, start: int, end: int) -> Entity | None:
        """The entity one of whose mentions overlaps ``[start, end)`` (the largest overlap), or None."""
        best: tuple[int, int] | None = None
        spans = self._lookups.spans.get(article_id, [])
        first = bisect_left(self._lookups.starts.get(article_id, []), start - self._lookups.longest.get(article_id, 0))
        for position in range(first, len(spans)):
            m_start, m_end, index = spans[position]
            if m_start >= max(end, start + 1):
                break
            overlap = min(end, m_end) - max(start, m_start)
            if (overlap > 0 or (start == end and m_start <= start < m_end)) and (best is None or overlap > best[0]):
                best = (overlap, index)
        return self.entities[best[1]] if best is not None else None

    def by_name(self, article_id: str, name: str) -> Entity | None:
        """The entity ``name`` (as written in that article: "Putin", "Mr Kim", "the US") stands for, or None.

        In order: the entity the article itself writes that way (the one it writes that way most often, when a
        short name was resolved to several people); for a one-word name, the one person of the article whose
        full name starts or ends with it; the entity the story writes that way most often."""
        lookups = self._lookups
        for key in _keys(name):
            if found := lookups.written.get((article_id, key)):
                return self.entities[found.most_common(1)[0][0]]
            people = lookups.words.get((article_id, key), set())
            if len(people) == 1:
                return self.entities[next(iter(people))]
            if found := lookups.story.get(key):
                return self.entities[found.most_common(1)[0][0]]
        return None

    def of_type(self, kind: EntityType) -> list[Entity]:
        """The entities of one type, most-mentioned first."""
        return [e for e in self.entities if e.type == kind]


def _keys(name: str) -> list[str]:
    keys: list[str] = []
    kinds: tuple[EntityType, ...] = ("person", "organisation")
    for kind in kinds:
        span = clean_span(name, 0, len(name), kind)
        if span is not None and (key := name_key(name[span[0]:span[1]])) and key not in keys:
            keys.append(key)
    if (raw := name_key(name)) and raw not in keys:
        keys.append(raw)
    return keys


def _build(entities: list[Entity]) -> _Lookups:
    lookups = _Lookups(defaultdict(list), defaultdict(Counter), defaultdict(Counter), defaultdict(set))
    for index, entity in enumerate(entities):
        for mention in entity.mentions:
            key = name_key(mention.text)
            lookups.spans[mention.article].append((mention.start, mention.end, index))
            lookups.written[(mention.article, key)][index] += 1
            lookups.story[key][index] += 1
            tokens = name_tokens(mention.text)
            if entity.type == "person" and len(tokens) > 1:
                lookups.words[(mention.article, tokens[0])].add(index)
                lookups.words[(mention.article, tokens[-1])].add(index)
    for article, spans in lookups.spans.items():
        spans.sort()
        lookups.starts[article] = [start for start, _, _ in spans]
        lookups.longest[article] = max(end - start for start, end, _ in spans)
    return lookups
