"""The cited multi-document summary: the story's most important, best-supported statements, each with
citations to every article that states it.

1. Candidates (:mod:`newsprism.summary.score`): every sentence of the story, scored by support
   (independent origins of its fact), centrality (cosine to the story centroid) and lead position.
2. Selection (:mod:`newsprism.summary.select`): maximal marginal relevance within the length
   (sentences, or words when ``SummaryConfig.words`` is set); one sentence per fact, no two
   sentences that say the same thing.
3. Conflict notes (:mod:`newsprism.summary.notes`): a chosen sentence whose evidence a conflict
   side's evidence overlaps is followed by "Outlets differ on ...", built from the conflict's own
   claims only.
4. Order: by first position in the articles (the smallest index any article gives the statement),
   ties by importance. News is written most important first, so this reads like a lead that
   every source shares and stays close to importance order; the timeline would reorder background
   before the news itself, which reads worse in three to five sentences.

Sentences are extracted, never rewritten: each is one article's own sentence, so it states
nothing its evidence does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.align import StoryAlignment
from newsprism.config import SummaryConfig
from newsprism.model import Conflict, Fact, Reuse, SummarySentence
from newsprism.outlets.names import origin_groups
from newsprism.story_table import StoryTable
from newsprism.summary.notes import note
from newsprism.summary.score import Candidate, candidates
from newsprism.summary.select import Unit, select

__all__ = ["Candidate", "SummaryInput", "rank", "summarize"]


@dataclass(frozen=True)
class SummaryInput:
    """What the summary reads: the aligned sentences (with vectors), the facts, the conflicts and the reuse (a
    copy and its source are one origin)."""

    alignment: StoryAlignment
    facts: list[Fact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    reuse: list[Reuse] = field(default_factory=list)
    story: StoryTable | None = None
    """the story table (:mod:`newsprism.story_table`): each fact's sentence ids, computed once per story"""


def rank(story: SummaryInput) -> list[Candidate]:
    """Every candidate sentence, most important first (before redundancy removal)."""
    members = story.story.fact_members if story.story is not None else None
    return candidates(story.alignment.table, story.facts, members)


def summarize(story: SummaryInput, config: SummaryConfig) -> list[SummarySentence]:
    """The summary at the length ``config`` asks for, in reading order, conflict notes after what they dispute."""
    table = story.alignment.table
    if not table.sentences or (config.words is None and config.sentences <= 0):
        return []
    origin = origin_groups(table.articles, story.reuse)
    notes = [_counted(note(number, conflict, table.articles), origin)
             for number, conflict in enumerate(story.conflicts)]
    units = select(rank(story), table.distinct, story.conflicts, [len(n.text.split()) for n in notes], config,
                   table.rows)
    summary: list[SummarySentence] = []
    for unit in reading_order(units):
        summary.append(_counted(_sentence(unit, [a.id for a in table.articles]), origin))
        summary.extend(notes[n] for n in unit.notes)
    return summary


def reading_order(units: list[Unit]) -> list[Unit]:
    """Units by first position (ties: importance); one that points back comes right after its antecedent."""
    following = {u.candidate.previous: u for u in units if u.candidate.previous is not None}
    ordered: list[Unit] = []

    def place(unit: Unit) -> None:
        ordered.append(unit)
        if unit.candidate.index in following:
            place(following[unit.candidate.index])

    for unit in sorted(units, key=lambda u: (u.candidate.first, u.rank)):
        if unit.candidate.previous is None:
            place(unit)
    return ordered


def _sentence(unit: Unit, order: list[str]) -> SummarySentence:
    position = {article: i for i, article in enumerate(order)}
    evidence = sorted(unit.candidate.evidence, key=lambda e: (position.get(e.article, len(order)), e.start))
    citations = sorted({e.article for e in evidence}, key=lambda a: position.get(a, len(order)))
    return SummarySentence(text=unit.candidate.text, citations=citations, evidence=evidence)


def _counted(sentence: SummarySentence, origin: dict[str, int]) -> SummarySentence:
    """``sentence`` with the number of independent origins among its citations."""
    origins = len({origin.get(article, -1 - i) for i, article in enumerate(sentence.citations)})
    return sentence.model_copy(update={"origins": max(origins, 1)})
