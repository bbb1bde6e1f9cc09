"""The story table: what every analysis after alignment looks up, computed once per story.

Sentence look-ups (an evidence span or a sentence back to its global id and article), the facts (groups of
aligned sentences) and the independent origins of every article (reprints and rewrites count once) used to be
recomputed by facts, conflicts and summary each; :func:`story_table` computes them once and the pipeline passes
the table to the stages that need them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsprism.align import StoryAlignment
from newsprism.align.facts import facts_with_members, origins
from newsprism.model import Evidence, Fact, Reuse

__all__ = ["StoryTable", "story_table"]


@dataclass(frozen=True)
class StoryTable:
    """One story's alignment with its look-ups, facts and origin groups."""

    alignment: StoryAlignment
    reuse: list[Reuse]
    article_ids: list[str]
    """the article id of every sentence (by global sentence id)"""
    sentence_ids: dict[tuple[str, int], int]
    """(article id, sentence start) → global sentence id"""
    origin_groups: dict[str, int]
    """article id → its origin group (articles that reuse one another share one)"""
    facts: list[Fact]
    """facts reported by two articles or more, the best supported first"""
    fact_members: list[tuple[int, ...]]
    """the global sentence ids of each fact, in the order of ``facts``"""
    member_of: dict[int, tuple[int, ...]]
    """global sentence id → every sentence of its fact (absent: the sentence is in no fact)"""

    def sentence_id(self, evidence: Evidence) -> int | None:
        """The global id of the sentence an evidence span starts (None when it is no sentence of the story)."""
        return self.sentence_ids.get((evidence.article, evidence.start))

    def sentence_at(self, article: str, offset: int) -> int | None:
        """The global id of the sentence of ``article`` that holds character ``offset``."""
        table = self.alignment.table
        for i, owner in enumerate(self.article_ids):
            sentence = table.sentences[i]
            if owner == article and sentence.start <= offset < sentence.end:
                return i
        return None

    def origin(self, article: str) -> int:
        """The origin group of ``article`` (an unknown article is an origin of its own)."""
        return self.origin_groups.get(article, hash(article))

    def count_origins(self, articles: Iterable[str]) -> int:
        """How many independent origins ``articles`` come from."""
        return len({self.origin(a) for a in articles})

    def members(self, index: int) -> tuple[int, ...]:
        """Every sentence of the fact sentence ``index`` belongs to, in order; itself alone when it is in none."""
        return self.member_of.get(index, (index,))


def story_table(alignment: StoryAlignment, reuse: list[Reuse]) -> StoryTable:
    """Build the story's look-ups, origins and facts once."""
    table = alignment.table
    article_ids = [table.articles[o].id for o in table.owner.tolist()]
    sentence_ids = {(a, s.start): i for i, (a, s) in enumerate(zip(article_ids, table.sentences, strict=True))}
    groups = origins(alignment, reuse)
    found = facts_with_members(alignment, groups)
    member_of = {i: ids for _, ids in found for i in ids}
    return StoryTable(alignment, reuse, article_ids, sentence_ids, groups, [f for f, _ in found],
                      [ids for _, ids in found], member_of)
