"""Story grouping on labelled streams: ``newsprism eval clusters PATH [--config FILE]``.

PATH is a JSON Lines file, or a folder of them (one corpus each), one item a line: ``{"text", "cluster"}`` and
optionally ``"title"``, ``"published"`` and ``"url"``, in stream order (GoogleNews-T / -S / -TS of Yin and Wang,
KDD 2014, are in this form; :mod:`newsprism.eval.cluster_corpora` writes the real corpora in it). Each item is
cleaned and read as ingest reads an article (:mod:`newsprism.eval.cluster_stream`), in the file's order (and,
on the whole file, in a seeded shuffle too), and grouped by

- ``newsprism``: :class:`~newsprism.stream.stories.StoryGrouper` with the sentence encoder's vectors;
- ``newsprism-lexical``: the same without embeddings (terms, names and dates only: the configuration that must
  run at 500 articles/s);
- ``tfidf``: the baseline, one pass of single-threshold clustering over the title and raw text: each item joins
  the story whose TF-IDF centroid is nearest by cosine if that cosine reaches the threshold, else starts a story
  (IDF from the items seen so far, each item's vector weighted with the IDF of its arrival). Its threshold is the
  grid value with the best NMI on the calibration stories, in stream order.

Figures: NMI (arithmetic normalisation, as scikit-learn's default), ARI and B-cubed F1, per corpus, on all
stories, on the calibration stories (even crc32 of their label: what :class:`~newsprism.stream.stories.StoryConfig`
was tuned on) and on the held-out stories (odd crc32), in stream order; on all stories shuffled too. ``--config``
reads a JSON object of :class:`~newsprism.stream.stories.StoryConfig` fields (and optionally ``"features"``: of
:class:`~newsprism.stream.features.FeatureConfig`, ``"lead_words"``) to evaluate another setting.
"""

from __future__ import annotations

import math
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsprism.eval.cluster_stream import LabelledText, read_clusters, stream_items
from newsprism.eval.results import NEWSPRISM, TFIDF, EvalError, EvalResult, read_json_object
from newsprism.nlp.encoder import Encoder
from newsprism.stream.features import FeatureConfig, ItemFeatures, StreamItem, item_features
from newsprism.stream.stories import StoryConfig, group_stories

__all__ = ["GroupingSetting", "LabelledText", "evaluate_clusters", "partition_scores", "read_clusters",
           "read_setting"]

DATASET = "clusters"
LEXICAL = "newsprism-lexical"
SHUFFLE_SEED = 20260913
STREAM, SHUFFLED = "stream order", "shuffled"
ALL, DEV, HELD_OUT = "all", "calibration stories", "held-out stories"
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
class GroupingSetting:
    """What the evaluated grouping reads and decides with (ingest's defaults unless ``--config`` says)."""

    stories: StoryConfig = field(default_factory=StoryConfig)
    features: FeatureConfig = field(default_factory=FeatureConfig)
    lead_words: int = 60
    """as :attr:`newsprism.stream.options.StreamConfig.lead_words`"""


def read_setting(path: Path) -> GroupingSetting:
    """A JSON object of StoryConfig fields, optionally with "features" (FeatureConfig fields) and "lead_words"."""
    record = read_json_object(path, "a JSON object of StoryConfig fields")
    features = record.pop("features", {})
    lead_words = record.pop("lead_words", GroupingSetting.lead_words)
    if not isinstance(features, dict) or not isinstance(lead_words, int) or lead_words < 1:
        raise EvalError(f"{path}: \"features\" must be an object and \"lead_words\" a positive integer")
    return GroupingSetting(_fill(path, StoryConfig(), record), _fill(path, FeatureConfig(), features), lead_words)


def _fill(path: Path, default: Any, values: dict[str, Any]) -> Any:
    known = {f.name: type(getattr(default, f.name)) for f in fields(default)}
    for key, value in values.items():
        if key not in known:
            raise EvalError(f"{path}: {key!r} is no field of {type(default).__name__} ({', '.join(known)})")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise EvalError(f"{path}: {key!r} must be a number")
    return replace(default, **values)


def evaluate_clusters(path: Path, encoder: Encoder | None,
                      setting: GroupingSetting = GroupingSetting()) -> list[EvalResult]:
    """Every system's figures on every corpus, part and order (see the module's docstring); timings to stderr."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise EvalError(f"{path}: no .jsonl file in the folder")
    results = [r for file in files for r in _corpus(file, encoder, setting, prefix=len(files) > 1)]
    return results + [EvalResult(DATASET, system, "nmi", value, REPORTED, 0) for system, value in PUBLISHED_NMI]


def _corpus(path: Path, encoder: Encoder | None, setting: GroupingSetting, prefix: bool) -> list[EvalResult]:
    items = read_clusters(path)
    streamed = stream_items(items, setting.lead_words)
    vectors = _encode(streamed, encoder) if encoder is not None else None
    threshold = _baseline_threshold(items)
    name = f"{path.stem}: " if prefix else ""
    results = []
    for split, order, positions in _parts(items):
        gold = [items[n].cluster for n in positions]
        label = f"{name}{split}, {order}"
        for system, vecs in ((NEWSPRISM, vectors), (LEXICAL, None)):
            if system == NEWSPRISM and vectors is None:
                continue
            results += _figures(system, gold, _newsprism(streamed, positions, vecs, label, setting), label)
        results += _figures(f"{TFIDF} (threshold {threshold:g})", gold, _single_pass(items, positions, threshold),
                            label)
    return results


def _parts(items: list[LabelledText]) -> list[tuple[str, str, list[int]]]:
    everything = list(range(len(items)))
    parts = [(ALL, STREAM, everything), (ALL, SHUFFLED, _shuffled(everything))]
    for split, held in ((DEV, False), (HELD_OUT, True)):
        chosen = [n for n in everything if items[n].held_out == held]
        if chosen:
            parts.append((split, STREAM, chosen))
    return parts


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


def _newsprism(streamed: list[StreamItem], positions: list[int], vectors: NDArray[np.float32] | None,
               label: str, setting: GroupingSetting) -> list[str]:
    started = time.perf_counter()
    features = [_features(streamed[n], None if vectors is None else vectors[n], setting.features) for n in positions]
    result = group_stories(features, setting.stories)
    elapsed = time.perf_counter() - started
    kind = "with embeddings (encoding not counted)" if vectors is not None else "terms only"
    splits = sum(d.kind == "split" for d in result.decisions)
    print(f"clusters: {label}: grouped {len(positions)} items {kind} in {elapsed:.2f} s "
          f"({len(positions) / elapsed:.0f} items/s), {len(set(result.assignment.values()))} stories, "
          f"{splits} splits", file=sys.stderr)
    return [result.assignment[streamed[n].id] for n in positions]


def _features(item: StreamItem, vector: NDArray[np.float32] | None, config: FeatureConfig) -> ItemFeatures:
    return item_features(replace(item, vector=vector), config)


def _single_pass(items: list[LabelledText], positions: list[int], threshold: float) -> list[str]:
    """The baseline: single-threshold clustering on incremental TF-IDF centroids (see the module's docstring).
    Each word keeps its centroid weights as arrays (:class:`_Postings`), so an item's dot products with every
    centroid are one vectorised add per word."""
    df: Counter[str] = Counter()
    postings: dict[str, _Postings] = {}
    norms: list[float] = []
    dots = np.zeros(max(1, len(positions)), dtype=np.float64)
    labels = []
    for seen, n in enumerate(positions, start=1):
        counts = Counter(_WORD.findall(items[n].baseline_text.lower()))
        df.update(counts.keys())
        vector = _unit({w: (1 + math.log(c)) * (math.log((1 + seen) / (1 + df[w])) + 1) for w, c in counts.items()})
        clusters = len(norms)
        dots[:clusters] = 0.0
        for word, weight in vector.items():
            if word in postings:
                postings[word].accumulate(dots, weight)
        best = int(np.argmax(dots[:clusters] / np.array(norms))) if clusters else -1
        if best < 0 or dots[best] / norms[best] < threshold:
            best = clusters
            norms.append(0.0)
            dots[best] = 0.0
        for word, weight in vector.items():
            postings.setdefault(word, _Postings()).add(best, weight)
        norms[best] = math.sqrt(norms[best] ** 2 + 2 * dots[best] + 1.0)
        labels.append(str(best))
    return labels


class _Postings:
    """One word's weight in every centroid holding it: cluster numbers and weights in growing arrays."""

    def __init__(self) -> None:
        self.clusters = np.zeros(4, dtype=np.int64)
        self.weights = np.zeros(4, dtype=np.float64)
        self.size = 0
        self.where: dict[int, int] = {}

    def accumulate(self, dots: NDArray[np.float64], weight: float) -> None:
        dots[self.clusters[:self.size]] += self.weights[:self.size] * weight

    def add(self, cluster: int, weight: float) -> None:
        at = self.where.get(cluster)
        if at is None:
            if self.size == len(self.clusters):
                self.clusters = np.resize(self.clusters, 2 * self.size)
                self.weights = np.resize(self.weights, 2 * self.size)
            at = self.where[cluster] = self.size
            self.clusters[at], self.weights[at] = cluster, 0.0
            self.size += 1
        self.weights[at] += weight


def _baseline_threshold(items: list[LabelledText]) -> float:
    calibration = [n for n, item in enumerate(items) if not item.held_out] or list(range(len(items)))
    gold = [items[n].cluster for n in calibration]
    scores = [nmi(_contingency(gold, _single_pass(items, calibration, float(t)))) for t in THRESHOLDS]
    return float(THRESHOLDS[int(np.argmax(scores))])


def _encode(streamed: list[StreamItem], encoder: Encoder) -> NDArray[np.float32]:
    """The vectors ingest would give: of each item's title and lead."""
    from newsprism.stream.prepare import embed

    started = time.perf_counter()
    vectors = [v for i in range(0, len(streamed), ENCODE_BATCH) for v in embed(streamed[i:i + ENCODE_BATCH], encoder)]
    elapsed = time.perf_counter() - started
    print(f"clusters: encoded {len(streamed)} titles and leads in {elapsed:.1f} s "
          f"({len(streamed) / elapsed:.0f} texts/s)", file=sys.stderr)
    return np.stack([np.asarray(v, dtype=np.float32) for v in vectors if v is not None])


def _shuffled(positions: list[int]) -> list[int]:
    order = np.random.default_rng(SHUFFLE_SEED).permutation(len(positions))
    return [positions[i] for i in order]


def _unit(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {w: v / norm for w, v in weights.items()}
