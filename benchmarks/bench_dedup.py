"""Time near-duplicate detection (signatures + LSH + verification + groups) at 1k, 10k and 100k articles.

Articles are synthetic by default: 150-600 words, 40 % of them function words (the stop-word list), the rest
drawn from one of 300 topics' vocabularies of 2,000 made-up words each; 4,000 articles a day (a 7-day window
holds 28,000); 30 % are reprints of a recent article (header and footer added), 10 % rewrites (a fifth of the
words replaced by function words). ``--corpus FILE`` takes a planted corpus (``python -m newsprism.eval.planted``)
instead, repeated with ids suffixed and dates moved a year per repetition when a size needs more articles.

Each size runs in a fresh process: articles/s for the signatures alone and for the whole of
:class:`~newsprism.stream.dedup.Deduplicator` (batches of ``--batch``), and peak memory (the process's maximum
RSS, and its growth over what the articles themselves took). Then the vectorised signatures are compared with a
per-shingle loop (one numpy update of all hash functions per shingle, as datasketch's ``MinHash.update`` does).

    .venv/bin/python benchmarks/bench_dedup.py --sizes 1000 10000 100000
    .venv/bin/python benchmarks/bench_dedup.py --corpus /tmp/planted.jsonl --sizes 1000 10000
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import numpy as np

from newsprism.stream.dedup import Deduplicator
from newsprism.stream.dedup_records import DedupConfig, DedupItem
from newsprism.stream.minhash import STOPWORDS, MinHasher, shingle_sets

SYLLABLES = ("ka", "lo", "ven", "dri", "mu", "sat", "pel", "or", "tin", "bra", "ses", "qui", "nor", "fa", "gud",
             "rim", "ast", "el", "po", "zan")
PER_DAY = 4000


def synthetic(count: int, seed: int = 1) -> list[DedupItem]:
    rng = random.Random(seed)
    function_words = sorted(STOPWORDS | {"a", "of", "to", "in", "is", "it", "on", "as", "by", "at", "be", "an"})
    vocabulary = sorted({"".join(rng.choices(SYLLABLES, k=rng.randint(2, 5))) for _ in range(200000)})
    topics = [rng.sample(vocabulary, 2000) for _ in range(300)]
    items: list[DedupItem] = []
    for n in range(count):
        roll = rng.random()
        if items and roll < 0.4:
            base = items[len(items) - rng.randint(1, min(len(items), 2000))].text
            text = (f"By Staff | Outlet {n % 50}\n\n{base}\n\nCopyright Outlet {n % 50}." if roll < 0.3
                    else " ".join(w if rng.random() > 0.2 else rng.choice(function_words) for w in base.split()))
        else:
            topic = rng.choice(topics)
            text = " ".join(rng.choice(function_words) if rng.random() < 0.4 else rng.choice(topic)
                            for _ in range(rng.randint(150, 600)))
        items.append(DedupItem(f"a{n}", text, n * 86400.0 / PER_DAY))
    return items


def planted(path: Path, count: int) -> list[DedupItem]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [DedupItem(f"{r['id']}#{n // len(records)}", r["text"],
                      datetime.fromisoformat(r["published"]).timestamp() + 366 * 86400.0 * (n // len(records)))
            for n, r in ((n, records[n % len(records)]) for n in range(count))]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_size(count: int, corpus: Path | None, batch: int) -> dict[str, float]:
    items = planted(corpus, count) if corpus else synthetic(count)
    items.sort(key=lambda item: item.published)
    before = rss_mb()
    started = time.perf_counter()
    hasher, config = MinHasher(128, 7), DedupConfig()
    for start in range(0, len(items), batch):
        sets = [shingle_sets(item.text, config.shingle_words) for item in items[start:start + batch]]
        hasher.signatures([s.shingles for s in sets])
        hasher.signatures([s.content for s in sets])
    signatures = time.perf_counter() - started
    started = time.perf_counter()
    dedup = Deduplicator(config)
    for start in range(0, len(items), batch):
        dedup.add(items[start:start + batch])
    groups = dedup.groups()
    total = time.perf_counter() - started
    return {"articles": count, "signatures_per_s": round(count / signatures), "dedup_per_s": round(count / total),
            "dedup_s": round(total, 2), "groups": len(groups), "links": len(dedup.links),
            "peak_rss_mb": round(rss_mb()), "rss_growth_mb": round(rss_mb() - before)}


def loop_ratio(count: int = 500) -> dict[str, float]:
    sets = [shingle_sets(item.text, 5).shingles for item in synthetic(count, seed=2)]
    hasher = MinHasher(128, 7)
    started = time.perf_counter()
    vectorised = hasher.signatures(sets)
    fast = time.perf_counter() - started
    started = time.perf_counter()
    looped = np.full_like(vectorised, 0xFFFFFFFF)
    for row, values in enumerate(sets):
        signature = np.full(128, 0xFFFFFFFF, dtype=np.uint64)
        for value in values.tolist():
            signature = np.minimum(signature, (hasher.a * np.uint64(value) + hasher.b) >> np.uint64(32))
        looped[row] = signature
    slow = time.perf_counter() - started
    assert np.array_equal(looped, vectorised), "the loop and the matrix disagree"
    return {"articles": count, "shingles": int(sum(len(s) for s in sets)), "vectorised_s": round(fast, 3),
            "loop_s": round(slow, 3), "ratio": round(slow / fast, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--corpus", type=Path, default=None, help="planted corpus JSONL instead of synthetic text")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one_size(args.one, args.corpus, args.batch)))
        return
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size), "--batch", str(args.batch)]
        command += ["--corpus", str(args.corpus)] if args.corpus else []
        print(subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip(), flush=True)
    print(json.dumps({"per_shingle_loop": loop_ratio()}))


if __name__ == "__main__":
    main()
