"""Story grouping on labelled short-text streams: ``newsprism eval clusters PATH``.

PATH is JSON Lines, one item a line, ``{"text": ..., "cluster": ...}`` in stream order (GoogleNews-T / -S / -TS
of Yin and Wang, KDD 2014, are in this form). Each text is fed as an article's lead, in the file's order and
in a seeded shuffle, to

- ``newsprism``: :class:`~newsprism.stream.stories.StoryGrouper` with the sentence encoder's vectors;
- ``newsprism-lexical``: the same without embeddings (terms only: the configuration that must run at 500
  articles/s);
- ``tfidf``: the baseline, one pass of single-threshold clustering: each item joins the story whose TF-IDF
  centroid is nearest by cosine if that cosine reaches the threshold, else starts a story (IDF from the items
  seen so far, each item's vector weighted with the IDF of its arrival). Its threshold is the grid value with
  the best NMI on the calibration stories, in stream order.

Figures: NMI (arithmetic normalisation, as scikit-learn's default), ARI and B-cubed F1, on the whole file and
on the held-out stories alone (the stories with an odd crc32 of their label; the even ones calibrated
:class:`~newsprism.stream.stories.StoryConfig`), each in stream order and shuffled.
"""

from __future__ import annotations

import json
import math
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from newsprism.eval.results import NEWSPRISM, TFIDF, EvalError, EvalResult
from newsprism.nlp.encoder import Encoder
from newsprism.stream.features import StreamItem, item_features
from newsprism.stream.stories import StoryConfig, group_stories

DATASET = "clusters"
LEXICAL = "newsprism-lexical"
SHUFFLE_SEED = 20260913
STREAM, SHUFFLED = "stream order", "shuffled"
ALL, HELD_OUT = "all", "held-out stories"
THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.05), 2)
PUBLISHED_NMI = (("published one-pass stream methods, low end", 0.87),
                 ("published one-pass stream methods, high end", 0.92))
"""The range of NMI that one-pass stream clustering methods (MStream/MStreamF, Yin et al. KDD 2018; OSDM, Kumar et
al. 2020; FastStream, Kumar et al. 2021) report on the GoogleNews "News" streams, as our issue brief states it.
Printed beside our figures as *reported, not measured*: the papers' result tables could not be read offline
here, so no single paper's number is claimed."""
REPORTED = "reported in the literature (range), not measured"
ENCODE_BATCH = 256
"""Texts encoded at once: the encoder keeps every word piece's state of a batch, so a whole file at once would
hold hundreds of MB."""
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class LabelledText:
    text: str
    cluster: str

    @property
    def held_out(self) -> bool:
        return zlib.crc32(self.cluster.encode()) % 2 == 1


def read_clusters(path: Path) -> list[LabelledText]:
    """Read JSON Lines of {"text", "cluster"}; blank lines are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise EvalError(f"{path}: cannot read the file ({error})") from None
    items = [_item(path, number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    if len(items) < 2:
        raise EvalError(f"{path}: {len(items)} item(s); a stream to group needs at least 2")
    return items


def evaluate_clusters(path: Path, encoder: Encoder | None) -> list[EvalResult]:
    """Every system's figures on every part and order (see the module's docstring); timings go to stderr."""
    items = read_clusters(path)
    vectors = _encode(items, encoder) if encoder is not None else None
    threshold = _baseline_threshold(items)
    results = []
    for split, keep in ((ALL, [True] * len(items)), (HELD_OUT, [i.held_out for i in items])):
        chosen = [n for n, k in enumerate(keep) if k]
        if not chosen:
            continue
        for order, positions in ((STREAM, chosen), (SHUFFLED, _shuffled(chosen))):
            gold = [items[n].cluster for n in positions]
            label = f"{split}, {order}"
            if vectors is not None:
                results += _figures(NEWSPRISM, gold, _newsprism(items, positions, vectors, label), label)
            results += _figures(LEXICAL, gold, _newsprism(items, positions, None, label), label)
            results += _figures(f"{TFIDF} (threshold {threshold:g})", gold,
                                _single_pass(items, positions, threshold), label)
    return results + [EvalResult(DATASET, system, "nmi", value, REPORTED, 0) for system, value in PUBLISHED_NMI]


def partition_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """NMI, ARI and B-cubed F1 of a predicted partition against the gold one (one label per item each)."""
    table = _contingency(gold, predicted)
    return {"nmi": nmi(table), "ari": ari(table), "bcubed_f1": bcubed(table)[2]}


def nmi(table: NDArray[np.float64]) -> float:
    """Mutual information over the mean of the two entropies; 1 when both partitions are one cluster."""
    n = table.sum()
    rows, cols = table.sum(axis=1), table.sum(axis=0)
    h_gold, h_pred = _entropy(rows / n), _entropy(cols / n)
    if h_gold == 0 and h_pred == 0:
        return 1.0
    cells = table > 0
    joint = table[cells] / n
    outer = np.outer(rows, cols)[cells] / (n * n)
    mutual = float(np.sum(joint * np.log(joint / outer)))
    return max(0.0, mutual / ((h_gold + h_pred) / 2))


def ari(table: NDArray[np.float64]) -> float:
    """Hubert and Arabie's adjusted Rand index; 1 when the partitions are identical."""
    def pairs(x: NDArray[np.float64]) -> float:
        return float(np.sum(x * (x - 1) / 2))

    together, gold, pred = pairs(table), pairs(table.sum(axis=1)), pairs(table.sum(axis=0))
    total = pairs(np.array([table.sum()]))
    expected = gold * pred / total if total else 0.0
    best = (gold + pred) / 2
    return 1.0 if best == expected else (together - expected) / (best - expected)


def bcubed(table: NDArray[np.float64]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga and Baldwin 1998): per item, the share of its predicted cluster
    that shares its gold cluster (precision) and of its gold cluster that shares its predicted one (recall),
    averaged over items."""
    n = table.sum()
    squares = table * table
    precision = float(np.sum(squares / table.sum(axis=0)[np.newaxis, :]) / n)
    recall = float(np.sum(squares / table.sum(axis=1)[:, np.newaxis]) / n)
    return precision, recall, 2 * precision * recall / (precision + recall)


def _contingency(gold: Sequence[str], predicted: Sequence[str]) -> NDArray[np.float64]:
    if len(gold) != len(predicted) or not gold:
        raise ValueError("two partitions of the same, non-empty set of items are needed")
    g = {label: i for i, label in enumerate(dict.fromkeys(gold))}
    p = {label: i for i, label in enumerate(dict.fromkeys(predicted))}
    table = np.zeros((len(g), len(p)), dtype=np.float64)
    np.add.at(table, ([g[x] for x in gold], [p[x] for x in predicted]), 1.0)
    return table


def _entropy(p: NDArray[np.float64]) -> float:
    p = p[p > 0]
    return float(-np.sum(p * np.log(p)))


def _figures(system: str, gold: list[str], predicted: list[str], split: str) -> list[EvalResult]:
    scores = partition_scores(gold, predicted)
    return [EvalResult(DATASET, system, metric, value, split, len(gold)) for metric, value in scores.items()]


def _newsprism(items: list[LabelledText], positions: list[int], vectors: NDArray[np.float32] | None,
               label: str) -> list[str]:
    started = time.perf_counter()
    features = [item_features(StreamItem(str(n), "", items[n].text, vector=None if vectors is None else vectors[n]))
                for n in positions]
    result = group_stories(features, StoryConfig())
    elapsed = time.perf_counter() - started
    kind = "with embeddings (encoding not counted)" if vectors is not None else "terms only"
    print(f"clusters: {label}: grouped {len(positions)} items {kind} in {elapsed:.2f} s "
          f"({len(positions) / elapsed:.0f} items/s), {len(set(result.assignment.values()))} stories",
          file=sys.stderr)
    return [result.assignment[str(n)] for n in positions]


def _single_pass(items: list[LabelledText], positions: list[int], threshold: float) -> list[str]:
    """The baseline: single-threshold clustering on incremental TF-IDF centroids (see the module's docstring)."""
    df: Counter[str] = Counter()
    centroids: list[dict[str, float]] = []
    norms: list[float] = []
    index: dict[str, list[int]] = defaultdict(list)
    labels = []
    for seen, n in enumerate(positions, start=1):
        counts = Counter(_WORD.findall(items[n].text.lower()))
        df.update(counts.keys())
        vector = _unit({w: (1 + math.log(c)) * (math.log((1 + seen) / (1 + df[w])) + 1) for w, c in counts.items()})
        dots: dict[int, float] = defaultdict(float)
        for word, weight in vector.items():
            for cluster in index[word]:
                dots[cluster] += centroids[cluster].get(word, 0.0) * weight
        best = max(sorted(dots), key=lambda c: dots[c] / norms[c], default=None)
        if best is None or dots[best] / norms[best] < threshold:
            best = len(centroids)
            centroids.append({})
            norms.append(0.0)
            dots[best] = 0.0
        centroid = centroids[best]
        for word, weight in vector.items():
            if word not in centroid:
                index[word].append(best)
            centroid[word] = centroid.get(word, 0.0) + weight
        norms[best] = math.sqrt(norms[best] ** 2 + 2 * dots[best] + 1.0)
        labels.append(str(best))
    return labels


def _baseline_threshold(items: list[LabelledText]) -> float:
    calibration = [n for n, item in enumerate(items) if not item.held_out] or list(range(len(items)))
    gold = [items[n].cluster for n in calibration]
    scores = [nmi(_contingency(gold, _single_pass(items, calibration, float(t)))) for t in THRESHOLDS]
    return float(THRESHOLDS[int(np.argmax(scores))])


def _encode(items: list[LabelledText], encoder: Encoder) -> NDArray[np.float32]:
    started = time.perf_counter()
    texts = [item.text for item in items]
    vectors = np.concatenate([encoder.encode(texts[i:i + ENCODE_BATCH]).vectors
                              for i in range(0, len(texts), ENCODE_BATCH)])
    elapsed = time.perf_counter() - started
    print(f"clusters: encoded {len(texts)} texts in {elapsed:.1f} s ({len(texts) / elapsed:.0f} texts/s)",
          file=sys.stderr)
    return vectors.astype(np.float32)


def _shuffled(positions: list[int]) -> list[int]:
    order = np.random.default_rng(SHUFFLE_SEED).permutation(len(positions))
    return [positions[i] for i in order]


def _unit(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {w: v / norm for w, v in weights.items()}


def _item(path: Path, number: int, line: str) -> LabelledText:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise EvalError(f"{path}:{number}: not JSON ({error.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "cluster" not in record:
        raise EvalError(f"{path}:{number}: expected an object with a \"text\" string and a \"cluster\" label")
    return LabelledText(record["text"], str(record["cluster"]))
