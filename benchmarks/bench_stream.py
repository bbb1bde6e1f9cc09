"""Benchmark the stream (`newsprism ingest`): throughput and peak memory at growing sizes, per executor.

Usage::

    .venv/bin/python benchmarks/bench_stream.py [--sizes 1000 10000 100000] [--data CORPUS.jsonl]
        [--executors local processes ray] [--full-max N] [--json]

Articles: ``--data`` is a JSON Lines corpus (e.g. the planted corpus of ``python -m newsprism.eval.planted
POLNEAR_DIR NEUS_SOURCE... -o corpus.jsonl``); without it, :func:`newsprism.stream.synthetic.synthetic_stream`.
Written as JSON Lines files of 5,000 articles
(one input may not pass 20 MB). A size larger than the corpus repeats it, each repetition with new ids and
URLs and 60 days later (beyond every window), so nothing is a copy across repetitions.

Measured, each in a fresh process (so that its peak RSS is its own):

* ``core``: dedup + story grouping alone, no embeddings: the articles' texts are read as they are (no
  cleaning) and signed first (signatures, terms: untimed), then :func:`newsprism.stream.place.place` runs batch
  by batch. One process: both steps are sequential on the driver in every executor.
* ``full/EXECUTOR``: the whole ingest into a fresh SQLite store, no embeddings, no analysis: read, clean,
  fingerprint, sign, dedup, group, write. ``local`` (one process), ``processes`` (a pool of 2) and ``ray``
  (2 CPUs). Sizes above ``--full-max`` are skipped (cleaning dominates: see benchmarks/README.md).
* ``embed``: the per-article cost of the MiniLM embedding of title and lead, on 512 articles.

Peak memory: ``ru_maxrss`` of the measuring process (for the pool and Ray, the largest worker is given too).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newsprism.stream.synthetic import synthetic_stream

BATCH = 256
SHARD = 5000
CPUS = 2


def corpus(data: Path | None, size: int, out: Path) -> Path:
    """A folder of ``size`` articles in JSON Lines files of :data:`SHARD` (one input is limited to 20 MB)."""
    from datetime import datetime, timedelta

    base = ([json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()] if data
            else [a.record() for a in synthetic_stream(min(size, 20_000), seed=1)])
    base.sort(key=lambda r: str(r.get("published") or ""))
    out.mkdir(parents=True, exist_ok=True)
    shards = [(out / f"part-{n // SHARD:04d}.jsonl").open("w", encoding="utf-8") for n in range(0, size, SHARD)]
    try:
        for n in range(size):
            record = dict(base[n % len(base)])
            round_ = n // len(base)
            if round_:
                record["id"] = f"{record.get('id', 'a')}-r{round_}"
                record["url"] = f"{record.get('url') or 'https://bench.example/a'}?r={round_}"
                if record.get("published"):
                    stamp = datetime.fromisoformat(str(record["published"]).replace("Z", "+00:00"))
                    record["published"] = (stamp + timedelta(days=60 * round_)).isoformat()
                record["text"] = f"{record.get('text', '')}\n\nEdition {round_}."
            shards[n // SHARD].write(json.dumps(record) + "\n")
    finally:
        for shard in shards:
            shard.close()
    return out


def peak_mb() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": round(own, 1), "worker_peak_mb": round(workers, 1)}


def measure_core(path: Path) -> dict[str, Any]:
    from newsprism.model import Article
    from newsprism.stream.dedup import Deduplicator
    from newsprism.stream.executor import chunked
    from newsprism.stream.options import StreamConfig
    from newsprism.stream.place import place
    from newsprism.stream.prepare import Fresh, read_articles
    from newsprism.stream.reading import Counter, classify, read_sources
    from newsprism.stream.state import StreamState
    from newsprism.stream.stories import StoryGrouper

    config = StreamConfig(batch_size=BATCH, embeddings=False, analyse=False)
    state = StreamState(Deduplicator(config.dedup), StoryGrouper(config.stories))
    raws = read_sources([str(path)], config.pipeline.ingest, print)
    entries = [e for e in classify(raws, state, Counter()) if isinstance(e, Fresh)]
    articles = [(e, Article(id=e.raw.id, source=e.raw.source, format=e.raw.format, text=e.raw.text or "",
                            title=e.raw.title, published=e.raw.published, outlet=e.raw.outlet)) for e in entries]
    batches = [read_articles(chunk, config) for chunk in chunked(articles, BATCH)]
    started = time.perf_counter()
    placed = 0
    for outcomes in batches:
        plan = place(outcomes, state)
        state.batch += 1
        state.position += len(plan.placed)
        placed += len(plan.placed)
    seconds = time.perf_counter() - started
    return {"articles": placed, "seconds": round(seconds, 2), "articles_per_s": round(placed / seconds, 1),
            "stories": len(state.grouper.result().stories), "links": len(state.dedup.links), **peak_mb()}


def measure_full(path: Path, executor_name: str, store: Path) -> dict[str, Any]:
    from newsprism.store import open_store
    from newsprism.stream.executor import Executor, LocalExecutor, ProcessExecutor
    from newsprism.stream.options import StreamConfig
    from newsprism.stream.runner import ingest_stream

    config = StreamConfig(batch_size=BATCH, embeddings=False, analyse=False, workers=CPUS)
    executor: Executor
    if executor_name == "ray":
        from newsprism.stream.ray_executor import RayExecutor

        executor = RayExecutor(config)
    else:
        executor = ProcessExecutor(config) if executor_name == "processes" else LocalExecutor(config)
    with open_store(store) as opened:
        summary = ingest_stream([str(path)], opened, config, executor)
    executor.close()
    return {"articles": summary.added, "seconds": round(summary.seconds, 2),
            "articles_per_s": round(summary.added / summary.seconds, 1), **peak_mb()}


def measure_embed(path: Path) -> dict[str, Any]:
    from itertools import islice

    from newsprism.config import IngestConfig
    from newsprism.nlp.encoder import load_encoder
    from newsprism.stream.features import StreamItem
    from newsprism.stream.prepare import embed, lead
    from newsprism.stream.reading import read_sources

    raws = islice(read_sources([str(path)], IngestConfig(), print), 512)
    items = [StreamItem(r.id, r.title or "", lead(r.text or "", 60)) for r in raws]
    encoder = load_encoder(None)
    embed(items[:16], encoder)
    started = time.perf_counter()
    embed(items, encoder)
    seconds = time.perf_counter() - started
    return {"articles": len(items), "ms_per_article": round(1000 * seconds / len(items), 2), **peak_mb()}


def run_one(args: list[str]) -> dict[str, Any]:
    """One measurement in a fresh process."""
    done = subprocess.run([sys.executable, __file__, "--one", *args], capture_output=True, text=True, check=False,
                          env={**os.environ, "RAY_USAGE_STATS_ENABLED": "0"})
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--data", type=Path)
    parser.add_argument("--executors", nargs="+", default=["local", "processes", "ray"])
    parser.add_argument("--full-max", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        mode, path = args.one[0], Path(args.one[1])
        result = (measure_core(path) if mode == "core" else measure_embed(path) if mode == "embed"
                  else measure_full(path, mode.split("/")[1], Path(args.one[2])))
        print(json.dumps(result))
        return
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = corpus(args.data, size, Path(folder) / f"corpus-{size}")
            modes = ["core"] + [f"full/{e}" for e in args.executors if size <= args.full_max]
            for mode in modes:
                store = Path(folder) / f"{mode.replace('/', '-')}-{size}.db"
                result = run_one([mode, str(path), str(store)])
                rows.append({"size": size, "mode": mode, **result})
                print(json.dumps(rows[-1]) if args.json else _line(rows[-1]), flush=True)
        embedding = run_one(["embed", str(path)])
        rows.append({"size": min(512, args.sizes[-1]), "mode": "embed", **embedding})
        print(json.dumps(rows[-1]) if args.json else _line(rows[-1]), flush=True)


def _line(row: dict[str, Any]) -> str:
    if "error" in row:
        return f"{row['size']:>7} {row['mode']:<16} error: {row['error']}"
    if row["mode"] == "embed":
        return f"{row['size']:>7} {row['mode']:<16} {row['ms_per_article']:>8} ms/article  peak {row['peak_mb']} MB"
    return (f"{row['size']:>7} {row['mode']:<16} {row['articles_per_s']:>8} articles/s  {row['seconds']:>8} s  "
            f"peak {row['peak_mb']} MB (workers {row['worker_peak_mb']} MB)")


if __name__ == "__main__":
    main()
