"""Where a big story's analysis goes (issue #20): per-stage CPU and memory, and an optional profile.

The stories are bench_story.py's (a planted story of N PolNeAR-based articles, or ``--one-event``: every article a
reprint or rewrite of one base); the analysis is ``analyze_raw`` with the same warm-up. On top of bench_story's
figures this prints, for each pipeline stage, its CPU seconds and the process's resident memory when it ends
(``stage_<name>_rss_mb``: what the stage left allocated; the peak is ``peak_rss_mb``), and with ``--profile FILE``
writes a cProfile of the analysis alone (not the warm-up or the floor runs) and prints its top functions by own
time on stderr. One size per process (each peak RSS its own); a profile inflates Python-heavy stages' CPU, so
the figures of a profiled run are for shares, not for the table.

Each stage's ``stage_<name>_peak_rss_mb`` is the process's peak when the stage ends (the first stage whose figure
reaches ``peak_rss_mb`` is where the peak was reached); each stage's figures are also printed on stderr as it
ends. The analysis's story cache is the CLI's (``StoryCache(keep=False)``: nothing kept for a next analysis, the token
states let go after the quotes); ``--kept-cache`` gives it the web app's (kept whole). After the analysis, what the
story's cache holds is
released part by part, each time with the freed memory handed back to the system (``malloc_trim``):
``held_<part>_mb`` is the resident memory each part's release gave back (the report, the per-article readings,
the pair decisions, the encoder's vectors and token states, the parsed paragraphs with their spaCy Docs, the
cleaned articles), with ``held_states_mb`` (the token states' own bytes), ``held_encoded_texts`` and
``held_doc_tokens`` to size them. The JSON report is then written as the CLI writes it (``--save-report FILE``, or
to nothing): ``report_json_mb``, ``report_json_peak_rss_mb`` (the peak once it is written), and each top-level
section's MB as compact JSON (``report_<section>_mb``).

With ``--trace``, the analysis runs under tracemalloc (one frame; several times slower, so its CPU figures are not
the analysis's): ``stage_<name>_traced_mb`` is what Python objects and numpy arrays hold when the stage ends, and
``stage_<name>_peak_traced_mb`` their peak since the stage boundary before it (a stage that holds others, as the
alignment holds the scoring, reads from its last inner one's end); ``--trace-top STAGE`` prints the largest
allocation lines live when that stage ends on stderr. RSS well above the traced figures is native memory (the
models, onnxruntime's and the tokenizer's buffers) or freed memory the allocators keep.

    .venv/bin/python benchmarks/bench_big_story.py --articles 200
    .venv/bin/python benchmarks/bench_big_story.py --articles 500 --profile /tmp/n500.prof
    .venv/bin/python benchmarks/bench_big_story.py --articles 2000 --one-event --skip-floors
    .venv/bin/python benchmarks/bench_big_story.py --articles 100 --skip-floors --trace --trace-top cluster_quotes
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import gc
import json
import os
import pstats
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from newsprism import pipeline
from newsprism.config import Config
from newsprism.ingest import RawArticle
from newsprism.memo import Readings
from newsprism.nlp import load_resources
from newsprism.render import to_json

try:
    from newsprism.render.json import compact_pieces, json_pieces
except ImportError:  # a tree before them
    compact_pieces = json_pieces = None  # type: ignore[assignment]
import bench_story as bench  # this folder is the script's first path: benchmarks is no package

from newsprism.story_cache import StoryCache

TOP_FUNCTIONS = 45
"""Functions listed from a profile, by own time."""
TOP_LINES = 25
"""Allocation lines listed by ``--trace-top``, by size."""


def measure(story: list[RawArticle], bench: ModuleType, profile: Path | None, floors: bool,
            save_report: Path | None = None, kept: bool = False, trace: str | None = None) -> dict[str, float]:
    """The figures of one analysis of ``story`` (see the module docstring); ``trace``: under tracemalloc, with the
    top lines printed when the stage of that name ends ("" for none)."""
    config = Config()
    resources = load_resources(config.nlp)
    pipeline.analyze_raw(story[:2], config, resources)
    figures: dict[str, float] = {"rss_before_mb": bench._rss_mb()}
    seconds: dict[str, float] = {}
    memory: dict[str, float] = {}
    bench.timed_stages(seconds, memory, echo=True)
    traced: dict[str, float] = {}
    if trace is not None:
        traced_stages(bench, traced, trace)
        tracemalloc.start()
    profiler = cProfile.Profile() if profile else None
    cache = _cache(kept)
    cpu, wall = bench.cpu_seconds(), time.perf_counter()
    if profiler:
        profiler.enable()
    report = pipeline.analyze_raw(story, config, resources, cache=cache)
    if profiler:
        profiler.disable()
    cpu, wall = bench.cpu_seconds() - cpu, time.perf_counter() - wall
    tracemalloc.stop()
    figures.update(cpu_s=cpu, wall_s=wall, peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    figures.update(report_mb=_compact_mb(report))
    figures.update(_counts(report))
    figures.update(_sections(report, save_report))
    figures.update({f"stage_{name}_cpu_s": cpu_s for name, cpu_s in seconds.items()})
    figures.update({f"stage_{name}_rss_mb": mb for name, mb in memory.items()})
    figures.update({f"stage_{name}_traced_mb": mb for name, mb in traced.items()})
    if profiler and profile:
        profiler.dump_stats(str(profile))
        pstats.Stats(str(profile), stream=sys.stderr).sort_stats("tottime").print_stats(TOP_FUNCTIONS)
    if floors:
        distinct = sorted({s.text for a in report.articles for s in a.sentences})
        encoder_cpu, spacy_cpu = bench._floors(distinct, report.articles, resources, config)
        figures.update(encoder_cpu_s=encoder_cpu, spacy_cpu_s=spacy_cpu, encoder_floor_ratio=cpu / encoder_cpu,
                       spacy_floor_ratio=cpu / spacy_cpu)
    figures.update(_sizes(cache))
    with_report = _trimmed_rss(bench)
    del report
    figures.update(_held(cache, bench, with_report))
    return figures


def traced_stages(bench: ModuleType, traced: dict[str, float], top: str) -> None:
    """Wrap each stage bench_story times so that, while tracemalloc runs, ``traced[name]`` is the traced MB when it
    ends and ``traced[name + "_peak"]`` the most traced since the boundary before (the peak is reset at each); the
    stage named ``top`` prints its largest allocation lines on stderr when it ends."""
    for module, name in [(m, n) for m in bench.TIMED_MODULES for n in bench.STAGES]:
        original = getattr(module, name, None)
        if original is None:
            continue

        def wrapper(*args: Any, _f: Callable[..., Any] = original, _n: str = name, **kwargs: Any) -> Any:
            try:
                return _f(*args, **kwargs)
            finally:
                if tracemalloc.is_tracing():
                    current, peak = tracemalloc.get_traced_memory()
                    traced[_n] = current / 2**20
                    traced[f"{_n}_peak"] = max(traced.get(f"{_n}_peak", 0.0), peak / 2**20)
                    tracemalloc.reset_peak()
                    if _n == top:
                        _print_top(_n)

        setattr(module, name, wrapper)


def _print_top(stage: str) -> None:
    print(f"largest allocation lines live when {stage} ends:", file=sys.stderr)
    for line in tracemalloc.take_snapshot().statistics("lineno")[:TOP_LINES]:
        print(f"  {line.size / 2**20:8.2f} MB {line.count:9d} {line.traceback[0]}", file=sys.stderr, flush=True)


def _cache(kept: bool) -> StoryCache:
    """The analysis's story cache: one kept for a next analysis (the web app's), or, as ``newsprism analyze`` has
    it, one for this analysis alone (a tree before ``StoryCache(keep=...)``: always kept)."""
    try:
        return StoryCache(keep=kept)  # type: ignore[call-arg, unused-ignore]
    except TypeError:
        return StoryCache()


def _compact_mb(report: Any) -> float:
    """The compact JSON's MB, counted a piece at a time where the tree can (made whole, a one-event 200 report's
    compact JSON raised the peak read after the analysis by 320 MB)."""
    if compact_pieces is None:
        return len(report.model_dump_json()) / 1e6
    return sum(len(piece.encode("utf-8")) for piece in compact_pieces(report)) / 1e6


def _sections(report: Any, save: Path | None) -> dict[str, float]:
    """The JSON report written as the CLI writes it (to ``save``, or to nothing): its MB, the peak RSS once it is
    written (``report_json_peak_rss_mb``; ``peak_rss_mb`` is read before), and each top-level section's MB (compact
    JSON, ``report_<section>_mb``) to see which grows with the story."""
    size = 0
    with (save or Path(os.devnull)).open("wb") as out:
        # the CLI's way: a piece at a time (a tree before render.json.json_pieces: made whole, then written)
        for piece in json_pieces(report) if json_pieces is not None else [to_json(report)]:
            data = piece.encode("utf-8")
            size += len(data)
            out.write(data)
            del data
    figures = {"report_json_mb": size / 1e6,
               "report_json_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    for name in type(report).model_fields:
        figures[f"report_{name}_mb"] = len(report.model_dump_json(include={name})) / 1e6
    return figures


def _sizes(cache: StoryCache) -> dict[str, float]:
    """How much the cache holds: the encoder's texts and their token states' bytes, the parsed Docs' tokens."""
    encoder = cache._encoder
    texts = list(encoder._texts.values()) if encoder is not None else []
    return {"held_encoded_texts": len(texts), "held_states_mb": sum(t.states.nbytes for t in texts) / 2**20,
            "held_doc_tokens": sum(len(p.doc) for a in cache._parsed.values() for p in a.paragraphs),
            "held_readings": len(cache.readings)}


def _held(cache: StoryCache, bench: ModuleType, with_report: float) -> dict[str, float]:
    """The resident MB each part of what the analysis left gives back when released, in this order (the caller
    dropped the report after reading ``with_report``: its share is the first figure)."""
    steps = {"report": lambda: None, "readings": lambda: setattr(cache, "readings", Readings()),
             "pair_decisions": lambda: (setattr(cache, "links", None), setattr(cache, "quotes", None)),
             "encoder": lambda: setattr(cache, "_encoder", None), "parsed": lambda: setattr(cache, "_parsed", {}),
             "cleaned": lambda: setattr(cache, "_cleaned", {})}
    held, before = {}, with_report
    for part, release in steps.items():
        release()
        after = _trimmed_rss(bench)
        held[f"held_{part}_mb"], before = before - after, after
    held["held_rest_mb"] = before
    return held


def _trimmed_rss(bench: ModuleType) -> float:
    """Resident MB after a full collection and glibc's ``malloc_trim`` (freed heap pages go back to the system)."""
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    return float(bench._rss_mb())


def _counts(report: Any) -> dict[str, float]:
    """The sizes of what the analysis found (to compare runs and see what grows)."""
    return {"sentences": sum(len(a.sentences) for a in report.articles),
            "distinct_sentences": len({s.text for a in report.articles for s in a.sentences}),
            "facts": len(report.facts), "reuse_records": len(report.reuse), "quote_clusters": len(report.quotes),
            "conflicts": len(report.conflicts), "entities": len(report.entities)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--one-event", action="store_true", help="every article restates one base's facts")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the analysis here")
    parser.add_argument("--skip-floors", action="store_true", help="no encoder and spaCy floor runs")
    parser.add_argument("--kept-cache", action="store_true",
                        help="a story cache kept for a next analysis (the web app's), not the CLI's one-analysis one")
    parser.add_argument("--save-report", type=Path, help="write the JSON report (as the CLI writes it) here")
    parser.add_argument("--trace", action="store_true", help="run the analysis under tracemalloc (per-stage traced MB)")
    parser.add_argument("--trace-top", default="", metavar="STAGE",
                        help="with --trace, print the largest allocation lines live when this stage ends")
    args = parser.parse_args()
    story = (bench.one_event_story if args.one_event else bench.planted_story)(bench.POLNEAR, args.articles)
    kind = "one_event" if args.one_event else "planted"
    figures = measure(story, bench, args.profile, not args.skip_floors, args.save_report, args.kept_cache,
                      args.trace_top if args.trace else None)
    for metric, value in figures.items():
        print(json.dumps({"benchmark": f"big_story_{kind}", "articles": len(story), "metric": metric,
                          "value": round(value, 3)}), flush=True)


if __name__ == "__main__":
    main()
