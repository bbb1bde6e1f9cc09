"""Coreference scores (MUC, B³, CEAF-e and their mean, the CoNLL F1) of a clustering of mentions against gold.

Both sides cluster the same mentions (each mention in exactly one cluster; singletons included), as the ECB+
literature scores gold mentions. Definitions follow the CoNLL-2012 reference scorer:

- MUC (Vilain et al. 1995): links; recall sums, over gold clusters, size minus the number of response
  clusters it is split into, over the sum of size minus one.
- B³ (Bagga & Baldwin 1998): per mention, the share of its response cluster that is in its gold cluster
  (precision) and the reverse (recall), averaged over mentions.
- CEAF-e (Luo 2005): the one-to-one alignment of gold and response clusters maximising the summed
  similarity φ4 = 2|K∩R| / (|K|+|R|), divided by the number of response (precision) and gold (recall) clusters.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import numpy as np

Clustering = Mapping[Hashable, Hashable]
"""mention → the id of its cluster"""


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class CorefScores:
    muc: PRF
    b3: PRF
    ceafe: PRF

    @property
    def conll(self) -> float:
        return (self.muc.f1 + self.b3.f1 + self.ceafe.f1) / 3


def score_clusterings(gold: Clustering, response: Clustering) -> CorefScores:
    """MUC, B³ and CEAF-e of ``response`` against ``gold`` over the mentions of ``gold``."""
    mentions = list(gold)
    key = _groups(gold, mentions)
    answer = _groups(response, mentions)
    return CorefScores(PRF(_muc(answer, key), _muc(key, answer)), _b3(key, answer), _ceafe(key, answer))


def _groups(clustering: Clustering, mentions: list[Hashable]) -> list[frozenset[Hashable]]:
    """The clusters over ``mentions``; a mention the clustering lacks is a singleton of its own."""
    groups: dict[Hashable, set[Hashable]] = {}
    for mention in mentions:
        groups.setdefault(clustering.get(mention, ("alone", mention)), set()).add(mention)
    return [frozenset(group) for group in groups.values()]


def _muc(key: list[frozenset[Hashable]], answer: list[frozenset[Hashable]]) -> float:
    """MUC recall of ``answer`` against ``key`` (precision: the arguments swapped)."""
    where = {m: i for i, group in enumerate(answer) for m in group}
    links = sum(len(group) - 1 for group in key)
    if not links:
        return 0.0
    kept = sum(len(group) - len({where.get(m, ("alone", m)) for m in group}) for group in key)
    return kept / links


def _b3(key: list[frozenset[Hashable]], answer: list[frozenset[Hashable]]) -> PRF:
    of_key = {m: group for group in key for m in group}
    of_answer = {m: group for group in answer for m in group}
    mentions = list(of_key)
    if not mentions:
        return PRF(0.0, 0.0)
    shared = [len(of_key[m] & of_answer[m]) for m in mentions]
    precision = sum(s / len(of_answer[m]) for s, m in zip(shared, mentions, strict=True)) / len(mentions)
    recall = sum(s / len(of_key[m]) for s, m in zip(shared, mentions, strict=True)) / len(mentions)
    return PRF(precision, recall)


def _ceafe(key: list[frozenset[Hashable]], answer: list[frozenset[Hashable]]) -> PRF:
    try:
        from scipy.optimize import linear_sum_assignment
    except ImportError:  # scipy comes with the dev extra (scikit-learn), as for the other evaluations
        from newsprism.eval.results import EvalError
        raise EvalError("CEAF-e needs scipy: pip install 'newsprism[dev]'") from None
    if not key or not answer:
        return PRF(0.0, 0.0)
    index = {m: j for j, group in enumerate(answer) for m in group}
    similarity = np.zeros((len(key), len(answer)))
    for i, group in enumerate(key):
        for m in group:
            similarity[i, index[m]] += 1
    sizes = np.array([len(g) for g in key])[:, None] + np.array([len(g) for g in answer])[None, :]
    similarity = 2 * similarity / sizes
    rows, cols = linear_sum_assignment(-similarity)
    total = float(similarity[rows, cols].sum())
    return PRF(total / len(answer), total / len(key))
