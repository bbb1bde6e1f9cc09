"""Choose the summary's sentences: maximal marginal relevance within a length budget.

At each step the candidate with the best ``MMR_LAMBDA * importance - (1 - MMR_LAMBDA) * redundancy``
is taken, where redundancy is its largest cosine to a sentence already taken. A candidate is
never taken when it states a fact already taken (same aligned group) or when its cosine to a
taken sentence reaches ``REDUNDANT_COSINE``, nor when it points back ("But ...", "He added that ...") and the
sentence before it in its article is not taken (it then follows that sentence in the summary). A disputed
sentence comes with its conflict notes. A length in sentences counts the story's sentences only (a note explains
one, it does not push the story out: the example story's lead, disputed twice, was left out when notes counted); a
length in words counts the notes' words too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newsprism.config import SummaryConfig
from newsprism.model import Conflict
from newsprism.summary.score import Candidate

MMR_LAMBDA = 0.7
"""Trade-off of importance against redundancy. NeuS train (307 stories; 0.5 / 0.7 / 1.0): no difference, since a
three-outlet summary takes about three sentences and the REDUNDANT_COSINE cut and one-sentence-per-fact rule do the
work; 0.7 is the customary MMR setting, kept for larger stories."""
REDUNDANT_COSINE = 0.8
"""Two sentences this close (MiniLM cosine) say the same thing for a reader: the second is never taken. NeuS train
(0.7 / 0.8 / 0.9): no difference in ROUGE. 0.8 is the median cosine of the pairs the aligner links on NeuS train
(166 links; quartiles 0.72 and 0.86): an unlinked pair this close is as near a restatement as a typical linked one."""


@dataclass(frozen=True)
class Unit:
    """A chosen sentence and the conflicts to note right after it."""

    candidate: Candidate
    notes: tuple[int, ...]
    rank: int
    """order of choice: 0 is the most important"""


@dataclass
class _Budget:
    sentences: int | None
    words: int | None

    def fits(self, sentences: int, words: int) -> bool:
        return ((self.sentences is None or sentences <= self.sentences)
                and (self.words is None or words <= self.words))

    def spend(self, sentences: int, words: int) -> None:
        if self.sentences is not None:
            self.sentences -= sentences
        if self.words is not None:
            self.words -= words


def select(ranked: Sequence[Candidate], vectors: NDArray[np.float32], conflicts: Sequence[Conflict],
           note_words: Sequence[int], config: SummaryConfig, rows: NDArray[np.int64] | None = None) -> list[Unit]:
    """Greedy MMR over ``ranked`` (most important first) until nothing more fits in the budget. ``vectors``: one
    row per sentence, or with ``rows`` (each sentence's row) one per distinct text, as the alignment's table keeps
    them: normalised once per distinct text, not copied per sentence (issue #20)."""
    unit_vectors = _UnitVectors(_normalised(vectors), rows if rows is not None else np.arange(len(vectors)))
    budget = _Budget(None, config.words) if config.words is not None else _Budget(config.sentences, None)
    pool = list(ranked)
    chosen: list[Unit] = []
    used: set[int] = set()
    noted: set[int] = set()
    disputes = _disputes(ranked, conflicts)
    while pool:
        picked = _best(pool, chosen, unit_vectors, disputes, noted, note_words, budget)
        if picked is None:
            break
        chosen.append(Unit(picked[0], picked[1], len(chosen)))
        budget.spend(1, picked[0].words + sum(note_words[n] for n in picked[1]))
        used.update(picked[0].members)
        noted.update(picked[1])
        pool = [c for c in pool if c.index not in used]
    return chosen


def _disputes(ranked: Sequence[Candidate], conflicts: Sequence[Conflict]) -> dict[int, tuple[int, ...]]:
    """Each candidate's :func:`~newsprism.summary.notes.disputed` conflicts, worked out once per evidence tuple
    (a fact's sentences share theirs) against the conflicts' evidence indexed by article: the same numbers, in
    time linear in the evidence (asked candidate by candidate, a 2,000-article story's facts of 2,000 sentences
    made it cubic: issue #20)."""
    spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for number, conflict in enumerate(conflicts):
        for b in (b for side in conflict.sides for b in side.evidence):
            spans[b.article].append((b.start, b.end, number))
    by_evidence: dict[int, tuple[int, ...]] = {}
    for c in ranked:
        if id(c.evidence) not in by_evidence:
            by_evidence[id(c.evidence)] = tuple(sorted({n for a in c.evidence for start, end, n in
                                                       spans.get(a.article, ()) if a.start < end and start < a.end}))
    return {c.index: by_evidence[id(c.evidence)] for c in ranked}


@dataclass(frozen=True)
class _UnitVectors:
    """Unit-length vectors and each sentence's row of them."""

    vectors: NDArray[np.float32]
    rows: NDArray[np.int64]

    def __getitem__(self, sentences: int | list[int]) -> NDArray[np.float32]:
        return self.vectors[self.rows[sentences]]


def _best(pool: list[Candidate], chosen: list[Unit], vectors: _UnitVectors, disputes: dict[int, tuple[int, ...]],
          noted: set[int], note_words: Sequence[int], budget: _Budget) -> tuple[Candidate, tuple[int, ...]] | None:
    taken = vectors[[u.candidate.index for u in chosen]] if chosen else None
    indices = {u.candidate.index for u in chosen}
    best: tuple[float, Candidate, tuple[int, ...]] | None = None
    redundant: dict[int, float] = {}  # by vector row: a reprinted sentence's copies share their text's vector
    for candidate in pool:
        if candidate.previous is not None and candidate.previous not in indices:
            continue
        row = int(vectors.rows[candidate.index])
        if row not in redundant:
            redundant[row] = float(np.max(taken @ vectors.vectors[row])) if taken is not None else 0.0
        redundancy = redundant[row]
        if redundancy >= REDUNDANT_COSINE:
            continue
        notes = tuple(n for n in disputes[candidate.index] if n not in noted)
        if not budget.fits(1, candidate.words + sum(note_words[n] for n in notes)):
            continue
        value = MMR_LAMBDA * candidate.importance - (1 - MMR_LAMBDA) * redundancy
        if best is None or value > best[0]:
            best = (value, candidate, notes)
    return (best[1], best[2]) if best is not None else None


def _normalised(vectors: NDArray[np.float32]) -> NDArray[np.float32]:
    lengths = np.linalg.norm(vectors, axis=1, keepdims=True)
    lengths[lengths == 0] = 1.0
    result: NDArray[np.float32] = (vectors / lengths).astype(np.float32)
    return result
