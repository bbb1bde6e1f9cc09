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
from newsprism.model import Conflict, Fact, SummarySentence
from newsprism.summary.notes import note
from newsprism.summary.score import Candidate, candidates
from newsprism.summary.select import Unit, select

__all__ = ["Candidate", "SummaryInput", "rank", "summarize"]


@dataclass(frozen=True)
class SummaryInput:
    """What the summary reads: the aligned sentences (with vectors), the facts and the conflicts."""

    alignment: StoryAlignment
    facts: list[Fact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def rank(story: SummaryInput) -> list[Candidate]:
    """Every candidate sentence, most important first (before redundancy removal)."""
    return candidates(story.alignment.table, story.facts)


def summarize(story: SummaryInput, config: SummaryConfig) -> list[SummarySentence]:
    """The summary at the length ``config`` asks for, in reading order, conflict notes after what they dispute."""
    table = story.alignment.table
    if not table.sentences or (config.words is None and config.sentences <= 0):
        return []
    notes = [note(number, conflict, table.articles) for number, conflict in enumerate(story.conflicts)]
    units = select(rank(story), table.vectors, story.conflicts, [len(n.text.split()) for n in notes], config)
    summary: list[SummarySentence] = []
    for unit in sorted(units, key=lambda u: (u.candidate.first, u.rank)):
        summary.append(_sentence(unit, [a.id for a in table.articles]))
        summary.extend(notes[n] for n in unit.notes)
    return summary


def _sentence(unit: Unit, order: list[str]) -> SummarySentence:
    position = {article: i for i, article in enumerate(order)}
    evidence = sorted(unit.candidate.evidence, key=lambda e: (position.get(e.article, len(order)), e.start))
    citations = sorted({e.article for e in evidence}, key=lambda a: position.get(a, len(order)))
    return SummarySentence(text=unit.candidate.text, citations=citations, evidence=evidence)
