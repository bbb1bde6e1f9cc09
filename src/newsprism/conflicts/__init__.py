"""Conflicts: where the articles of a story disagree about one point, with each side's evidence and origins.

``find_conflicts`` looks in three places:

- aligned sentences (:mod:`.aligned`): two statements of one fact whose slots disagree — a number or quantity
  (units, ranges and approximations normalised by :mod:`.slots`), a date or time, a place, a person, a
  negation, a modality (:mod:`.compare`);
- dated events (:mod:`.dated`): a past event dated to different years or months by different articles;
- people (:mod:`.ages`, :mod:`.records`, :mod:`.falls`): one person's age, win-loss record or fall given differently;
- measures of one person anywhere in the articles (:mod:`.measured`): how long, how far, how heavy;
- how long ago one act was, by its verb, anywhere in the articles (:mod:`.act_spans`);
- weekdays of one event anywhere in the articles (:mod:`.weekdays`): one verb, one named subject or object;
- quote clusters (:mod:`.speakers`): the same words attributed to different speakers;
- optionally, aligned sentences a user's NLI model reads as contradicting each other (:mod:`.nli`), where no slot
  check found a disagreement.

Sides group the articles by normalised value; each side counts its independent origins as facts do
(:func:`newsprism.align.facts.origins`). Consistent restatements are not conflicts: every check needs both
sides to fill the same slot in the same role, and precision comes before recall.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newsprism.align import StoryAlignment
from newsprism.conflicts.act_spans import act_span_conflicts
from newsprism.conflicts.aligned import PairEntities, aligned_conflicts
from newsprism.conflicts.amounts import amount_conflicts
from newsprism.conflicts.colours import colour_conflicts
from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.dated import dated_conflicts
from newsprism.conflicts.day_clocks import day_clock_conflicts
from newsprism.conflicts.falls import fall_conflicts
from newsprism.conflicts.figured import figured_conflicts
from newsprism.conflicts.game_acts import game_act_conflicts
from newsprism.conflicts.game_scores import game_score_conflicts
from newsprism.conflicts.game_totals import game_total_conflicts
from newsprism.conflicts.known_days import knows_both_days
from newsprism.conflicts.measured import measured_conflicts
from newsprism.conflicts.nli import NliModel, load_nli, nli_conflicts
from newsprism.conflicts.occurrences import occurrence_conflicts
from newsprism.conflicts.parent_counts import parent_count_conflicts
from newsprism.conflicts.ranked import ranked_conflicts
from newsprism.conflicts.residences import residence_conflicts
from newsprism.conflicts.slots import Disagreement, SameEntity
from newsprism.conflicts.speakers import speaker_conflicts
from newsprism.conflicts.titles import with_headline_counts
from newsprism.conflicts.updates import is_update
from newsprism.conflicts.weekdays import weekday_conflicts
from newsprism.conflicts.work_years import work_year_conflicts
from newsprism.entities import EntityIndex
from newsprism.model import Conflict, Figure, Quote, Reuse, Sentence, TimelineEvent
from newsprism.nlp.encoder import Encoder
from newsprism.story_table import StoryTable, story_table
from newsprism.values import DateValue, clock_times, dates, dates_agree, shares_field

__all__ = ["ConflictInput", "Disagreement", "NliModel", "disagreements", "find_conflicts", "load_nli"]


@dataclass(frozen=True)
class ConflictInput:
    """What conflict finding reads: the story's alignment and reuse, and what the other stages found.

    ``encoder`` (the story's sentence encoder) enables the dated-event check; without it that check is skipped.
    ``nli`` (a user's NLI model, :func:`load_nli`) enables the contradiction check; none is packaged.
    ``story`` is the story table the pipeline built (built here from ``alignment`` and ``reuse`` when absent);
    ``figures`` are the story's figures (:mod:`newsprism.figures`): the disputed ones become conflicts.
    """

    alignment: StoryAlignment
    reuse: list[Reuse]
    quotes: list[Quote] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    entities: EntityIndex | None = None
    encoder: Encoder | None = None
    nli: NliModel | None = None
    story: StoryTable | None = None
    figures: list[Figure] = field(default_factory=list)


def find_conflicts(story: ConflictInput) -> list[Conflict]:
    """Every disagreement between the articles, the best supported first."""
    table = story.story or story_table(story.alignment, story.reuse)
    origin: Callable[[str], int] = table.origin
    same_entity = _same_entity(story, table)
    articles = story.alignment.table.articles
    texts = {a.id: a.text for a in articles}
    found = figured_conflicts(with_headline_counts(story.figures, table.count_origins))
    found += aligned_conflicts(table, same_entity, story.figures)
    if story.encoder is not None and story.timeline:
        found += dated_conflicts(story.alignment, story.timeline, story.encoder, origin)
    if story.encoder is not None:
        found += amount_conflicts(story.alignment, story.encoder, origin)
    found += ranked_conflicts(table, story.encoder, origin)
    found += fall_conflicts(story.alignment.table, origin)
    found += occurrence_conflicts(story.alignment.table, origin)
    found += measured_conflicts(story.alignment.table, origin)
    found += residence_conflicts(story.alignment.table, origin)
    found += colour_conflicts(story.alignment.table, origin)
    found += act_span_conflicts(story.alignment.table, origin)
    found += weekday_conflicts(story.alignment.table, origin)
    found += work_year_conflicts(story.alignment.table, origin)
    found += day_clock_conflicts(story.alignment.table, origin)
    found += game_score_conflicts(story.alignment.table, origin)
    found += game_act_conflicts(story.alignment.table, origin)
    found += game_total_conflicts(story.alignment.table, origin)
    found += parent_count_conflicts(story.alignment.table, origin)
    found += speaker_conflicts(story.quotes, origin, texts)
    if story.nli is not None:
        found += nli_conflicts(story.alignment, story.quotes, story.nli, origin, same_entity)
    found = [c for c in map(_own_sides, found) if c is not None]
    found = [c for c in map(_dated_sides, found) if c is not None]
    found = [c for c in found if not knows_both_days(c, texts)]
    published = {a.id: a.published for a in articles}
    found = [c for c in found if not is_update(c, published, texts)]
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


def _own_sides(conflict: Conflict) -> Conflict | None:
    """None when a side's sentence also states another side's value ('... in 2003, and 450 died in Lumo in
    February' stands on neither side of 'February' / '2003'): the articles do not disagree on it."""
    if conflict.kind not in ("date", "number"):
        return conflict
    claims = [side.claim for side in conflict.sides]
    read: set[tuple[int, str]] = set()  # a side's evidence repeats its texts (reprints): each read once
    for i, side in enumerate(conflict.sides):
        for text in (e.text for e in side.evidence):
            if (i, text) not in read:
                read.add((i, text))
                if any(j != i and _states(text, claim) for j, claim in enumerate(claims)):
                    return None
    return conflict


def _dated_sides(conflict: Conflict) -> Conflict | None:
    """A date conflict keeps its sides that name a date or a clock time ('last month' names none a reader can set
    against 'Jan. 6'), and only while two of them give one field differently and no date of one restates a date of
    the other ('Feb. 17' / 'February 17, 2009', '1943 to 1947' / 'February 1943'; a model year '2008' and 'February
    1' share no field): ECB+ round 13 tune stories."""
    if conflict.kind != "date":
        return conflict
    sides = [s for s in conflict.sides if dates(s.claim) or clock_times(s.claim)]
    read = [dates(s.claim) for s in sides]
    if len(sides) < 2 or (all(read) and not any(_dates_differ(x, y) for i, x in enumerate(read) for y in read[i + 1:])):
        return None
    return conflict if len(sides) == len(conflict.sides) else conflict.model_copy(update={"sides": sides})


def _dates_differ(x: list[DateValue], y: list[DateValue]) -> bool:
    """Some date of each gives a shared field differently, and none of one restates one of the other."""
    if any(dates_agree(a, b) and shares_field(a, b) for a in x for b in y):
        return False
    return any(shares_field(a, b) and not dates_agree(a, b) for a in x for b in y)


def _states(text: str, claim: str) -> bool:
    words = claim.strip(" ,.;:")
    return bool(words) and re.search(rf"(?<![\w.,/]){re.escape(words)}(?![\w]|[.,]\d)", text, re.I) is not None


def _same_entity(story: ConflictInput, table: StoryTable) -> PairEntities | None:
    """For two sentences (global ids), whether their i-th and j-th names are one entity of the story: the
    sentences' articles come from the story table, so the check resolves each name in its own article."""
    index = story.entities
    if index is None:
        return None

    def pair(first: int, second: int) -> SameEntity:
        article_a, article_b = table.article_ids[first], table.article_ids[second]

        def same(a: Sentence, i: int, b: Sentence, j: int) -> bool:
            x, y = a.entities[i], b.entities[j]
            ex = index.resolve(article_a, x.start, x.end)
            ey = index.resolve(article_b, y.start, y.end)
            return ex is not None and ey is not None and ex.id == ey.id

        return same

    return pair
