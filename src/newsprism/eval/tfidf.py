"""The TF-IDF baseline: cosine of TF-IDF vectors of lowercased words, IDF from the texts being compared."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

_WORD = re.compile(r"\w+")


class Tfidf:
    """Sublinear TF (1 + log tf) times smoothed IDF (log((1 + n) / (1 + df)) + 1), as scikit-learn's default
    with sublinear_tf; vectors are L2-normalised so a dot product is a cosine."""

    def __init__(self, corpus: Sequence[str]) -> None:
        documents = [set(_WORD.findall(text.lower())) for text in corpus]
        frequency = Counter(word for document in documents for word in document)
        self.idf = {word: math.log((1 + len(documents)) / (1 + df)) + 1 for word, df in frequency.items()}
        self.unseen = math.log(1 + len(documents)) + 1

    def vector(self, text: str) -> dict[str, float]:
        counts = Counter(_WORD.findall(text.lower()))
        weights = {w: (1 + math.log(c)) * self.idf.get(w, self.unseen) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        return {w: v / norm for w, v in weights.items()}

    def cosine(self, a: Sequence[str], b: Sequence[str]) -> NDArray[np.float64]:
        """Cosine of a[i] and b[i] for every i."""
        out = []
        for x, y in zip(a, b, strict=True):
            vx, vy = self.vector(x), self.vector(y)
            out.append(sum(v * vy.get(w, 0.0) for w, v in vx.items()))
        return np.array(out, dtype=np.float64)
