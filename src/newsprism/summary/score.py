"""Candidates: every sentence of the story, with the evidence it would cite and how important it is.

A sentence that belongs to a fact (:func:`newsprism.align.facts.find_facts`) cites the fact's
whole evidence: every article that states it. Importance mixes three signals, each in [0, 1]:

- support: independent origins of the sentence's fact, on a log scale against the story's
  best-supported fact (0 for a sentence no other origin states);
- centrality: cosine of the sentence vector to the story centroid (the mean of the articles'
  mean vectors, so a long article does not pull the centroid to itself);
- lead: ``LEAD_DECAY ** first`` where ``first`` is the smallest index the statement has in any
  article that states it (news puts what matters first).

Every wording of a fact is a candidate (the selection takes one per fact): a shorter wording can
fit a word budget that the longest cannot. All the wordings share the fact's support and lead.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newsprism.align import SentenceTable
from newsprism.model import Evidence, Fact

SUPPORT_WEIGHT = 0.5
"""Weight of support. Calibrated on NeuS train (every 8th story, 307; mean ROUGE-1 + ROUGE-2 + ROUGE-L F1 at the
reference length; grid 0 / 0.25 / 0.5 / 1 against LEAD_WEIGHT 0-1 and LEAD_DECAY 0.5-0.85): support moves the sum
by 0.4 point at most (NeuS's three outlets share few aligned facts, 0.4 a story; best 0.843 with 0). 0.5: with
LEAD_WEIGHT 0.3 the smallest weight for which, on the bundled example story, the facts several origins report
outrank single-outlet lead sentences; it costs 0.4 point of the sum on NeuS (0.839 -> 0.835)."""
CENTRALITY_WEIGHT = 1.0
"""Weight of centrality, the scale the others are set against. NeuS train: 1.0 and 1.5 within 0.2 point, 0.5 lower."""
LEAD_WEIGHT = 0.3
"""Weight of the lead signal. Calibrated on NeuS train (0 / 0.1 / 0.3 / 0.5, with LEAD_DECAY): the sum stays
within 0.835-0.843 from 0 to 0.3 and drops to 0.828 at 0.5. NeuS gives only lead paragraphs (every sentence is
early); in full articles the first sentences matter: at 0.1 the bundled example's summary leaves out the collision
it reports, at 0.3 it opens with it."""
LEAD_DECAY = 0.5
"""Lead signal of a statement first made at index ``i`` in an article: ``LEAD_DECAY ** i``. Calibrated on NeuS train
with LEAD_WEIGHT 0.3 and SUPPORT_WEIGHT 0.5 (0.5 / 0.7 / 0.85): 0.5 best (0.835, against 0.834 and 0.830)."""
POINTS_BACK = re.compile(
    r"^(?:[\"“‘']\s*)?(?:(?:But|And|Yet|Still|However|Also|So|Thus|Hence|Meanwhile|Instead|Moreover|Furthermore|"
    r"Nevertheless|Nonetheless|Besides|Otherwise|Additionally|Likewise|Similarly|Then|Later|"
    r"In addition|By contrast|In contrast|At the same time|Even so|He|She|They|It|His|Her|Their|Its|Such)\b|"
    r"(?:This|That|These|Those)\b(?!\s+(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|"
    r"autumn|fall|winter)\b)|"
    r"The\s+(?:move|moves|decision|comments?|remarks?|statements?|step|announcement|latter|former|same|pair|duo|"
    r"two|measure|proposal|plan|deal|incident|call|warning|response|reply|offer|claims?|news|development|"
    r"visit|trip|meeting|talks|summit|agreement|report|letter)\b)")
"""Openers that point back to something said before ("But ...", "He added that ...", "The move ..."): such a
sentence is no summary sentence on its own. Written from the summaries of the seeds and the example story (a
dangling "But the strategic choice ...", "He added that ...") and the usual English connectives and anaphora; a
time phrase ("This week") points to a time, not to an earlier sentence, and is allowed."""
MIN_WORDS = 5
"""Sentences shorter than this ('He declined.') are not candidates: they do not stand on their own. NeuS train:
4, 5 and 6 within 0.05 point of the sum; 5 keeps fragments such as 'Why it matters:' out."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence of the story that the summary may use, with its support and importance (slots: there is one
    per sentence of the story, issue #20)."""

    index: int
    """global sentence id in the alignment's table"""
    text: str
    fact: int | None
    """index into the story's facts, or None when no other article states it"""
    members: tuple[int, ...]
    """global ids of every sentence that states the same thing (its fact's evidence; itself when no fact)"""
    evidence: tuple[Evidence, ...]
    origins: int
    position: int
    """index of the sentence in its article"""
    first: int
    """the smallest index any of its members has in its article: how early the articles state it"""
    importance: float
    previous: int | None = None
    """when the sentence opens by pointing back (:data:`POINTS_BACK`): the global id of the sentence right before
    it in its article, which must come right before it in the summary too; None otherwise"""

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class _Groups:
    """What every sentence of one fact shares: its members, evidence, origins and first position."""

    members: tuple[int, ...]
    evidence: tuple[Evidence, ...]
    origins: int
    first: int


def candidates(table: SentenceTable, facts: list[Fact],
               members: list[tuple[int, ...]] | None = None) -> list[Candidate]:
    """Every sentence long enough to stand alone, most important first."""
    if not table.sentences:
        return []
    positions = _positions(table)
    groups = [_Groups(ids, tuple(table.evidence(j) for j in ids), fact.origins,
                      min((positions[j] for j in ids), default=0))
              for ids, fact in zip(members or _fact_members(table, facts), facts, strict=True)]
    fact_of: dict[int, int] = {}
    for number, group in enumerate(groups):
        for i in group.members:
            fact_of.setdefault(i, number)
    best = max((f.origins for f in facts), default=1)
    centrality = _centrality(table)
    found = []
    for i, sentence in enumerate(table.sentences):
        fact = fact_of.get(i)
        if len(sentence.text.split()) >= MIN_WORDS:
            group = groups[fact] if fact is not None else _Groups((i,), (table.evidence(i),), 1, positions[i])
            support = math.log(group.origins) / math.log(best) if best > 1 else 0.0
            importance = (SUPPORT_WEIGHT * support + CENTRALITY_WEIGHT * float(centrality[i])
                          + LEAD_WEIGHT * LEAD_DECAY ** group.first)
            found.append(Candidate(index=i, text=sentence.text, fact=fact, members=group.members,
                                   evidence=group.evidence, origins=group.origins, position=positions[i],
                                   first=group.first, importance=importance,
                                   previous=_antecedent(table, i, positions[i])))
    return sorted(found, key=lambda c: (-c.importance, c.index))


def points_back(text: str) -> bool:
    """Whether the sentence opens with a word that points back to an earlier sentence."""
    return POINTS_BACK.match(text.strip()) is not None


def _antecedent(table: SentenceTable, index: int, position: int) -> int | None:
    """The sentence before ``index`` in its article when ``index`` points back; -1 when it opens its article."""
    if not points_back(table.sentences[index].text):
        return None
    return index - 1 if position > 0 else -1


def _fact_members(table: SentenceTable, facts: list[Fact]) -> list[tuple[int, ...]]:
    """The global sentence ids of each fact's evidence."""
    lookup = _sentence_ids(table)
    return [tuple(sorted({lookup[key] for e in fact.evidence if (key := (e.article, e.start)) in lookup}))
            for fact in facts]


def _sentence_ids(table: SentenceTable) -> dict[tuple[str, int], int]:
    return {(table.articles[int(owner)].id, s.start): i
            for i, (owner, s) in enumerate(zip(table.owner.tolist(), table.sentences, strict=True))}


def _positions(table: SentenceTable) -> list[int]:
    seen: dict[int, int] = {}
    positions = []
    for owner in table.owner.tolist():
        positions.append(seen.get(owner, 0))
        seen[owner] = positions[-1] + 1
    return positions


def _centrality(table: SentenceTable) -> NDArray[np.float32]:
    """Cosine of each sentence to the mean of the articles' mean vectors, worked out once per distinct text and
    read back per sentence (the table keeps one vector per distinct text; a sentence-by-vector matrix and its
    float32 copy were 3 KB a sentence, where a one-event story prints each text hundreds of times: issue #20)."""
    means = [table.vectors_of(np.flatnonzero(table.owner == a)).mean(axis=0) for a in np.unique(table.owner)]
    centroid = np.mean(means, axis=0)
    norm = float(np.linalg.norm(centroid))
    unit = centroid / norm if norm > 0 else centroid
    distinct = table.distinct.astype(np.float32, copy=False)
    lengths = np.linalg.norm(distinct, axis=1)
    lengths[lengths == 0] = 1.0
    result: NDArray[np.float32] = (distinct @ unit) / lengths
    return result if table.rows is None else result[table.rows]
