"""Near-duplicate detection on a planted-duplicate corpus: are reprints and rewrites grouped with their original?

PATH is a JSON Lines corpus made by ``python -m newsprism.eval.planted`` (real PolNeAR and NeuS/AllSides
articles with reprints and rewrites planted in; each line ``{"id", "text", "published", "url", "outlet",
"credit", "group", "kind", "base"}``). The whole corpus goes through
:func:`~newsprism.stream.dedup.find_duplicates` in published order, 1,024 articles a batch, as stream mode runs.

Half of the base articles (crc32 of the base id odd) and every copy of them are *held out*: the thresholds of
:class:`~newsprism.stream.dedup.DedupConfig` were chosen on the other half (``python -m newsprism.eval.dedup
CORPUS`` prints that sweep again), and the figures are over the held-out half:

- ``pair_precision`` / ``pair_recall``: over unordered pairs of articles in one group, predicted pairs touching a
  held-out article against gold pairs of held-out articles;
- ``reprint_recall`` / ``rewrite_recall``: gold (original, copy) pairs of that kind predicted in one group;
  ``reprint_precision`` / ``rewrite_precision``: predicted (original, member of that kind) pairs in one gold
  group;
- ``group_exact``: gold groups of two or more predicted with exactly their members;
- ``original_accuracy``: gold groups whose original is the original of the predicted group holding it.

The baseline ``fingerprint`` groups articles with equal :func:`~newsprism.stream.fingerprint.fingerprint`
(normalised text), the earliest as original, every copy a reprint.

Measured on the corpus of ``python -m newsprism.eval.planted ../shared/data/polnear/data
../shared/data/neus_allsides/train.source ../shared/data/neus_allsides/val.source`` (seed 2016: 24,853
articles, 8,874 bases; 10 s): pair precision 0.996 and recall 0.981; reprints precision 0.999, recall 1.000;
rewrites precision 0.994, recall 0.959; exact groups 0.961; originals 0.999. Fingerprints: pair recall 0.052,
reprint recall 0.155, no rewrite.
"""

from __future__ import annotations

import json
import sys
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from newsprism.arrays import unique_pairs
from newsprism.eval.results import NEWSPRISM, EvalError, EvalResult
from newsprism.stream.dedup import DAY, Deduplicator, find_duplicates
from newsprism.stream.dedup_records import DedupConfig, DedupItem, DuplicateGroup
from newsprism.stream.fingerprint import text_fingerprint
from newsprism.stream.lsh import band_keys, bucket_pairs
from newsprism.stream.minhash import estimate_containment, estimate_jaccard

DATASET = "dedup"
BASELINE = "fingerprint"
HELD_OUT = "held-out"
FIELDS = ("id", "text", "published", "group", "kind", "base")
Pair = tuple[str, str]


@dataclass(frozen=True)
class PlantedArticle:
    id: str
    text: str
    published: float
    outlet: str | None
    credit: str | None
    group: str
    kind: str
    base: str

    @property
    def held_out(self) -> bool:
        return zlib.crc32(self.base.encode("utf-8")) % 2 == 1


@dataclass(frozen=True)
class Grouping:
    """A system's answer: each article's group number, each group's original, each member's kind."""

    group: dict[str, int]
    original: dict[int, str]
    kind: dict[str, str]


def read_corpus(path: Path) -> list[PlantedArticle]:
    """Read a planted corpus (JSON Lines with the fields of :data:`FIELDS`)."""
    if not path.is_file():
        raise EvalError(f"{path}: no such file; make one with python -m newsprism.eval.planted")
    articles = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                articles.append(_article(path, number, line))
    if not any(a.held_out for a in articles) or all(a.held_out for a in articles):
        raise EvalError(f"{path}: {len(articles)} articles leave no held-out or no calibration half")
    return articles


def _article(path: Path, number: int, line: str) -> PlantedArticle:
    try:
        record = json.loads(line)
        missing = [f for f in FIELDS if not isinstance(record.get(f), str)]
        if missing:
            raise ValueError(f"missing string field(s) {', '.join(missing)}")
        published = datetime.fromisoformat(record["published"]).timestamp()
    except ValueError as error:
        raise EvalError(f"{path}:{number}: not a planted-corpus record ({error})") from None
    return PlantedArticle(record["id"], record["text"], published, record.get("outlet"), record.get("credit"),
                          record["group"], record["kind"], record["base"])


def items(corpus: Sequence[PlantedArticle]) -> list[DedupItem]:
    return [DedupItem(a.id, a.text, a.published, a.outlet, a.credit) for a in corpus]


def evaluate_dedup(path: Path) -> list[EvalResult]:
    """The figures of newsprism's dedup and of the fingerprint baseline on the held-out half."""
    corpus = read_corpus(path)
    system = from_groups(find_duplicates(items(corpus)))
    return figures(NEWSPRISM, corpus, system) + figures(BASELINE, corpus, fingerprint_groups(corpus))


def from_groups(groups: Iterable[DuplicateGroup]) -> Grouping:
    grouping = Grouping({}, {}, {})
    for number, found in enumerate(groups):
        grouping.original[number] = found.original
        for member, kind in found.kinds:
            grouping.group[member] = number
            grouping.kind[member] = kind
    return grouping


def fingerprint_groups(corpus: Sequence[PlantedArticle]) -> Grouping:
    """Articles with equal fingerprints, the earliest as original."""
    by_print: dict[str, list[PlantedArticle]] = defaultdict(list)
    for article in corpus:
        by_print[text_fingerprint(article.text)].append(article)
    groups = [sorted(g, key=lambda a: (a.published, a.id)) for g in by_print.values() if len(g) > 1]
    grouping = Grouping({}, {}, {})
    for number, members in enumerate(groups):
        grouping.original[number] = members[0].id
        for position, article in enumerate(members):
            grouping.group[article.id] = number
            grouping.kind[article.id] = "reprint" if position else "original"
    return grouping


def figures(system: str, corpus: Sequence[PlantedArticle], found: Grouping) -> list[EvalResult]:
    """Every figure of the module docstring for one system's grouping, on the held-out half."""
    held = {a.id for a in corpus if a.held_out}
    gold = _gold_groups(corpus, held)
    predicted = defaultdict(list)
    for member, number in found.group.items():
        predicted[number].append(member)
    predicted_pairs = {p for members in predicted.values() for p in _pairs(members) if held & set(p)}
    gold_pairs = {p for members in gold.values() for p in _pairs(members)}
    results = [_share(system, "pair_precision", predicted_pairs, gold_pairs),
               _share(system, "pair_recall", gold_pairs, predicted_pairs)]
    by_id = {a.id: a for a in corpus}
    for kind in ("reprint", "rewrite"):
        gold_kind = {_pair(by_id[a].group, a) for a in held if by_id[a].kind == kind}
        found_kind = {_pair(found.original[found.group[m]], m) for m in found.group
                      if found.kind[m] == kind and held & {m, found.original[found.group[m]]}}
        results += [_share(system, f"{kind}_precision", found_kind, gold_pairs),
                    _share(system, f"{kind}_recall", gold_kind, predicted_pairs)]
    exact = sum(1 for members in gold.values() if _exact(members, found, predicted))
    originals = sum(1 for base in gold if base in found.group and found.original[found.group[base]] == base)
    return [*results, EvalResult(DATASET, system, "group_exact", exact / max(len(gold), 1), HELD_OUT, len(gold)),
            EvalResult(DATASET, system, "original_accuracy", originals / max(len(gold), 1), HELD_OUT, len(gold))]


def _gold_groups(corpus: Sequence[PlantedArticle], held: set[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for article in corpus:
        if article.id in held:
            groups[article.group].append(article.id)
    return {base: members for base, members in groups.items() if len(members) > 1}


def _exact(members: list[str], found: Grouping, predicted: dict[int, list[str]]) -> bool:
    number = found.group.get(members[0])
    return number is not None and sorted(predicted[number]) == sorted(members)


def _share(system: str, metric: str, pairs: set[Pair], among: set[Pair]) -> EvalResult:
    """The share of ``pairs`` that are in ``among`` (0 for no pairs)."""
    return EvalResult(DATASET, system, metric, len(pairs & among) / len(pairs) if pairs else 0.0, HELD_OUT,
                      len(pairs))


def _pairs(members: Sequence[str]) -> list[Pair]:
    ordered = sorted(members)
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:]]


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def calibration_pairs(corpus: Sequence[PlantedArticle], config: DedupConfig) -> dict[str, NDArray[np.float64]]:
    """The candidate pairs of the calibration half (both LSH indexes, within the window) with their evidence and
    gold relation (0 different articles, 1 reprint, 2 rewrite: a pair with a rewrite in it)."""
    part = [a for a in corpus if not a.held_out]
    batch = Deduplicator(config).read(items(part))
    found = [bucket_pairs(band_keys(signatures, config.bands, config.rows)[:, band])
             for signatures in (batch.shingles, batch.content) for band in range(config.bands)]
    pairs = unique_pairs(np.concatenate(found))
    a, b = pairs[np.abs(batch.times[pairs[:, 0]] - batch.times[pairs[:, 1]]) <= config.window_days * DAY].T
    shingle_j = estimate_jaccard(batch.shingles[a], batch.shingles[b])
    same = np.array([part[i].group == part[j].group for i, j in zip(a, b, strict=True)])
    rewrite = np.array(["rewrite" in (part[i].kind, part[j].kind) for i, j in zip(a, b, strict=True)])
    return {"shingle_jaccard": shingle_j, "relation": np.where(same, np.where(rewrite, 2.0, 1.0), 0.0),
            "containment": estimate_containment(shingle_j, batch.shingle_size[a], batch.shingle_size[b]),
            "content_jaccard": estimate_jaccard(batch.content[a], batch.content[b])}


def print_sweep(corpus: Sequence[PlantedArticle], config: DedupConfig | None = None) -> None:
    """For each evidence and threshold: the share of reprint and rewrite candidate pairs at or above it, and the
    number of pairs of different articles at or above it (calibration half)."""
    features = calibration_pairs(corpus, config or DedupConfig())
    relation = features.pop("relation")
    print(f"candidate pairs: {int(np.sum(relation == 1))} reprint, {int(np.sum(relation == 2))} rewrite, "
          f"{int(np.sum(relation == 0))} different articles")
    for name, values in features.items():
        for threshold in np.arange(0.1, 1.0, 0.05):
            above = values >= threshold
            print(f"{name} >= {threshold:.2f}: reprint {np.mean(above[relation == 1]):.3f}  rewrite "
                  f"{np.mean(above[relation == 2]):.3f}  different {int(np.sum(above[relation == 0]))}")


if __name__ == "__main__":
    print_sweep(read_corpus(Path(sys.argv[1])))
