"""SemEval-2022 Task 8 (multilingual news article similarity), English pairs: do article similarities rank
pairs of articles as the annotators did?

The annotators' Overall score runs from 1 (very similar) to 4 (very dissimilar); the
reported Pearson correlation is taken against its negation, so higher is better. Nothing
is fitted on this file: every pair is scored (split 'all').
"""

from __future__ import annotations

import csv
import itertools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsprism.align.similarity import article_similarity
from newsprism.eval.metrics import pearson
from newsprism.eval.results import NEWSPRISM, TFIDF, EvalError, EvalResult
from newsprism.eval.tfidf import Tfidf
from newsprism.nlp.encoder import Encoder

DATASET = "semeval8"
COLUMNS = ("pair_id", "lang1", "lang2", "text1", "text2", "Overall")
MAX_SENTENCES = 10
"""Sentences embedded per article: with article_similarity's lead weighting (each sentence half the one before)
the 11th would weigh 0.1 % of the first."""
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)\]]))\s+(?=[\"'“‘(\[]?[A-Z0-9])|\s{2,}|\n+")
"""A light splitter: after . ! ? (and closing quotes) before a capital or digit, and at blank runs — the
dataset's titles are glued to the text by two spaces or a line break."""


@dataclass(frozen=True)
class ArticlePair:
    pair_id: str
    first: str
    second: str
    overall: float
    """1 = very similar ... 4 = very dissimilar (mean of the annotators)"""


def read_semeval(path: Path) -> list[ArticlePair]:
    """English-English pairs of a SemEval-2022 Task 8 CSV, one per pair_id (the first row of each)."""
    csv.field_size_limit(sys.maxsize)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise EvalError(f"{path}: cannot read the SemEval CSV ({error})") from None
    missing = [c for c in COLUMNS if not rows or c not in rows[0]]
    if missing:
        raise EvalError(f"{path}: not a SemEval-2022 Task 8 CSV: no column(s) {', '.join(missing)}")
    pairs: dict[str, ArticlePair] = {}
    for number, row in enumerate(rows, start=2):
        if row["lang1"] == row["lang2"] == "en" and row["pair_id"] not in pairs:
            pairs[row["pair_id"]] = ArticlePair(row["pair_id"], row["text1"], row["text2"],
                                                _score(path, number, row["Overall"]))
    if len(pairs) < 2:
        raise EvalError(f"{path}: {len(pairs)} English-English pair(s); a correlation needs at least 2")
    return list(pairs.values())


def split_sentences(text: str) -> list[str]:
    """The article's first MAX_SENTENCES sentences (title first when it leads the text)."""
    parts = (part.strip() for part in _SENTENCE_END.split(text))
    return [part for part in parts if len(part) >= 3][:MAX_SENTENCES]


def evaluate_semeval(path: Path, encoder: Encoder) -> list[EvalResult]:
    pairs = read_semeval(path)
    target = -np.array([p.overall for p in pairs])
    articles = [split_sentences(text) for p in pairs for text in (p.first, p.second)]
    vectors = encoder.encode([s for sentences in articles for s in sentences]).vectors
    bounds = np.cumsum([0] + [len(sentences) for sentences in articles])
    per_article = [vectors[start:end] for start, end in itertools.pairwise(bounds)]
    ours = np.array([article_similarity(per_article[2 * i], per_article[2 * i + 1]) for i in range(len(pairs))])
    texts = [text for p in pairs for text in (p.first, p.second)]
    baseline = Tfidf(texts).cosine(texts[0::2], texts[1::2])
    return [EvalResult(DATASET, system, "pearson", pearson(scores, target), "all", len(pairs))
            for system, scores in ((NEWSPRISM, ours), (TFIDF, baseline))]


def _score(path: Path, number: int, value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise EvalError(f"{path}: row {number}: Overall {value!r} is not a number") from None
