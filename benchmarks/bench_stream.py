"""Benchmark the stream (`newsprism ingest`): throughput, dedup recall and peak memory at growing sizes, per
stream kind and executor.

Usage::

    .venv/bin/python benchmarks/bench_stream.py [--sizes 20000 100000] [--streams plain near-duplicates backfill]
        [--data CORPUS.jsonl] [--executors local processes ray] [--full-max N] [--embeddings]
        [--embed-tokens 64 48 32] [--json]

Streams (without ``--data``, from :mod:`newsprism.stream.synthetic`; ``--data`` is a JSON Lines corpus, e.g. the
planted corpus of ``python -m newsprism.eval.planted POLNEAR_DIR NEUS_SOURCE... -o corpus.jsonl``, read as
``plain``):

* ``plain``: :func:`~newsprism.stream.synthetic.synthetic_stream`, in published order (30 % planted copies);
* ``near-duplicates``: :func:`~newsprism.stream.synthetic.near_duplicate_stream`: half the articles reprints or
  rewrites of 200 base reports (per 20,000), each within 3 days of its base;
* ``backfill``: :func:`~newsprism.stream.synthetic.backfill_stream`: a feed 8 days late (three of the six
  outlets) interleaved with a live one, one batch (256) per delivery, in arrival order; about 1,250 articles a
  day (the other streams: 180).

A size larger than the base (at most 20,000 articles) repeats it, each repetition with new ids and URLs and
shifted by more than the base's span plus the dedup window and lateness (so repetitions follow one another in
time and nothing is a copy across them). Written as JSON Lines files of 5,000 articles (one input may not pass
20 MB), each record with its planted ``group`` (the base's id for a copy).

Measured, each in a fresh process (so that its peak RSS is its own):

* ``core``: dedup + story grouping alone, no embeddings: the articles' texts are read as they are (no
  cleaning) and signed first (signatures, terms: untimed), then :func:`newsprism.stream.place.place` runs batch
  by batch in arrival order. Also the dedup *pair recall* (planted pairs of one group found in one group), the
  same of a dedup run over the same signatures in published order (it must be equal), and of the exact
  fingerprint baseline (equal normalised texts); and a digest of every decision (stories, grouper decisions,
  links, duplicate groups), the same under any ``PYTHONHASHSEED``: equal digests before and after a change
  mean the same decisions.
* ``full/EXECUTOR``: the whole ingest into a fresh SQLite store, no embeddings, no analysis: read, clean,
  fingerprint, sign, dedup, group, write. ``local`` (one process), ``processes`` (a pool of 2) and ``ray``
  (2 CPUs). Sizes above ``--full-max`` are skipped. ``local`` also gives the CPU milliseconds per article spent
  cleaning (``clean_batch``), the largest stage. Each gives a *store digest* of what the ingest stored
  (:data:`STORED`: stream rows, decisions, links, duplicate groups, articles by grouper story), the same for
  every executor: equal digests before and after a change mean the same decisions and cleaned metadata.
* ``--embeddings``: ``full+embed/EXECUTOR`` (the same with the document vectors on) for the executors given, and
  ``embed``: wall and CPU ms per article of the encoder's ``encode`` (token states and all) against the stream's
  document vectors (:func:`newsprism.nlp.encoder.document_vectors`, 64 word pieces) with onnxruntime's default
  threads and with a pool worker's (one thread, not spinning), on 512 articles. ``--embed-tokens``: the
  ``full+embed`` runs at each of these ``StreamConfig.embed_tokens`` (default: its default).

Peak memory: ``ru_maxrss`` of the measuring process (for the pool and Ray, the largest worker is given too).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

BATCH = 256
SHARD = 5000
CPUS = 2


STREAMS = ("plain", "near-duplicates", "backfill")
BASE = 20_000
"""Articles of a stream's base; larger sizes repeat it."""


BACKFILL_EVENT_HOURS = 0.1
"""The backfill's news is seven times denser than the other streams' (about 1,250 articles a day), so that one
feed's delivery of 256 spans a few hours, as a busy feed's does, not three days."""


def base_records(data: Path | None, stream: str, size: int) -> list[dict[str, str]]:
    """The base's records in arrival order, each with its planted ``group``."""
    from newsprism.stream.synthetic import backfill_stream, near_duplicate_stream, synthetic_stream

    if data:
        records = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
        records.sort(key=lambda r: str(r.get("published") or ""))
        return [{**r, "group": str(r.get("group") or r.get("id"))} for r in records]
    count = min(size, BASE)
    made = (near_duplicate_stream(count, bases=max(1, count // 100), seed=1) if stream == "near-duplicates"
            else backfill_stream(count, seed=1, event_hours=BACKFILL_EVENT_HOURS) if stream == "backfill"
            else synthetic_stream(count, seed=1))
    return [{**a.record(), "group": a.copy_of or a.id} for a in made]


def repetition_shift(base: list[dict[str, str]]) -> timedelta:
    """Longer than the base's span plus the dedup window and lateness: repetitions follow one another."""
    from newsprism.stream.dedup_records import DedupConfig

    stamps = [_stamp(r["published"]) for r in base if r.get("published")]
    config = DedupConfig()
    span = (max(stamps) - min(stamps)) if stamps else timedelta(0)
    return timedelta(days=span.days + 1 + config.window_days + getattr(config, "late_days", 0.0))


def corpus(data: Path | None, stream: str, size: int, out: Path) -> Path:
    """A folder of ``size`` articles in JSON Lines files of :data:`SHARD` (one input is limited to 20 MB)."""
    base = base_records(data, stream, size)
    shift = repetition_shift(base)
    out.mkdir(parents=True, exist_ok=True)
    shards = [(out / f"part-{n // SHARD:04d}.jsonl").open("w", encoding="utf-8") for n in range(0, size, SHARD)]
    try:
        for n in range(size):
            record = dict(base[n % len(base)])
            round_ = n // len(base)
            if round_:
                record["id"] = f"{record.get('id', 'a')}-r{round_}"
                record["group"] = f"{record['group']}-r{round_}"
                record["url"] = f"{record.get('url') or 'https://bench.example/a'}?r={round_}"
                if record.get("published"):
                    record["published"] = (_stamp(record["published"]) + shift * round_).isoformat()
                record["text"] = f"{record.get('text', '')}\n\nEdition {round_}."
            shards[n // SHARD].write(json.dumps(record) + "\n")
    finally:
        for shard in shards:
            shard.close()
    return out


def _stamp(value: str) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def cpu_seconds() -> float:
    """CPU seconds of this process and its finished children (the pool's workers; not Ray's, which are not)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


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
    started, cpu = time.perf_counter(), cpu_seconds()
    placed, digest = 0, hashlib.sha256()
    for outcomes in batches:
        plan = place(outcomes, state)
        state.batch += 1
        state.position += len(plan.placed)
        placed += len(plan.placed)
        digest.update(plan_digest(plan))
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    gold = gold_groups(path)
    dated = date_order_dedup([p for batch in batches for p in batch], config)
    return {"articles": placed, "seconds": round(seconds, 2), "articles_per_s": round(placed / seconds, 1),
            "articles_per_cpu_s": round(placed / cpu, 1), "stories": len(state.grouper.result().stories),
            "links": len(state.dedup.links),
            "recall": pair_recall(gold, state.dedup.sets.find), "date_order_recall": pair_recall(gold, dated.sets.find),
            "fingerprint_recall": pair_recall(gold, fingerprint_of(path).__getitem__),
            "digest": digest.hexdigest()[:16], **peak_mb()}


def plan_digest(plan: Any) -> bytes:
    """What a batch decided, as bytes that do not depend on the hash seed: each article's story, the grouper's
    decisions, the dedup links, and the duplicate groups with their members, kinds and links sorted (a group's
    links come out of sets of ids, in an order that follows ``PYTHONHASHSEED``)."""
    groups = sorted((tuple(sorted(g.members)), g.original, tuple(sorted(g.kinds)), tuple(sorted(map(repr, g.links))))
                    for g in plan.groups)
    return repr(([(p.article.id, p.story) for p in plan.placed], plan.decisions, plan.links, groups)).encode()


def date_order_dedup(prepared: list[Any], config: Any) -> Any:
    """The deduplicator fed the same signatures in published order (the run every arrival order must match)."""
    import numpy as np

    from newsprism.stream.dedup import Deduplicator, Signatures
    from newsprism.stream.dedup_records import DedupItem

    dedup = Deduplicator(config.dedup)
    ordered = sorted(prepared, key=lambda p: p.time)
    for start in range(0, len(ordered), BATCH):
        chunk = ordered[start:start + BATCH]
        dedup.add_signed([DedupItem(p.id, "", p.time, p.outlet, p.credit) for p in chunk],
                         Signatures(np.stack([p.shingles for p in chunk]), np.stack([p.content for p in chunk]),
                                    np.array([p.shingle_size for p in chunk], dtype=np.int64),
                                    np.array([p.content_size for p in chunk], dtype=np.int64)))
    return dedup


def records_of(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for file in sorted(path.glob("*.jsonl"))
            for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_groups(path: Path) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for record in records_of(path):
        groups.setdefault(str(record.get("group") or record["id"]), []).append(str(record["id"]))
    return groups


def fingerprint_of(path: Path) -> dict[str, str]:
    """The exact baseline: each article's group is its normalised text's fingerprint."""
    from newsprism.stream.fingerprint import text_fingerprint

    return {str(r["id"]): text_fingerprint(str(r.get("text") or "")) for r in records_of(path)}


def pair_recall(gold: dict[str, list[str]], found: Any) -> float:
    """Share of the planted pairs (two articles of one gold group) found in one group (``found``: id -> group)."""
    from collections import Counter as Tally

    pairs = hits = 0
    for members in gold.values():
        pairs += len(members) * (len(members) - 1) // 2
        hits += sum(n * (n - 1) // 2 for n in Tally(found(m) for m in members).values())
    return round(hits / pairs, 4) if pairs else 1.0


def measure_full(path: Path, executor_name: str, store: Path, embeddings: bool = False,
                 embed_tokens: int | None = None) -> dict[str, Any]:
    from newsprism.store import open_store
    from newsprism.stream.executor import Executor, LocalExecutor, ProcessExecutor
    from newsprism.stream.options import StreamConfig
    from newsprism.stream.runner import ingest_stream

    config = StreamConfig(batch_size=BATCH, embeddings=embeddings, analyse=False, workers=CPUS)
    if embed_tokens:
        config = replace(config, embed_tokens=embed_tokens)
    executor: Executor
    if executor_name == "ray":
        from newsprism.stream.ray_executor import RayExecutor

        executor = RayExecutor(config)
    else:
        executor = ProcessExecutor(config) if executor_name == "processes" else LocalExecutor(config)
    cpu = cpu_seconds()
    with open_store(store) as opened, timed_cleaning() as cleaning:
        summary = ingest_stream([str(path)], opened, config, executor)
    executor.close()
    cpu = cpu_seconds() - cpu
    clean = {"clean_cpu_ms": round(1000 * cleaning[0] / summary.added, 2)} if executor_name == "local" else {}
    return {"articles": summary.added, "seconds": round(summary.seconds, 2),
            "articles_per_s": round(summary.added / summary.seconds, 1),
            "articles_per_cpu_s": round(summary.added / cpu, 1), **clean, **peak_mb(),
            "store_digest": store_digest(store)}


STORED = (
    "SELECT position, item_id, story, ident, batch, published, dated, outlet, credit, title, content_fingerprint, "
    "shingles, content, shingle_size, content_size, terms, vector FROM stream_items ORDER BY position",
    "SELECT seq, kind, story, position, item, other, score FROM stream_decisions ORDER BY seq",
    "SELECT seq, a, b, kind, shingle_jaccard, shingle_containment, content_jaccard, batch FROM stream_links "
    "ORDER BY seq",
    "SELECT item_id, original, kind FROM stream_duplicates ORDER BY item_id",
    "SELECT fingerprint, item_id, version, ident FROM stream_seen ORDER BY fingerprint",
    "SELECT s.story, a.article_id, a.ident, a.version, a.latest, a.fingerprint, substr(a.source, "
    "instr(a.source, '/part-')), a.format, a.text, a.html, a.title, a.url, a.outlet FROM articles a "
    "JOIN stream_stories s ON s.story_id = a.story_id ORDER BY a.article_id, a.version",
    "SELECT story, title, merged_into FROM stream_stories ORDER BY story",
)
"""What a whole ingest stored that its decisions and its cleaning made: the stream's items (cleaned title, outlet,
credit, date, signatures, terms), decisions, links, duplicate groups and seen inputs, and the articles by grouper
story (store story ids are random; a source is named from its shard file, the folder being a temporary one)."""


def store_digest(store: Path) -> str:
    """A digest of :data:`STORED` in a SQLite store: equal before and after a change means the same decisions and
    the same cleaned metadata (as ``core``'s digest does for dedup and grouping alone)."""
    import sqlite3

    digest = hashlib.sha256()
    with sqlite3.connect(store) as connection:
        for query in STORED:
            for row in connection.execute(query):
                digest.update(repr(row).encode())
    return digest.hexdigest()[:16]


@contextmanager
def timed_cleaning() -> Iterator[list[float]]:
    """CPU seconds spent in the stream's cleaning (``clean_batch`` as ``stream.prepare`` calls it) in this process:
    the whole of it for the local executor, none of it for a pool's or Ray's workers."""
    from newsprism.stream import prepare

    spent, inner = [0.0], prepare.clean_batch

    def clean_batch(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - start

    prepare.clean_batch = clean_batch  # type: ignore[assignment]
    try:
        yield spent
    finally:
        prepare.clean_batch = inner


def measure_embed(path: Path) -> dict[str, Any]:
    from itertools import islice

    from newsprism.config import IngestConfig
    from newsprism.nlp.encoder import DOCUMENT_TOKENS, document_vectors, load_encoder
    from newsprism.stream.executor import WORKER_THREADS
    from newsprism.stream.prepare import lead
    from newsprism.stream.reading import read_sources

    raws = islice(read_sources([str(path)], IngestConfig(), print), 512)
    texts = [f"{r.title}. {lead(r.text or '', 60)}" if r.title else lead(r.text or "", 60) for r in raws]
    encoder, single = load_encoder(None), load_encoder(None, WORKER_THREADS)
    encoder.encode(texts[:16])
    document_vectors(single, texts[:16])
    out: dict[str, Any] = {"articles": len(texts)}
    for name, run in (("encode", lambda: encoder.encode(texts)),
                      ("vectors", lambda: document_vectors(encoder, texts, DOCUMENT_TOKENS)),
                      ("worker_vectors", lambda: document_vectors(single, texts, DOCUMENT_TOKENS))):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        out[f"{name}_ms"] = round(1000 * (time.perf_counter() - wall) / len(texts), 2)
        out[f"{name}_cpu_ms"] = round(1000 * (time.process_time() - cpu) / len(texts), 2)
    return {**out, **peak_mb()}


def run_one(args: list[str]) -> dict[str, Any]:
    """One measurement in a fresh process."""
    done = subprocess.run([sys.executable, __file__, "--one", *args], capture_output=True, text=True, check=False,
                          env={**os.environ, "RAY_USAGE_STATS_ENABLED": "0"})
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--streams", nargs="+", choices=STREAMS, default=list(STREAMS))
    parser.add_argument("--data", type=Path)
    parser.add_argument("--executors", nargs="+", default=["local", "processes", "ray"])
    parser.add_argument("--full-max", type=int, default=100_000)
    parser.add_argument("--embeddings", action="store_true")
    parser.add_argument("--embed-tokens", type=int, nargs="+", default=[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one)))
        return
    with tempfile.TemporaryDirectory() as folder:
        for stream in ["data"] if args.data else args.streams:
            for size in args.sizes:
                path = corpus(args.data, stream, size, Path(folder) / f"{stream}-{size}")
                modes = ["core"] + [f"full/{e}" for e in args.executors if size <= args.full_max]
                modes += [f"full+embed{t or ''}/{e}" for e in args.executors for t in args.embed_tokens
                          if args.embeddings and size <= args.full_max]
                for mode in modes:
                    store = Path(folder) / f"{stream}-{mode.replace('/', '-')}-{size}.db"
                    _show({"stream": stream, "size": size, "mode": mode, **run_one([mode, str(path), str(store)])},
                          args.json)
                shutil.rmtree(path)
        if args.embeddings:
            path = corpus(args.data, "plain", 512, Path(folder) / "embed")
            _show({"stream": "plain", "size": 512, "mode": "embed", **run_one(["embed", str(path)])}, args.json)


def measure_one(args: list[str]) -> dict[str, Any]:
    mode, path = args[0], Path(args[1])
    if mode == "core":
        return measure_core(path)
    if mode == "embed":
        return measure_embed(path)
    kind, executor = mode.split("/")
    tokens = kind.removeprefix("full+embed") if kind.startswith("full+embed") else ""
    return measure_full(path, executor, Path(args[2]), embeddings=kind.startswith("full+embed"),
                        embed_tokens=int(tokens) if tokens else None)


def _show(row: dict[str, Any], as_json: bool) -> None:
    print(json.dumps(row) if as_json else _line(row), flush=True)


def _line(row: dict[str, Any]) -> str:
    head = f"{row['stream']:<16} {row['size']:>7} {row['mode']:<20}"
    if "error" in row:
        return f"{head} error: {row['error']}"
    if row["mode"] == "embed":
        return (f"{head} encode {row['encode_ms']} ms/article ({row['encode_cpu_ms']} CPU), document vectors "
                f"{row['vectors_ms']} ms/article ({row['vectors_cpu_ms']} CPU), on one worker's thread "
                f"{row['worker_vectors_ms']} ms/article ({row['worker_vectors_cpu_ms']} CPU)  peak {row['peak_mb']} MB")
    recall = (f"  recall {row['recall']} (date order {row['date_order_recall']}, fingerprint "
              f"{row['fingerprint_recall']})  digest {row['digest']}" if "recall" in row else "")
    clean = f"  cleaning {row['clean_cpu_ms']} CPU ms/article" if "clean_cpu_ms" in row else ""
    clean += f"  store digest {row['store_digest']}" if "store_digest" in row else ""
    return (f"{head} {row['articles_per_s']:>8} articles/s ({row['articles_per_cpu_s']} per CPU s){clean}  "
            f"{row['seconds']:>8} s  "
            f"peak {row['peak_mb']} MB (workers {row['worker_peak_mb']} MB){recall}")


if __name__ == "__main__":
    main()
