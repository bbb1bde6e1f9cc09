"""MSRP (Microsoft Research Paraphrase Corpus): does the same-statement model tell paraphrases apart?

A file holds sentence pairs from different news sources with a label, paraphrase or not.
One pair in five (chosen by a hash of the two sentence ids, so the same pair always
falls on the same side, in any file of this format) is held out: ``--fit`` fits on the
other four and evaluation reports on the held-out fifth. The TF-IDF baseline's
threshold is chosen on the fit part too.
"""

from __future__ import annotations

import csv
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from newsprism.align.contradiction import contradictions
from newsprism.align.features import feature_matrix
from newsprism.align.similarity import SAME_STATEMENT_THRESHOLD, SameStatementModel, score_pairs
from newsprism.eval.metrics import accuracy, best_threshold, f1
from newsprism.eval.results import NEWSPRISM, TFIDF, EvalError, EvalResult
from newsprism.eval.tfidf import Tfidf
from newsprism.nlp.encoder import EncodedText, Encoder

DATASET = "msrp"
HEADER = ("Quality", "#1 ID", "#2 ID", "#1 String", "#2 String")
HELD_OUT_ONE_IN = 5
"""A pair is held out when crc32("<#1 ID>-<#2 ID>") is a multiple of 5: 20 % of the pairs (793 of 4,076 in
msr_paraphrase_train.txt)."""
HELD_OUT, FIT_CV = "held-out", "fit (5-fold cross-validation)"


@dataclass(frozen=True)
class ParaphrasePair:
    first_id: str
    second_id: str
    first: str
    second: str
    paraphrase: bool

    @property
    def held_out(self) -> bool:
        return zlib.crc32(f"{self.first_id}-{self.second_id}".encode()) % HELD_OUT_ONE_IN == 0


@dataclass(frozen=True)
class PreparedFile:
    """A file's pairs with what every system needs: gold labels, the held-out mask, the model's features."""

    pairs: list[ParaphrasePair]
    gold: NDArray[np.bool_]
    held: NDArray[np.bool_]
    cosine: NDArray[np.float32]
    features: NDArray[np.float64]
    encoded: dict[str, EncodedText]
    """each sentence as the encoder read it"""


def read_msrp(path: Path) -> list[ParaphrasePair]:
    """Read a tab-separated MSRP file (header Quality, #1 ID, #2 ID, #1 String, #2 String)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError) as error:
        raise EvalError(f"{path}: cannot read the MSRP file ({error})") from None
    if not rows or tuple(cell.strip() for cell in rows[0]) != HEADER:
        raise EvalError(f"{path}: not an MSRP file: the first line must be the tab-separated header "
                        f"{' | '.join(HEADER)}")
    return [_pair(path, number, row) for number, row in enumerate(rows[1:], start=2) if row]


def prepare(path: Path, encoder: Encoder) -> PreparedFile:
    """Read the file, embed its sentences once and compute the model's features for every pair."""
    pairs = read_msrp(path)
    held = np.array([p.held_out for p in pairs], dtype=bool)
    if held.all() or not held.any():
        raise EvalError(f"{path}: {len(pairs)} pairs leave no fit part or no held-out part; give a larger file")
    texts = sorted({t for p in pairs for t in (p.first, p.second)})
    encoding = encoder.encode(texts)
    vectors = dict(zip(texts, encoding.vectors, strict=True))
    encoded = dict(zip(texts, encoding.texts, strict=True))
    cosine = np.array([vectors[p.first] @ vectors[p.second] for p in pairs], dtype=np.float32)
    features = feature_matrix([encoded[p.first] for p in pairs], [encoded[p.second] for p in pairs], cosine)
    gold = np.array([p.paraphrase for p in pairs], dtype=bool)
    return PreparedFile(pairs, gold, held, cosine, features, encoded)


def evaluate_model(data: PreparedFile, model: SameStatementModel) -> list[EvalResult]:
    """Accuracy and F1 on the held-out part of same-statement decisions with this model."""
    held = [p for p in data.pairs if p.held_out]
    first, second = [data.encoded[p.first] for p in held], [data.encoded[p.second] for p in held]
    scores = score_pairs(model, first, second, data.cosine[data.held])
    return _figures(NEWSPRISM, scores >= SAME_STATEMENT_THRESHOLD, data.gold[data.held])


def evaluate_tfidf(data: PreparedFile) -> list[EvalResult]:
    """TF-IDF cosine (IDF from all the file's sentences), thresholded where accuracy + F1 is highest on the fit part;
    accuracy and F1 on the held-out part."""
    firsts, seconds = [p.first for p in data.pairs], [p.second for p in data.pairs]
    scores = Tfidf(firsts + seconds).cosine(firsts, seconds)
    threshold = best_threshold(scores[~data.held], data.gold[~data.held])
    return _figures(TFIDF, scores[data.held] >= threshold, data.gold[data.held])


def cross_validated(data: PreparedFile, out_of_fold: NDArray[np.bool_]) -> list[EvalResult]:
    """Figures of the out-of-fold decisions on the fit part (minimal contradictions overruled, as in
    :func:`~newsprism.align.similarity.same_statement`), as ``--fit`` reports them."""
    fit = [p for p in data.pairs if not p.held_out]
    decided = out_of_fold & ~contradictions([p.first for p in fit], [p.second for p in fit])
    return _figures(NEWSPRISM, decided, data.gold[~data.held], FIT_CV)


def _figures(system: str, predicted: NDArray[np.bool_], gold: NDArray[np.bool_],
             split: str = HELD_OUT) -> list[EvalResult]:
    return [EvalResult(DATASET, system, "accuracy", accuracy(predicted, gold), split, len(gold)),
            EvalResult(DATASET, system, "f1", f1(predicted, gold), split, len(gold))]


def _pair(path: Path, number: int, row: list[str]) -> ParaphrasePair:
    if len(row) != len(HEADER) or row[0].strip() not in ("0", "1"):
        raise EvalError(f"{path}:{number}: expected 5 tab-separated fields with Quality 0 or 1, got {len(row)} "
                        f"field(s) starting {row[0][:20]!r}")
    return ParaphrasePair(row[1].strip(), row[2].strip(), row[3].strip(), row[4].strip(), row[0].strip() == "1")
