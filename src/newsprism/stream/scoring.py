"""How well an item fits a story, and how alike two stories are.

The lexical score is MStream's (Yin et al., "Model-based Clustering of Short Text Streams", KDD 2018): a
Dirichlet-multinomial mixture with a Dirichlet-process prior, scored in one pass. The log-probability that
item d (term weights c_w, total N_d) belongs to story z (m_z items, term weights n_zw, total n_z) is

    log m_z + sum_w [lgamma(n_zw + beta + c_w) - lgamma(n_zw + beta)]
            - [lgamma(n_z + V beta + N_d) - lgamma(n_z + V beta)]

and that it starts a new story, the same with m_z replaced by alpha D (D items seen) and empty counts. V is
the vocabulary seen so far (the stream's, not a fixed one). lgamma differences are the products
prod_j (n + beta + j - 1) of the paper, extended to the real-valued counts weighted terms give. Terms the
story lacks contribute the same to every story, so :func:`log_join` starts from :func:`item_constant` and
only visits the terms the story shares with the item: with an inverted index from terms to stories
(FastStream, Rakib and Asaduzzaman 2021) an item is scored against the stories it shares a term with only.
A story sharing no term never beats a new one in practice: its denominator grows with n_z while the
numerator stays at the new story's.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

_lgamma = math.lgamma


@dataclass(frozen=True)
class PreparedItem:
    """An item's terms with what every story's score shares."""

    terms: Mapping[str, float]
    total: float
    constant: float
    """sum_w lgamma(beta + c_w) - lgamma(beta): the numerator of a story that shares no term"""


def prepare(terms: Mapping[str, float], beta: float) -> PreparedItem:
    constant = sum(_lgamma(beta + c) - _lgamma(beta) for c in terms.values())
    return PreparedItem(terms, sum(terms.values()), constant)


def log_new(item: PreparedItem, seen: int, vocabulary: int, alpha: float, beta: float) -> float:
    """Log-probability (up to the constant all choices share) that the item starts a new story."""
    vb = vocabulary * beta
    return math.log(alpha * seen) + item.constant - (_lgamma(vb + item.total) - _lgamma(vb))


def log_join(item: PreparedItem, counts: Mapping[str, float], total: float, size: int, vocabulary: int,
             beta: float) -> float:
    """Log-probability (same constant as :func:`log_new`) that the item joins the story with these term
    weights (``counts``, summing to ``total``) and ``size`` items."""
    vb = vocabulary * beta
    score = math.log(size) + item.constant - (_lgamma(total + vb + item.total) - _lgamma(total + vb))
    for term, c in item.terms.items():
        n = counts.get(term)
        if n:
            score += _lgamma(n + beta + c) - _lgamma(n + beta) - _lgamma(beta + c) + _lgamma(beta)
    return score


def profile_cosines(profiles: list[Mapping[str, float]], top: int) -> NDArray[np.float64]:
    """Cosine of every two term profiles, each cut to its ``top`` heaviest terms (the rest of a profile still
    counts in its norm, so a cut cosine is never above the full one). One small matrix product for all pairs."""
    cut = [sorted(p.items(), key=lambda kv: (-kv[1], kv[0]))[:top] for p in profiles]
    columns: dict[str, int] = {}
    for kept in cut:
        for term, _ in kept:
            columns.setdefault(term, len(columns))
    matrix = np.zeros((len(profiles), max(1, len(columns))), dtype=np.float64)
    for row, (profile, kept) in enumerate(zip(profiles, cut, strict=True)):
        norm = math.sqrt(sum(v * v for v in profile.values())) or 1.0
        for term, weight in kept:
            matrix[row, columns[term]] = weight / norm
    cosines: NDArray[np.float64] = matrix @ matrix.T
    return cosines
