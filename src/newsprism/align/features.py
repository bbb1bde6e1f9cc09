"""The feature row of a sentence pair for the same-statement model: lexical, then token-level.

:mod:`newsprism.align.lexical` reads the words (with the sentence cosine first);
:mod:`newsprism.align.tokens` matches the encoder's token states. Every feature is symmetric.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from newsprism.align.lexical import LEXICAL_FEATURES, pair_features, profile
from newsprism.align.tokens import TOKEN_FEATURES, token_features
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
