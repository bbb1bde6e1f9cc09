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

Words say "same topic"; event keys (names and numbers, :mod:`newsprism.stream.features`) say "same event":
:func:`evidence` weighs the keys an item shares with a story by their rarity in the stream so far
(:class:`KeyFrequency`), and :func:`key_parts` finds the groups of a story's members that share no key.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from newsprism.stream.features import KEY_PREFIXES

_lgamma = math.lgamma


@dataclass(frozen=True)
class PreparedItem:
    """An item's terms with what every story's score shares."""

    terms: Mapping[str, float]
    total: float
    constant: float
    """sum_w lgamma(beta + c_w) - lgamma(beta): the numerator of a story that shares no term"""
    gammas: Mapping[str, float] = field(default_factory=dict)
    """term -> lgamma(beta + c_w), computed once per item rather than once per story scored"""


def prepare(terms: Mapping[str, float], beta: float) -> PreparedItem:
    constant = sum(_lgamma(beta + c) - _lgamma(beta) for c in terms.values())
    return PreparedItem(terms, sum(terms.values()), constant, {t: _lgamma(beta + c) for t, c in terms.items()})


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
    gammas, base = item.gammas, _lgamma(beta)
    for term, c in item.terms.items():
        n = counts.get(term)
        if n:  # the same terms in the same order as lgamma(n+b+c) - lgamma(n+b) - lgamma(b+c) + lgamma(b)
            score += _lgamma(n + beta + c) - _lgamma(n + beta) - (gammas.get(term) or _lgamma(beta + c)) + base
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


def is_key(term: str) -> bool:
    """An event key: a named entity, a name word or a number (:data:`~newsprism.stream.features.KEY_PREFIXES`)."""
    return term.startswith(KEY_PREFIXES)


@dataclass
class KeyFrequency:
    """In how many items each event key has appeared so far: a key most items carry tells events apart poorly
    (a big city's name), a rare one well (a small town's, a victim's)."""

    floor: int = 1000
    """the stream is taken to be at least this many items long: early in a stream every key is in a large share
    of the few items seen, which would make every key common"""
    items: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, keys: Iterable[str]) -> None:
        self.items += 1
        for key in keys:
            self.counts[key] = self.counts.get(key, 0) + 1

    def idf(self, key: str) -> float:
        return math.log((1 + max(self.items, self.floor)) / (1 + self.counts.get(key, 0)))


def tfidf(terms: Mapping[str, float], frequency: KeyFrequency) -> dict[str, float]:
    """The unit TF-IDF vector of an item's term weights: (1 + log weight) times the term's IDF so far."""
    weights = {t: (1 + math.log(w)) * frequency.idf(t) if w >= 1 else w * frequency.idf(t) for t, w in terms.items()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {t: v / norm for t, v in weights.items()}


def evidence(keys: Iterable[str], counts: Mapping[str, float], frequency: KeyFrequency, cap: float) -> float:
    """How strongly the keys say "the same event" as a story with these term weights: the summed IDF (each capped
    at ``cap``) of the keys the story holds."""
    return sum(min(frequency.idf(k), cap) for k in keys if counts.get(k))


def own_evidence(keys: Iterable[str], counts: Mapping[str, float], frequency: KeyFrequency, cap: float) -> float:
    """Like :func:`evidence`, each shared key weighted by the share of the stream's items naming it that are the
    story's (``counts`` holds one per member naming it): a victim's name is the story's own, a city's or a
    page-furniture word's ("spam", "junk" of a sign-up prompt) is spread over many stories however rare."""
    total = 0.0
    for key in keys:
        held = counts.get(key)
        if held:
            total += min(frequency.idf(key), cap) * min(1.0, held / max(1, frequency.counts.get(key, 0)))
    return total


def key_parts(members: Sequence[tuple[str, Sequence[str]]], specific: Callable[[str], bool]) -> list[list[str]]:
    """The members (id, keys) in groups linked by shared specific keys (union-find), each in member order, groups
    by their first member; members without a specific key form no group."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[str, str] = {}
    for member, keys in members:
        for key in keys:
            if not specific(key):
                continue
            parent.setdefault(member, member)
            if key in owner:
                parent[find(member)] = find(owner[key])
            else:
                owner[key] = member
    groups: dict[str, list[str]] = {}
    for member, _ in members:
        if member in parent:
            groups.setdefault(find(member), []).append(member)
    return list(groups.values())  # dicts keep insertion order: groups by their first member
