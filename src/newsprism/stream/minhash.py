"""MinHash signatures: a fixed-length summary of an article's word shingles whose agreement estimates Jaccard.

An article is read as the words (letters and digits) of its normalised text
(:func:`~newsprism.stream.fingerprint.normalise`). Each distinct word is hashed once to 32 bits with CRC-32
(stable across processes, platforms and runs, unlike Python's ``hash``; cached per process); then

- its *shingles* are the hashes of every run of ``k`` consecutive words (a polynomial over the word hashes
  modulo 2^64, mixed by SplitMix64's finaliser, top 32 bits), computed for all positions at once with numpy;
- its *content words* are the hashes of its words of three letters or more outside :data:`STOPWORDS`, as a set.

Reprints keep long runs of words, so shingles of 5 words tell them apart from articles on the same story;
rewrites change every few words, which breaks most 5-word runs but keeps most content words.

A signature holds, for each of ``permutations`` hash functions ``h_i(x) = ((a_i x + b_i) mod 2^64) >> 32``
(multiply-add-shift, strongly universal on 32-bit keys; ``a_i``, ``b_i`` drawn from numpy's PCG64 with a fixed
seed, so every process computes the same signature), the minimum of ``h_i`` over the article's set. The share
of positions where two signatures agree is an unbiased estimate of the two sets' Jaccard similarity (standard
error sqrt(J(1-J)/permutations): 0.044 at J = 0.5 with 128). A batch of articles is hashed as one matrix
(rows: every shingle of the batch, columns: the hash functions) and reduced per article with
``np.minimum.reduceat``: no Python loop over shingles (``benchmarks/bench_dedup.py`` measures the per-shingle loop
it replaces).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from newsprism.arrays import distinct
from newsprism.lexicon import FREQUENT_WORDS, MORE_FREQUENT_WORDS
from newsprism.stream.fingerprint import normalise

WORD = re.compile(r"[^\W_]+")
STOPWORDS = FREQUENT_WORDS | MORE_FREQUENT_WORDS
"""Words that say nothing about which article it is, left out of the content words (with every word under three
letters): the alignment's list plus common pronouns, modals and determiners."""
EMPTY = np.uint32(0xFFFFFFFF)
"""The signature value of an empty set (no word): two empty signatures agree everywhere, so callers check sizes."""
CHUNK_ROWS = 1024
"""Shingles hashed per matrix: 1,024 x 128 hash functions is 1 MiB of uint64, which stays in a core's cache while
it is multiplied, offset and reduced (8,192 rows, 8 MiB, did not: 0.16 CPU ms per synthetic article's two
signatures against 0.06 at 1,024 and 0.063 at 512, benchmarks/README.md); a chunk holds about ten articles'
shingles, so numpy's per-call overhead does not show."""

_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
U32 = NDArray[np.uint32]
U64 = NDArray[np.uint64]


_LOW32, _CONTENT_BIT = np.uint64(0xFFFFFFFF), np.uint64(32)


@lru_cache(maxsize=1 << 18)
def word_hash(word: str) -> int:
    """CRC-32 of the word's UTF-8 bytes (32 bits, the same in every process), plus 2^32 for a content word."""
    content = len(word) >= 3 and word not in STOPWORDS
    return zlib.crc32(word.encode("utf-8")) | (content << 32)


def words(text: str) -> list[str]:
    """The words of the normalised text, in order."""
    return WORD.findall(normalise(text))


def mix64(values: U64) -> U64:
    """SplitMix64's finaliser, in place on a fresh array: spreads every input bit over the whole word."""
    values ^= values >> np.uint64(30)
    values *= _MIX1
    values ^= values >> np.uint64(27)
    values *= _MIX2
    values ^= values >> np.uint64(31)
    return values


def shingle_hashes(word_hashes: U64, k: int) -> U32:
    """The distinct hashes of the runs of ``k`` consecutive words (one run of all the words when there are fewer)."""
    if len(word_hashes) == 0:
        return np.empty(0, dtype=np.uint32)
    k = min(k, len(word_hashes))
    count = len(word_hashes) - k + 1
    combined = word_hashes[:count].copy()
    for offset in range(1, k):
        combined *= _MULTIPLIER
        combined += word_hashes[offset:offset + count]
    return distinct((mix64(combined) >> np.uint64(32)).astype(np.uint32))


@dataclass(frozen=True, eq=False)
class ShingleSets:
    """What one article's signatures are made from: its distinct shingle hashes and content-word hashes."""

    shingles: U32
    content: U32


def shingle_sets(text: str, k: int) -> ShingleSets:
    """Read ``text`` once: its ``k``-word shingles and its content words, as sets of 32-bit hashes."""
    return normalised_shingle_sets(normalise(text), k)


def normalised_shingle_sets(normal: str, k: int) -> ShingleSets:
    """:func:`shingle_sets` of a text already normalised (:func:`~newsprism.stream.fingerprint.normalise`)."""
    found = WORD.findall(normal)
    hashes = np.fromiter(map(word_hash, found), dtype=np.uint64, count=len(found))
    content = (hashes[(hashes >> _CONTENT_BIT) == 1] & _LOW32).astype(np.uint32)
    return ShingleSets(shingle_hashes(hashes & _LOW32, k), distinct(content))


class MinHasher:
    """``permutations`` seeded hash functions; the same seed gives the same signatures in any process."""

    def __init__(self, permutations: int, seed: int) -> None:
        if permutations < 1:
            raise ValueError("permutations must be at least 1")
        rng = np.random.Generator(np.random.PCG64(seed))
        self.permutations = permutations
        self.a = rng.integers(0, 1 << 63, size=permutations, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self.b = rng.integers(0, 1 << 63, size=permutations, dtype=np.uint64) * np.uint64(2)

    def signature(self, items: U32) -> U32:
        """The signature of one set of 32-bit hashes."""
        row: U32 = self.signatures([items])[0]
        return row

    def signatures(self, sets: Sequence[U32]) -> U32:
        """One signature row per set (``EMPTY`` throughout for an empty set), hashed in matrices of at most
        :data:`CHUNK_ROWS` elements' rows."""
        out = np.full((len(sets), self.permutations), EMPTY, dtype=np.uint32)
        sizes = np.array([len(s) for s in sets], dtype=np.int64)
        start = 0
        while start < len(sets):
            stop = _chunk_end(sizes, start)
            self._fill(sets, sizes, start, stop, out)
            start = stop
        return out

    def _fill(self, sets: Sequence[U32], sizes: NDArray[np.int64], start: int, stop: int, out: U32) -> None:
        nonempty = [i for i in range(start, stop) if sizes[i]]
        if not nonempty:
            return
        values = np.concatenate([sets[i] for i in nonempty]).astype(np.uint64)
        hashed = np.multiply.outer(values, self.a)
        hashed += self.b
        offsets = np.concatenate(([0], np.cumsum(sizes[nonempty])[:-1]))
        lowest = np.minimum.reduceat(hashed, offsets, axis=0)
        lowest >>= np.uint64(32)  # the shift keeps order, so the top bits of the minimum are the minimum's
        out[nonempty] = lowest.astype(np.uint32)


def _chunk_end(sizes: NDArray[np.int64], start: int) -> int:
    """The end of the run of sets from ``start`` whose sizes add up to at most CHUNK_ROWS (at least one set)."""
    total = np.cumsum(sizes[start:])
    return start + max(1, int(np.searchsorted(total, CHUNK_ROWS, side="right")))


def estimate_jaccard(first: U32, second: U32) -> NDArray[np.float64]:
    """Share of agreeing positions, row by row (two signature matrices of one shape, or two rows)."""
    agreement: NDArray[np.float64] = np.count_nonzero(first == second, axis=-1) / first.shape[-1]
    return agreement


def estimate_containment(jaccard: NDArray[np.float64], first_size: NDArray[np.int64],
                         second_size: NDArray[np.int64]) -> NDArray[np.float64]:
    """Share of the smaller set found in the larger, from the Jaccard estimate and the two set sizes:
    |A ∩ B| = J (|A| + |B|) / (1 + J). 0 where a set is empty."""
    smaller = np.minimum(first_size, second_size).astype(np.float64)
    overlap = jaccard * (first_size + second_size) / (1.0 + jaccard)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(smaller > 0, np.minimum(overlap / np.maximum(smaller, 1.0), 1.0), 0.0)
