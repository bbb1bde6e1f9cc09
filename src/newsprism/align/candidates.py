"""Candidate sentence pairs without comparing every sentence with every other, in memory linear in sentences.

- Copies collapse: sentences with the same text (whitespace aside) form one group, represented by its first
  member; the members of a group are verbatim copies of one another and need no model (:func:`copy_groups`).
- The representatives are paired by two indexes, united (:func:`candidate_pairs`):
  - their top :data:`TOP_K` neighbours by cosine among the other articles' sentences, found by blocked matrix
    products (:data:`BLOCK_ROWS` rows at a time: never the whole cosine matrix), kept from COSINE_FLOOR up when
    they share a bucket of the random-hyperplane LSH (SimHash, Charikar 2002) in some table: the index the
    candidates came from before issue #20, so a story whose sentences have fewer than TOP_K such neighbours
    gets exactly the candidates it got then (and the same facts), while a big story stays linear;
  - blocking on rare words: sentences that share a word few sentences of the story use (names, numbers,
    unusual nouns) are candidates (copies and light edits).
Everything is vectorised with numpy.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newsprism.align.similarity import few_blas_threads
from newsprism.arrays import unique_pairs
from newsprism.lexicon import FREQUENT_WORDS
from newsprism.memo import forget, per_text

TOP_K = 48
"""Neighbours per sentence taken by cosine. A story of N articles gives a sentence up to N-1 counterparts; the
facts are the connected groups of links, so a sentence needs a few of its counterparts, not all. 48 is above
the 24-40 articles of the largest seed and example stories' same-statement neighbourhoods, so their
candidates above the cosine floor are all taken, and bounds a 2,000-article one-event story to 48 pairs
per distinct sentence."""
BLOCK_ROWS = 512
"""Rows of the cosine matrix computed at once, at most..."""
BLOCK_CELLS = 8_388_608
"""...and at most this many cells (rows x sentences) a block: a block's cosines (4 bytes a cell), their negated copy
and argpartition's indexes (8 bytes) take 16 bytes a cell, so 134 MB. 512 rows up to 16,384 distinct sentences (a
500-article planted story has 11,566); the 92,000 distinct sentences of a 2,000-article one-event story run 91 rows
a block, where 512 rows held 750 MB. Each row's neighbours are found alone: the same pairs whatever the block."""
TABLES = 24
BITS = 10
"""24 tables of 10 hyperplanes: a pair with cosine 0.8 shares a bucket in some table with
probability 1 - (1 - 0.795**10)**24 = 0.92, with cosine 0.9 0.998, with cosine 0.3 0.13.
Measured on 803 MSRP paraphrase pairs (the hard case: rewordings): the LSH tables alone propose
90 % of them, with the rare-word blocks 100 %. Exact top-k neighbours without this filter propose pairs the
model then links wrongly (on the seeds, two statements about North Korea and Russia)."""
SEED = 20260913
RARE_SHARE = 0.02
"""A word is rare when at most this share of the story's sentences (and at least 2) use it."""
MAX_BLOCK = 40
"""A rare word's block is never larger than this: a 200-article story repeats names a lot."""

WORD = re.compile(r"[a-z0-9][a-z0-9'-]{2,}")
STOPWORDS = FREQUENT_WORDS


@dataclass(frozen=True)
class CopyGroups:
    """Sentences grouped by their text (whitespace collapsed)."""

    representative: NDArray[np.int64]
    """sentence ids of the groups' first members, ascending"""
    group: NDArray[np.int64]
    """each sentence's group (index into ``representative``)"""
    size: NDArray[np.int64]
    """how many sentences each group holds (how often the story prints that text)"""


def copy_groups(texts: list[str]) -> CopyGroups:
    first: dict[str, int] = {}
    group = np.array([first.setdefault(" ".join(t.split()), len(first)) for t in texts], dtype=np.int64)
    representative = np.full(len(first), -1, dtype=np.int64)
    representative[group[::-1]] = np.arange(len(texts), dtype=np.int64)[::-1]  # first member of each group
    return CopyGroups(representative, group, np.bincount(group, minlength=len(first)).astype(np.int64))


def candidate_pairs(vectors: NDArray[np.float32], texts: list[str], owner: NDArray[np.int64], floor: float,
                    weight: NDArray[np.int64] | None = None) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
    """Unique (i, j), i < j, of sentences that may say the same thing, with their cosines (>= ``floor``).

    ``owner`` gives each sentence's article, or -1 for a sentence printed in several articles (paired with any);
    ``weight`` how many sentences of the story each one stands for (rare words are counted on the whole story).
    """
    if len(texts) < 2:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.float32)
    with few_blas_threads():  # the blocked products: one thread costs the least CPU
        nearest = _nearest_pairs(vectors, owner, floor)
    pairs = np.concatenate([nearest, _rare_word_pairs(texts, weight)])
    pairs = np.sort(pairs, axis=1)
    apart = (owner[pairs[:, 0]] != owner[pairs[:, 1]]) | (owner[pairs[:, 0]] < 0)
    pairs = unique_pairs(pairs[(pairs[:, 0] != pairs[:, 1]) & apart])
    cosine = pair_cosines(vectors, pairs)
    keep = cosine >= floor
    return pairs[keep], cosine[keep].astype(np.float32)


PAIR_ROWS = 16_384
"""Pairs whose cosines are computed at once: each needs both sentences' vectors gathered (3 KB a pair with 384
dimensions, so 100,000 pairs gather 300 MB). Gathered for all of a 200-article planted story's candidates at once,
they were most of the candidates' stage's transient 460 MB, the analysis's peak then; 16,384 pairs gather 50 MB."""


def pair_cosines(vectors: NDArray[np.float32], pairs: NDArray[np.int64]) -> NDArray[np.float32]:
    """The dot product of the two rows of ``vectors`` each row (i, j) of ``pairs`` names, :data:`PAIR_ROWS`
    pairs at a time (each row's product is computed alone: the same to the bit as all at once)."""
    out = np.zeros(len(pairs), dtype=vectors.dtype)
    for first in range(0, len(pairs), PAIR_ROWS):
        part = pairs[first:first + PAIR_ROWS]
        out[first:first + PAIR_ROWS] = np.einsum("ij,ij->i", vectors[part[:, 0]], vectors[part[:, 1]])
    return out


def _nearest_pairs(vectors: NDArray[np.float32], owner: NDArray[np.int64], floor: float) -> NDArray[np.int64]:
    """Each sentence with its TOP_K most similar sentences of other articles, cosine >= floor, sharing an LSH
    bucket. A row with at most TOP_K cosines from the floor up keeps all of them (its top TOP_K hold them all, the
    rest of its top is below the floor): only the rows with more are partitioned (:func:`_top_rows`), the same pairs
    for a fraction of the CPU (partitioning every row of a 200-article story was half of the stage)."""
    count, k = len(vectors), min(TOP_K, len(vectors) - 1)
    keys = _bucket_keys(vectors)
    out = []
    block = max(1, min(BLOCK_ROWS, BLOCK_CELLS // max(count, 1)))
    for start in range(0, count, block):
        rows = np.arange(start, min(start + block, count))
        cosine = vectors[rows] @ vectors.T
        cosine[(owner[rows, None] == owner[None, :]) & (owner[rows, None] >= 0)] = -2.0
        cosine[np.arange(len(rows)), rows] = -2.0
        above = cosine >= floor
        crowded = above.sum(axis=1) > k
        left, right = np.nonzero(above & ~crowded[:, None])
        out.append(np.stack([rows[left], right], axis=1))
        out.append(_top_rows(cosine[crowded], rows[crowded], k, floor))
    pairs = np.concatenate(out).astype(np.int64) if out else np.zeros((0, 2), dtype=np.int64)
    shared: NDArray[np.int64] = pairs[_share_a_bucket(keys, pairs)]
    return shared


def _share_a_bucket(keys: NDArray[np.int64], pairs: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Whether the two sentences of each pair share a bucket in some LSH table, :data:`PAIR_ROWS` pairs at a time:
    both sides' keys gathered for all the pairs at once took 2 x 24 x 8 bytes a pair (the 1.5 million nearest pairs
    of a 500-article one-event story's 32,855 distinct sentences: 580 MB, the candidates' transient peak)."""
    out = np.zeros(len(pairs), dtype=bool)
    for first in range(0, len(pairs), PAIR_ROWS):
        part = pairs[first:first + PAIR_ROWS]
        out[first:first + PAIR_ROWS] = (keys[part[:, 0]] == keys[part[:, 1]]).any(axis=1)
    return out


def _top_rows(cosine: NDArray[np.float32], rows: NDArray[np.int64], k: int, floor: float) -> NDArray[np.int64]:
    """(row, column) of each row's ``k`` highest cosines from ``floor`` up."""
    if not len(rows):
        return np.zeros((0, 2), dtype=np.int64)
    top = np.argpartition(-cosine, k - 1, axis=1)[:, :k]
    keep = np.take_along_axis(cosine, top, axis=1) >= floor
    return np.stack([np.broadcast_to(rows[:, None], top.shape)[keep], top[keep]], axis=1)


def _bucket_keys(vectors: NDArray[np.float32]) -> NDArray[np.int64]:
    """Each sentence's bucket number in each LSH table, (sentences, TABLES)."""
    planes = np.random.default_rng(SEED).standard_normal((vectors.shape[1], TABLES * BITS)).astype(np.float32)
    bits = (vectors @ planes > 0).reshape(len(vectors), TABLES, BITS)
    keys: NDArray[np.int64] = bits.astype(np.int64) @ (1 << np.arange(BITS, dtype=np.int64))
    return keys


def _rare_word_pairs(texts: list[str], weight: NDArray[np.int64] | None) -> NDArray[np.int64]:
    postings: dict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(texts):
        for word in _block_words(text):
            postings[word].append(index)
    sizes = np.ones(len(texts), dtype=np.int64) if weight is None else weight
    limit = min(MAX_BLOCK, max(2, int(RARE_SHARE * int(sizes.sum()))))
    blocks = [np.array(ids, dtype=np.int64) for ids in postings.values()
              if len(ids) >= 2 and int(sizes[ids].sum()) <= limit]
    return _pairs_within(blocks)


@per_text  # a sentence's words are read once per story (issue #20: a story analysed again reads the new ones)
def _block_words(text: str) -> frozenset[str]:
    """The words of ``text`` that may block it with others (lower-cased, stopwords left out)."""
    return frozenset(w for w in WORD.findall(text.lower()) if w not in STOPWORDS)


def forget_block_words() -> None:
    """The story's readings let go of the sentences' block words (only the candidates read them): an analysis no
    next one follows (issue #20: 6.3 MiB at a one-event 30-article story, kept to the end of its analysis)."""
    forget(_block_words)


def _pairs_within(blocks: list[NDArray[np.int64]]) -> NDArray[np.int64]:
    """Every pair inside every block; the blocks of one size at once (one triangle of indexes over their stacked
    rows: a 200-article story has thousands of rare-word blocks, most of 2 to 5 sentences)."""
    if not blocks:
        return np.zeros((0, 2), dtype=np.int64)
    by_size: dict[int, list[NDArray[np.int64]]] = defaultdict(list)
    for block in blocks:
        by_size[len(block)].append(block)
    out = []
    for size, same in by_size.items():
        rows = np.stack(same)
        left, right = np.triu_indices(size, k=1)
        out.append(np.stack([rows[:, left].ravel(), rows[:, right].ravel()], axis=1))
    return np.concatenate(out)
