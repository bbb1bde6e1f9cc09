"""The feature row of a sentence pair for the same-statement model: lexical, then token-level.

:mod:`newsprism.align.lexical` reads the words (with the sentence cosine first);
:mod:`newsprism.align.tokens` matches the encoder's token states. Every feature is symmetric.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from newsprism.align import tokens
from newsprism.align.lexical import LEXICAL_FEATURES, NearWords, Profile, pair_features, profile
from newsprism.align.tokens import TOKEN_FEATURES, token_features, token_features_many
from newsprism.nlp.encoder import EncodedText

FEATURES = LEXICAL_FEATURES + TOKEN_FEATURES
"""Names of the feature columns, in order; the fitted model file lists them too and must agree."""


def feature_matrix(a: Sequence[EncodedText], b: Sequence[EncodedText],
                   cosine: NDArray[np.float32]) -> NDArray[np.float64]:
    """One row of :data:`FEATURES` per pair (a[i], b[i]); ``cosine[i]`` is the cosine of their sentence
    vectors. A sentence that occurs in many pairs is read once (the readers cache by text)."""
    if not len(a) == len(b) == len(cosine):
        raise ValueError(f"a, b and cosine differ in length ({len(a)}, {len(b)}, {len(cosine)})")
    rows = [pair_features(profile(x.text), profile(y.text), float(c)) + token_features(x, y)
            for x, y, c in zip(a, b, cosine, strict=True)]
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(FEATURES))


def feature_matrix_grouped(encoded: Sequence[EncodedText], pairs: NDArray[np.int64], cosine: NDArray[np.float32],
                           profiles: Callable[[int], Profile] | None = None,
                           partial: bool = True) -> NDArray[np.float64]:
    """:func:`feature_matrix` of the pairs (encoded[i], encoded[j]) for each row (i, j) of ``pairs``: the
    token features and the near-spelled words of each left sentence against all its partners at once
    (:func:`token_features_many`, :class:`NearWords`). ``profiles``: each text's profile by its index (without
    it, :func:`~newsprism.align.lexical.profile`'s cache of every text read); without ``partial``, the
    :data:`~newsprism.align.lexical.PARTIAL_COLUMN` is NaN (unread)."""
    out = np.empty((len(pairs), len(FEATURES)), dtype=np.float64)
    lexical = len(LEXICAL_FEATURES)
    read = profiles or (lambda index: profile(encoded[index].text))
    order = np.argsort(pairs[:, 0], kind="stable")
    lefts, starts = np.unique(pairs[order, 0], return_index=True)
    for left, rows in zip(lefts.tolist(), np.split(order, starts[1:]), strict=True):
        right = pairs[rows, 1].tolist()
        partners = [encoded[j] for j in right]
        mine, theirs = read(left), [read(j) for j in right]
        near = NearWords(mine, theirs)
        out[rows, :lexical] = [pair_features(mine, other, c, near, partial)
                               for other, c in zip(theirs, cosine[rows].tolist(), strict=True)]
        out[rows, lexical:] = token_features_many(encoded[left], partners)
    return out


def forget_text_readings() -> None:
    """Drop the per-text readings the scorers cache (each sentence's :func:`~newsprism.align.lexical.profile`,
    each text's piece weights): they serve one stage's pairs, and a 500-article story's take about 300 MB (27 KB
    a sentence's profile) that the later stages can use instead (issue #20). Reading a text again gives the same."""
    profile.cache_clear()
    tokens._piece_weights.cache_clear()


PROFILE_BLOCKS = 4
"""Blocks the alignment's representatives are cut in for its scoring (:class:`BlockProfiles`), each of at least
:data:`PROFILE_BLOCK` texts: the scoring holds the profiles of two blocks at a time, so half of every text's at most
(about 27 KB a sentence's profile: every distinct sentence's at once was about 250 MB for a 100-article one-event
story's 9,070 and 850 MB for a 500-article one's 32,855, issue #20). Each text's profile is read once for its own
row of blocks and once more for each block before it with candidates in its block: 2.5 times in all at most
(about 0.45 ms a profile: at most about 22 CPU s more at 32,855 texts; measured on the one-event 100 story's 9,070,
the scoring took 32.3 -> 35.6 CPU s and its peak fell 875 -> 709 MiB, benchmarks/README.md)."""
PROFILE_BLOCK = 2_048
"""The fewest texts a block of :class:`BlockProfiles` holds (a small story's texts are one block: read once)."""


def profile_block(texts: int) -> int:
    """The texts in one block of a story of ``texts`` representatives."""
    return max(PROFILE_BLOCK, -(-texts // PROFILE_BLOCKS))


class BlockProfiles:
    """The profiles of texts by index, held for two blocks of ``block`` indexes at a time (the row's and the
    column's of the tile of candidate pairs being scored, :meth:`tile`); a text outside them is read again (the same
    profile: it is a function of the text)."""

    def __init__(self, texts: Sequence[str], block: int) -> None:
        self.texts = texts
        self.block = block
        self._held: dict[int, dict[int, Profile]] = {}

    def tile(self, row: int, column: int) -> None:
        """The pairs scored next are between the blocks ``row`` and ``column``: the other blocks' profiles go."""
        self._held = {block: self._held.get(block, {}) for block in (row, column)}

    def __call__(self, index: int) -> Profile:
        held = self._held.setdefault(index // self.block, {})
        found = held.get(index)
        if found is None:
            found = held[index] = profile.__wrapped__(self.texts[index])
        return found
