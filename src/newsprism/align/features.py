"""The feature row of a sentence pair for the same-statement model: lexical, then token-level.

:mod:`newsprism.align.lexical` reads the words (with the sentence cosine first);
:mod:`newsprism.align.tokens` matches the encoder's token states. Every feature is symmetric.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from newsprism.align import tokens
from newsprism.align.lexical import LEXICAL_FEATURES, NearWords, pair_features, profile
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


def feature_matrix_grouped(encoded: Sequence[EncodedText], pairs: NDArray[np.int64],
                           cosine: NDArray[np.float32]) -> NDArray[np.float64]:
    """:func:`feature_matrix` of the pairs (encoded[i], encoded[j]) for each row (i, j) of ``pairs``: the
    token features and the near-spelled words of each left sentence against all its partners at once
    (:func:`token_features_many`, :class:`NearWords`)."""
    out = np.empty((len(pairs), len(FEATURES)), dtype=np.float64)
    lexical = len(LEXICAL_FEATURES)
    order = np.argsort(pairs[:, 0], kind="stable")
    lefts, starts = np.unique(pairs[order, 0], return_index=True)
    for left, rows in zip(lefts.tolist(), np.split(order, starts[1:]), strict=True):
        partners = [encoded[j] for j in pairs[rows, 1].tolist()]
        mine, theirs = profile(encoded[left].text), [profile(x.text) for x in partners]
        near = NearWords(mine, theirs)
        out[rows, :lexical] = [pair_features(mine, other, c, near)
                               for other, c in zip(theirs, cosine[rows].tolist(), strict=True)]
        out[rows, lexical:] = token_features_many(encoded[left], partners)
    return out


def forget_text_readings() -> None:
    """Drop the per-text readings the scorers cache (each sentence's :func:`~newsprism.align.lexical.profile`,
    each text's piece weights): they serve one stage's pairs, and a 500-article story's take about 300 MB (27 KB
    a sentence's profile) that the later stages can use instead (issue #20). Reading a text again gives the same."""
    profile.cache_clear()
    tokens._piece_weights.cache_clear()
