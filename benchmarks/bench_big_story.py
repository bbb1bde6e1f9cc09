"""Where a big story's analysis goes (issue #20): per-stage CPU and memory, and an optional profile.

The stories are bench_story.py's (a planted story of N PolNeAR-based articles, or ``--one-event``: every article a
reprint or rewrite of one base); the analysis is ``analyze_raw`` with the same warm-up. On top of bench_story's
figures this prints, for each pipeline stage, its CPU seconds and the process's resident memory when it ends
(``stage_<name>_rss_mb``: what the stage left allocated; the peak is ``peak_rss_mb``), and with ``--profile FILE``
writes a cProfile of the analysis alone (not the warm-up or the floor runs) and prints its top functions by own
time on stderr. One size per process (each peak RSS its own); a profile inflates Python-heavy stages' CPU, so
the figures of a profiled run are for shares, not for the table.

    .venv/bin/python benchmarks/bench_big_story.py --articles 200
    .venv/bin/python benchmarks/bench_big_story.py --articles 500 --profile /tmp/n500.prof
    .venv/bin/python benchmarks/bench_big_story.py --articles 2000 --one-event --skip-floors
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import json
import pstats
import resource
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from newsprism import pipeline
from newsprism.config import Config
from newsprism.ingest import RawArticle
from newsprism.nlp import load_resources

TOP_FUNCTIONS = 45
"""Functions listed from a profile, by own time."""


def _bench_story() -> ModuleType:
    """bench_story.py of this folder (the stories and the floors), loaded by path: benchmarks is no package."""
    spec = importlib.util.spec_from_file_location("bench_story", Path(__file__).with_name("bench_story.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(story: list[RawArticle], bench: ModuleType, profile: Path | None, floors: bool) -> dict[str, float]:
    """The figures of one analysis of ``story`` (see the module docstring)."""
    config = Config()
    resources = load_resources(config.nlp)
    pipeline.analyze_raw(story[:2], config, resources)
    figures: dict[str, float] = {"rss_before_mb": bench._rss_mb()}
    seconds: dict[str, float] = {}
    memory: dict[str, float] = {}
    bench.timed_stages(seconds, memory)
    profiler = cProfile.Profile() if profile else None
    cpu, wall = _cpu(), time.perf_counter()
    if profiler:
        profiler.enable()
    report = pipeline.analyze_raw(story, config, resources)
    if profiler:
        profiler.disable()
    cpu, wall = _cpu() - cpu, time.perf_counter() - wall
    figures.update(cpu_s=cpu, wall_s=wall, peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   report_mb=len(report.model_dump_json()) / 1e6)
    figures.update(_counts(report))
    figures.update({f"stage_{name}_cpu_s": cpu_s for name, cpu_s in seconds.items()})
    figures.update({f"stage_{name}_rss_mb": mb for name, mb in memory.items()})
    if profiler and profile:
        profiler.dump_stats(str(profile))
        pstats.Stats(str(profile), stream=sys.stderr).sort_stats("tottime").print_stats(TOP_FUNCTIONS)
    if floors:
        distinct = sorted({s.text for a in report.articles for s in a.sentences})
        encoder_cpu, spacy_cpu = bench._floors(distinct, report.articles, resources, config)
        figures.update(encoder_cpu_s=encoder_cpu, spacy_cpu_s=spacy_cpu, encoder_floor_ratio=cpu / encoder_cpu,
                       spacy_floor_ratio=cpu / spacy_cpu)
    return figures


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
    args = parser.parse_args()
    bench = _bench_story()
    story = (bench.one_event_story if args.one_event else bench.planted_story)(bench.POLNEAR, args.articles)
    kind = "one_event" if args.one_event else "planted"
    for metric, value in measure(story, bench, args.profile, not args.skip_floors).items():
        print(json.dumps({"benchmark": f"big_story_{kind}", "articles": len(story), "metric": metric,
                          "value": round(value, 3)}), flush=True)


if __name__ == "__main__":
    main()
