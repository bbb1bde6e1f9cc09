"""Do two sentences say the same thing? Do two articles tell the same story?

:func:`same_statement` weighs the lexical evidence of :mod:`newsprism.align.lexical`
(shared words and n-grams, edit distances, numbers, names, negation) together with the
semantic one (the cosine of the two sentence vectors, and the token-by-token matching of
:mod:`newsprism.align.tokens`) in a small model: a bag of
one-hidden-layer networks whose averaged output is a probability. Its weights are
package data (``same_statement.json``), fitted on MSRP by ``newsprism eval msrp PATH
--fit`` (see :mod:`newsprism.eval.fit`), loaded on first use and run with numpy alone. Pairs worded
alike but for a number, a name or a negation are contradictions, not the same statement,
whatever the model says (:mod:`newsprism.align.contradiction`).

:func:`article_similarity` compares whole articles through their sentence vectors.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsprism.align.bounds import CEILING_MARGIN, probability_ceiling
from newsprism.align.contradiction import contradictions, contradicts
from newsprism.align.features import FEATURES, feature_matrix, feature_matrix_grouped
from newsprism.align.lexical import PARTIAL_COLUMN, Profile, partial_ratio, profile
from newsprism.blas import blas_threads
from newsprism.errors import ModelLoadError
from newsprism.nlp.encoder import EncodedText

MODEL_FILE = Path(__file__).with_name("same_statement.json")
SAME_STATEMENT_THRESHOLD = 0.5
"""From this probability two sentences state the same thing. The model's output is re-centred so that 0.5 is
the decision point fitted on MSRP: ``--fit`` picks the threshold on the members' averaged probability that
maximises 5-fold cross-validated accuracy + F1 on the fit part (80 %) of msr_paraphrase_train.txt, stores it in the
model file, and :meth:`SameStatementModel.probability` shifts the log-odds by it."""
CONTRADICTED = 0.05
"""Ceiling of the probability of a minimal contradiction: far enough below the threshold that no averaging
with the reverse direction or rounding lifts it over."""
LEAD_DECAY = 0.5
"""Weight of each sentence relative to the one before in :func:`article_similarity`. Calibrated on the 161
English pairs of SemEval-2022 Task 8 (training_set.csv): Pearson with the Overall score is 0.85 for decays 0.5
and 0.6, 0.84 for 0.3 and 0.7, 0.78 for a plain mean of the sentence vectors (decay 1) and 0.78 for a
BERTScore-like mean of best-matching sentence cosines; the news lead carries the story."""

BLAS_THREADS = 1
"""Threads numpy's BLAS may run while pairs are scored and candidates found. Its products there are small (one
sentence's word pieces against its partners'), and OpenBLAS's threads (one per core by default) spend more
than they save: on the shared 2-core machine, the token features cost 564 µs of CPU (1.9 ms wall) per pair with
two threads and 82 µs (0.28 ms wall) with one; every product's result is the same."""

Layer = tuple[NDArray[np.float64], NDArray[np.float64]]
"""(weights of shape (inputs, outputs), bias of shape (outputs,))"""


@dataclass(frozen=True)
class SameStatementModel:
    """A fitted same-statement model: feature scaling, a bag of small networks, the decision threshold."""

    features: tuple[str, ...]
    mean: NDArray[np.float64]
    scale: NDArray[np.float64]
    members: tuple[tuple[Layer, ...], ...]
    """each member: its layers in order; ReLU between layers, a logistic output"""
    threshold: float
    """members' averaged probability from which a pair is the same statement (maps to 0.5)"""
    about: dict[str, Any]
    """how and on what the model was fitted, with its cross-validated figures"""

    def probability(self, features: NDArray[np.float64]) -> NDArray[np.float64]:
        """Same-statement probability of each row of features, re-centred on the threshold."""
        x = (features - self.mean) / self.scale
        averaged = np.mean([_forward(layers, x) for layers in self.members], axis=0)
        logit = np.log(np.clip(averaged, 1e-9, 1.0)) - np.log(np.clip(1.0 - averaged, 1e-9, 1.0))
        shift = np.log(self.threshold / (1.0 - self.threshold))
        result: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-(logit - shift)))
        return result

    def to_json(self) -> str:
        members = [[{"weights": _rounded(w), "bias": _rounded(b)} for w, b in layers] for layers in self.members]
        return json.dumps({"format": 1, "features": list(self.features), "mean": _rounded(self.mean),
                           "scale": _rounded(self.scale), "threshold": round(self.threshold, 6),
                           "about": self.about, "members": members}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> SameStatementModel:
        data = json.loads(text)
        members = tuple(tuple((np.array(layer["weights"], dtype=np.float64), np.array(layer["bias"], dtype=np.float64))
                              for layer in member) for member in data["members"])
        return cls(tuple(data["features"]), np.array(data["mean"], dtype=np.float64),
                   np.array(data["scale"], dtype=np.float64), members, float(data["threshold"]), data["about"])


def same_statement(a: Sequence[EncodedText], b: Sequence[EncodedText],
                   cosine: NDArray[np.float32]) -> NDArray[np.float64]:
    """Probability that a[i] and b[i] state the same thing, for every i; ``cosine[i]`` is the cosine of their
    sentence vectors. Symmetric: swapping a and b gives the same result. Compare with SAME_STATEMENT_THRESHOLD."""
    return score_pairs(default_model(), a, b, cosine)


def score_pairs(model: SameStatementModel, a: Sequence[EncodedText], b: Sequence[EncodedText],
                cosine: NDArray[np.float32]) -> NDArray[np.float64]:
    """:func:`same_statement` with the given model: its probability, capped at CONTRADICTED for the pairs
    that differ only by a number, a name or a negation (:mod:`newsprism.align.contradiction`)."""
    probability = model.probability(feature_matrix(a, b, cosine))
    minimal = contradictions([x.text for x in a], [y.text for y in b])
    return np.where(minimal, np.minimum(probability, CONTRADICTED), probability)


@cache
def default_model() -> SameStatementModel:
    """The packaged model, read once."""
    return load_model(MODEL_FILE)


def load_model(path: Path) -> SameStatementModel:
    try:
        model = SameStatementModel.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ModelLoadError(f"{path}: cannot read the same-statement model ({error}); reinstall newsprism or "
                             "refit it with: newsprism eval msrp msr_paraphrase_train.txt --fit") from None
    if model.features != FEATURES:
        raise ModelLoadError(f"{path}: the model was fitted on other features than this version computes; refit "
                             "it with: newsprism eval msrp msr_paraphrase_train.txt --fit")
    return model


def article_similarity(a: NDArray[np.float32], b: NDArray[np.float32]) -> float:
    """Similarity in [0, 1] of two articles, from their sentence vectors in reading order (title or lead
    first): the cosine of their lead-weighted mean vectors, each sentence weighing LEAD_DECAY times the one
    before it. An article without sentences is similar to nothing (0)."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    lead_a, lead_b = _lead_vector(a), _lead_vector(b)
    return float(np.clip(lead_a @ lead_b, 0.0, 1.0))


def _lead_vector(vectors: NDArray[np.float32]) -> NDArray[np.float64]:
    weights = LEAD_DECAY ** np.arange(len(vectors), dtype=np.float64)
    summed = weights @ vectors.astype(np.float64)
    norm = float(np.linalg.norm(summed))
    return summed / norm if norm > 0 else summed


def _forward(layers: tuple[Layer, ...], x: NDArray[np.float64]) -> NDArray[np.float64]:
    for index, (weights, bias) in enumerate(layers):
        x = x @ weights + bias
        if index < len(layers) - 1:
            x = np.maximum(x, 0.0)
    out: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-np.clip(x[:, 0], -500.0, 500.0)))
    return out


def _rounded(array: NDArray[np.float64]) -> Any:
    """Eight significant digits: the file stays small and the decisions do not move."""
    return np.vectorize(lambda value: float(f"{value:.8g}"))(array).tolist()


@contextmanager
def few_blas_threads() -> Iterator[None]:
    """numpy's BLAS limited to BLAS_THREADS threads inside the block."""
    with blas_threads(BLAS_THREADS):
        yield


def score_pairs_grouped(encoded: Sequence[EncodedText], pairs: NDArray[np.int64], cosine: NDArray[np.float32],
                        profiles: Callable[[int], Profile] | None = None,
                        decide_at: float | None = None) -> NDArray[np.float64]:
    """:func:`same_statement` of (encoded[i], encoded[j]) for each row (i, j) of ``pairs``, the token features
    computed per left sentence against all its partners at once (:func:`feature_matrix_grouped`, which reads
    the texts' ``profiles``). With ``decide_at``, a pair whose probability cannot reach it whatever its partial
    ratio (:func:`probability_ceiling`) gets 0.0 without it read: its score is then only to be compared with
    ``decide_at`` (every other pair's is its probability)."""
    if len(pairs) == 0:
        return np.zeros(0, dtype=np.float64)
    model = default_model()
    with few_blas_threads():
        features = feature_matrix_grouped(encoded, pairs, cosine, profiles, partial=decide_at is None)
        under = np.zeros(len(pairs), dtype=bool)
        if decide_at is not None:
            under = probability_ceiling(model, features, PARTIAL_COLUMN, 0.0, 1.0) < decide_at - CEILING_MARGIN
            _read_partial(encoded, pairs, features, under, profiles)
        probability = model.probability(features)  # every row, as without decide_at: the same products
    probability[under] = 0.0
    capped = np.flatnonzero(probability > CONTRADICTED)  # the cap leaves the others as they are: not read for them
    minimal = np.zeros(len(pairs), dtype=bool)
    if profiles is None:
        minimal[capped] = contradictions([encoded[i].text for i in pairs[capped, 0].tolist()],
                                         [encoded[j].text for j in pairs[capped, 1].tolist()])
    else:  # the same answers, from the profiles the features read
        minimal[capped] = [contradicts(profiles(i), profiles(j)) for i, j in pairs[capped].tolist()]
    return np.where(minimal, np.minimum(probability, CONTRADICTED), probability)


def _read_partial(encoded: Sequence[EncodedText], pairs: NDArray[np.int64], features: NDArray[np.float64],
                  under: NDArray[np.bool_], profiles: Callable[[int], Profile] | None) -> None:
    """The partial ratio of the pairs not ``under`` read into ``features`` (the others' set to 0.0: their rows'
    probabilities are not read)."""
    read = profiles or (lambda index: profile(encoded[index].text))
    features[under, PARTIAL_COLUMN] = 0.0
    rows = np.flatnonzero(~under)
    features[rows, PARTIAL_COLUMN] = [partial_ratio(read(i), read(j)) for i, j in pairs[rows].tolist()]
