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
    rows: tuple[tuple[str, float, float], ...] = ()
    """(term, c_w, lgamma(beta + c_w)) in the order of ``terms``: worked out once per item rather than once per
    story scored"""


def prepare(terms: Mapping[str, float], beta: float) -> PreparedItem:
    constant = sum(_lgamma(beta + c) - _lgamma(beta) for c in terms.values())
    rows = tuple((t, c, _lgamma(beta + c)) for t, c in terms.items())
    return PreparedItem(terms, sum(terms.values()), constant, rows)


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
    get, lgamma, base = counts.get, _lgamma, _lgamma(beta)
    for term, c, gamma in item.rows:
        n = get(term)
        if n:  # lgamma(n+b+c) - lgamma(n+b) - lgamma(b+c) + lgamma(b), summed in this order (n+b+c is (n+b)+c)
            nb = n + beta
            score += lgamma(nb + c) - lgamma(nb) - gamma + base
    return score


MERGE_MARGIN = 1e-6
"""The merge check's screen (:func:`close_profiles`) passes a set of stories to the exact cosines when any two come
within this of the threshold: far above the rounding of the screen's other order of sums (1e-15), so a pair the
exact product puts at the threshold is never screened out; its size only decides how often the product runs."""

COMMON_SHARE = 0.125
"""In the screen, a term in more than this share of the stories' cut profiles is summed as a dense matrix product,
the others pair by pair (a term in m profiles makes m^2/2 pairs): either way gives the same sums, only the work
differs."""


@dataclass(frozen=True)
class ProfileRow:
    """A story's term profile cut to its heaviest terms (ties by term), each weight over the whole profile's norm:
    the rest of the profile still counts in the norm, so a cut cosine is never above the full one."""

    terms: tuple[str, ...]
    weights: tuple[float, ...]


def profile_row(profile: Mapping[str, float], top: int) -> ProfileRow:
    kept = sorted(profile.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    norm = math.sqrt(sum(v * v for v in profile.values())) or 1.0
    return ProfileRow(tuple(t for t, _ in kept), tuple(w / norm for _, w in kept))


def row_cosines(rows: Sequence[ProfileRow]) -> NDArray[np.float64]:
    """Cosine of every two cut profiles: one small matrix product for all pairs."""
    columns: dict[str, int] = {}
    for row in rows:
        for term in row.terms:
            columns.setdefault(term, len(columns))
    matrix = np.zeros((len(rows), max(1, len(columns))), dtype=np.float64)
    for number, row in enumerate(rows):
        for term, weight in zip(row.terms, row.weights, strict=True):
            matrix[number, columns[term]] = weight
    cosines: NDArray[np.float64] = matrix @ matrix.T
    return cosines


def close_profiles(rows: Sequence[ProfileRow], threshold: float) -> list[tuple[int, int, float]]:
    """The pairs (i, j, cosine), i < j in row-major order, of cut profiles whose cosine (:func:`row_cosines`, the
    same floats) reaches ``threshold``. A screen first sums every pair's cosine sparsely (:func:`_screen`); only
    when some pair comes within :data:`MERGE_MARGIN` of the threshold is the full product made: with hundreds of
    live stories it is most of a merge check's work, and most checks merge nothing."""
    if len(rows) < 2 or _screen(rows) < threshold - MERGE_MARGIN:
        return []
    cosines = row_cosines(rows)
    pairs = np.argwhere(np.triu(cosines >= threshold, k=1)).tolist()
    return [(i, j, float(cosines[i, j])) for i, j in pairs]


def _screen(rows: Sequence[ProfileRow]) -> float:
    """The highest cosine of two different rows, summed in another order than :func:`row_cosines`: the terms most
    rows hold (:data:`COMMON_SHARE`) as a dense product, each other term's pairs of rows one by one."""
    columns: dict[str, int] = {}
    owner = np.repeat(np.arange(len(rows)), [len(r.terms) for r in rows])
    column = np.array([columns.setdefault(t, len(columns)) for r in rows for t in r.terms], dtype=np.int64)
    weight = np.array([w for r in rows for w in r.weights], dtype=np.float64)
    common = np.bincount(column, minlength=len(columns)) > max(1.0, COMMON_SHARE * len(rows))
    dense_at = np.cumsum(common) - 1
    held = common[column]
    matrix = np.zeros((len(rows), int(common.sum())), dtype=np.float64)
    matrix[owner[held], dense_at[column[held]]] = weight[held]
    sums = np.triu(matrix @ matrix.T, k=1).ravel()
    order = np.argsort(column[~held], kind="stable")  # rows ascending within each term's run
    rare_owner, rare_column, rare_weight = owner[~held][order], column[~held][order], weight[~held][order]
    places, products = [], []
    for offset in range(1, len(rare_column)):
        same = rare_column[:-offset] == rare_column[offset:]
        if not same.any():
            break  # no term's run of rows is longer than this
        places.append(rare_owner[:-offset][same] * len(rows) + rare_owner[offset:][same])
        products.append(rare_weight[:-offset][same] * rare_weight[offset:][same])
    if places:
        sums += np.bincount(np.concatenate(places), np.concatenate(products), minlength=len(sums))
    return float(sums.max())


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


def weigh(keys: Iterable[str], frequency: KeyFrequency, cap: float) -> list[tuple[str, float]]:
    """Each key with its IDF so far, capped at ``cap`` (a key seen once so far is no stronger than a rare one)."""
    return [(key, min(frequency.idf(key), cap)) for key in keys]


def evidence(weighed: Iterable[tuple[str, float]], counts: Mapping[str, float]) -> float:
    """How strongly the keys (:func:`weigh`) say "the same event" as a story with these term weights: the summed
    capped IDF of the keys the story holds."""
    return sum(weight for key, weight in weighed if counts.get(key))


def own_evidence(weighed: Iterable[tuple[str, float]], counts: Mapping[str, float], frequency: KeyFrequency) -> float:
    """Like :func:`evidence`, each shared key weighted by the share of the stream's items naming it that are the
    story's (``counts`` holds one per member naming it): a victim's name is the story's own, a city's or a
    page-furniture word's ("spam", "junk" of a sign-up prompt) is spread over many stories however rare."""
    total = 0.0
    for key, weight in weighed:
        held = counts.get(key)
        if held:
            total += weight * min(1.0, held / max(1, frequency.counts.get(key, 0)))
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
