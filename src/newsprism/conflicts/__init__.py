"""Conflicts: where the articles of a story disagree about one point, with each side's evidence and origins.

``find_conflicts`` looks in three places:

- aligned sentences (:mod:`.aligned`): two statements of one fact whose slots disagree — a number or quantity
  (units, ranges and approximations normalised by :mod:`.slots`), a date or time, a place, a person, a
  negation, a modality (:mod:`.compare`);
- dated events (:mod:`.dated`): a past event dated to different years or months by different articles;
- quote clusters (:mod:`.speakers`): the same words attributed to different speakers;
- optionally, aligned sentences a user's NLI model reads as contradicting each other (:mod:`.nli`), where no slot
  check found a disagreement.

Sides group the articles by normalised value; each side counts its independent origins as facts do
(:func:`newsprism.align.facts.origins`). Consistent restatements are not conflicts: every check needs both
sides to fill the same slot in the same role, and precision comes before recall.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from newsprism.align import StoryAlignment
from newsprism.align.facts import origins
from newsprism.conflicts.aligned import aligned_conflicts
from newsprism.conflicts.compare import Disagreement, SameEntity, disagreements
from newsprism.conflicts.dated import dated_conflicts
from newsprism.conflicts.nli import NliModel, load_nli, nli_conflicts
from newsprism.conflicts.speakers import speaker_conflicts
from newsprism.entities import EntityIndex
from newsprism.model import Conflict, Quote, Reuse, Sentence, TimelineEvent
from newsprism.nlp.encoder import Encoder

__all__ = ["ConflictInput", "Disagreement", "NliModel", "disagreements", "find_conflicts", "load_nli"]


@dataclass(frozen=True)
class ConflictInput:
    """What conflict finding reads: the story's alignment and reuse, and what the other stages found.

    ``encoder`` (the story's sentence encoder) enables the dated-event check; without it that check is skipped.
    ``nli`` (a user's NLI model, :func:`load_nli`) enables the contradiction check; none is packaged.
    """

    alignment: StoryAlignment
    reuse: list[Reuse]
    quotes: list[Quote] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    entities: EntityIndex | None = None
    encoder: Encoder | None = None
    nli: NliModel | None = None


def find_conflicts(story: ConflictInput) -> list[Conflict]:
    """Every disagreement between the articles, the best supported first."""
    group = origins(story.alignment, story.reuse)
    origin: Callable[[str], int] = lambda article: group.get(article, hash(article))  # noqa: E731
    same_entity = _same_entity(story)
    found = aligned_conflicts(story.alignment, story.reuse, origin, same_entity)
    if story.encoder is not None and story.timeline:
        found += dated_conflicts(story.alignment, story.timeline, story.encoder, origin)
    found += speaker_conflicts(story.quotes, origin)
    if story.nli is not None:
        found += nli_conflicts(story.alignment, story.quotes, story.nli, origin, same_entity)
    return sorted(_distinct(found), key=lambda c: (-sum(s.origins for s in c.sides), c.kind, c.about))


def _distinct(conflicts: list[Conflict]) -> list[Conflict]:
    """Drop a conflict whose sides' (article, claim) pairs repeat an earlier one's."""
    seen: set[frozenset[tuple[str, str]]] = set()
    out = []
    for conflict in conflicts:
        key = frozenset((e.article, s.claim.lower()) for s in conflict.sides for e in s.evidence)
        if key not in seen:
            seen.add(key)
            out.append(conflict)
    return out


def _same_entity(story: ConflictInput) -> SameEntity | None:
    index = story.entities
    if index is None:
        return None
    owner = {id(s): story.alignment.table.articles[o].id
             for o, s in zip(story.alignment.table.owner.tolist(), story.alignment.table.sentences, strict=True)}

    def same(a: Sentence, i: int, b: Sentence, j: int) -> bool:
        x, y = a.entities[i], b.entities[j]
        ex = index.resolve(owner.get(id(a), ""), x.start, x.end)
        ey = index.resolve(owner.get(id(b), ""), y.start, y.end)
        return ex is not None and ey is not None and ex.id == ey.id

    return same
