"""Benchmark newsprism's ingest → clean → NLP stages against spaCy's own ``nlp.pipe`` (the floor).

Usage::

    .venv/bin/python benchmarks/bench_ingest_clean_nlp.py PATH [PATH...] [--limit N] [--repeat R]
        [--json] [--save FILE] [--baseline FILE] [--no-tracemalloc]

PATHs are what ``newsprism analyze`` takes (files, directories, globs). The spaCy pipeline is
loaded once, outside the timed part, and its load time is reported on its own. One untimed
warm-up pass (lazy imports, spaCy's first batches, the OS file cache) comes before the ``R`` timed
passes; every stage reports the best of its ``R`` timings, the median in brackets.

Stages, all over the same articles:

* ``ingest`` – ``newsprism.ingest.read_inputs``
* ``clean`` – ``newsprism.pipeline.clean_all``
* ``nlp`` – ``newsprism.nlp.parse`` (one ``nlp.pipe`` stream of paragraphs)
* ``total`` – the three above, back to back
* ``spacy_floor`` – ``resources.spacy.pipe`` over the cleaned article texts, whole, with the same
  batch size and the same loaded pipeline: what spaCy alone costs. Every stage's
  ``ratio_to_spacy`` is its time divided by this one's.
* ``spacy_paragraphs`` – the same, over exactly the paragraphs ``parse`` feeds spaCy: the
  floor for newsprism's way of calling spaCy, so ``nlp`` / ``spacy_paragraphs`` is newsprism's
  own overhead (building sentences and entities).

Order: the newsprism passes alternate with the ``spacy_paragraphs`` passes; the ``spacy_floor``
passes come last, because whole articles in batches of 64 need far more memory than anything
newsprism does and would otherwise set the process's peak RSS and disturb the timings after them.

CPU time: each newsprism stage's ``time.process_time`` is recorded too (best pass), with cleaning's share of
ingest + clean + nlp; on a shared machine wall time also counts the other processes' work. Cleaning's share
of the whole analysis (parse, align and the analyses included) is printed by ``bench_analyses.py``.

Words are whitespace tokens of the cleaned texts (the same count for every stage); articles are
those a stage handled (raw articles for ingest, clean and total; cleaned ones for nlp and spaCy).

Memory: the peak RSS of the process (``ru_maxrss``) after loading, after the newsprism passes
and after the whole-article floor passes; and the Python-heap peak of each stage from
``tracemalloc``, in one separate pass after the timed ones (tracemalloc slows it down; the
figures are what the stage allocated above the level at its start: the loaded model is not in it).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any, TextIO, TypeVar

from newsprism.config import Config
from newsprism.ingest import RawArticle, read_inputs
from newsprism.ingest.sources import expand
from newsprism.model import Article
from newsprism.nlp import NlpResources, load_resources, parse
from newsprism.nlp.sentences import paragraph_spans
from newsprism.pipeline import clean_all

BENCHMARK = "ingest_clean_nlp"
PIPELINE_STAGES = ("ingest", "clean", "nlp")
STAGES = (*PIPELINE_STAGES, "total", "spacy_floor", "spacy_paragraphs")
MIB = 1024 * 1024

T = TypeVar("T")


# ----------------------------------------------------------------------------- measuring


@dataclass
class PipelineRun:
    """What one pass of ingest → clean → NLP produced, and how long each stage took."""

    seconds: dict[str, float]
    raws: list[RawArticle]
    cleaned: list[Article]
    problems: int
    cpu_seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Measurements:
    """Everything one benchmark run measured, before it is turned into records."""

    times: dict[str, list[float]] = field(default_factory=lambda: {stage: [] for stage in STAGES})
    load_seconds: float = 0.0
    rss_after_load: float = 0.0
    rss_after_newsprism: float = 0.0
    rss_after_floor: float = 0.0
    heap: dict[str, float] | None = None
    traced_seconds: float | None = None
    cpu: dict[str, list[float]] = field(default_factory=lambda: {stage: [] for stage in PIPELINE_STAGES})


def timed(function: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def run_pipeline(inputs: list[str], limit: int | None, config: Config, resources: NlpResources,
                 on_stage: Callable[[str], None] | None = None) -> PipelineRun:
    """One pass over the articles; ``on_stage`` is called before each stage (tracemalloc uses it)."""
    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}

    def stage(name: str, function: Callable[[], T]) -> T:
        if on_stage is not None:
            on_stage(name)
        cpu_start = time.process_time()  # CPU time too: on a shared machine wall time counts the others' work
        result, seconds[name] = timed(function)
        cpu[name] = time.process_time() - cpu_start
        return result

    ingested = stage("ingest", lambda: read_inputs(inputs, config.ingest))
    raws = ingested.articles[:limit]
    cleaned, problems = stage("clean", lambda: clean_all(raws, config.clean))
    stage("nlp", lambda: parse(cleaned, resources, config.nlp))
    seconds["total"] = sum(seconds[name] for name in PIPELINE_STAGES)
    return PipelineRun(seconds, raws, cleaned, len(ingested.problems) + len(problems), cpu)


def run_spacy(resources: NlpResources, texts: Sequence[str], batch_size: int) -> float:
    """Seconds for spaCy alone to process ``texts`` (every Doc is made, none is kept)."""
    start = time.perf_counter()
    for _doc in resources.spacy.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def select_inputs(paths: list[str], limit: int | None, config: Config) -> list[str]:
    """The inputs to read: all of them, or (with ``--limit``) the first sources holding N articles.

    Inputs are expanded as newsprism expands them; reading them here (untimed) also warms the
    OS file cache. The timed ingest reads the chosen sources and keeps the first N articles.
    """
    if limit is None:
        return paths
    sources, _failures = expand(paths)
    chosen: list[str] = []
    found = 0
    for source in sources:
        if found >= limit:
            break
        chosen.append(source.name)
        found += len(read_inputs([source.name], config.ingest).articles)
    return chosen


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MIB if sys.platform == "darwin" else peak / 1024


def traced_peaks(inputs: list[str], limit: int | None, config: Config, resources: NlpResources,
                 texts: Sequence[str], paragraphs: Sequence[str]) -> tuple[dict[str, float], float]:
    """Python-heap peak (MiB) above the level at its start, per stage, from one traced pass each.

    Returns the peaks and the seconds the traced newsprism pass took (tracemalloc slows it down).
    """
    peaks: dict[str, float] = {}
    marks: dict[str, int] = {}
    current: list[str] = []

    def close_stage() -> None:
        if current:
            name = current.pop()
            peaks[name] = (tracemalloc.get_traced_memory()[1] - marks[name]) / MIB

    def on_stage(name: str) -> None:
        close_stage()
        tracemalloc.reset_peak()
        marks[name] = tracemalloc.get_traced_memory()[0]
        current.append(name)

    def spacy_peak(batch: Sequence[str]) -> float:
        gc.collect()
        tracemalloc.reset_peak()
        mark = tracemalloc.get_traced_memory()[0]
        run_spacy(resources, batch, config.nlp.batch_size)
        return (tracemalloc.get_traced_memory()[1] - mark) / MIB

    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        run = run_pipeline(inputs, limit, config, resources, on_stage)
        close_stage()
        peaks["total"] = (max(peaks[name] * MIB + marks[name] for name in PIPELINE_STAGES) - start) / MIB
        traced_seconds = run.seconds["total"]
        del run
        peaks["spacy_paragraphs"] = spacy_peak(paragraphs)
        peaks["spacy_floor"] = spacy_peak(texts)
    finally:
        tracemalloc.stop()
    return peaks, traced_seconds


def measure(args: argparse.Namespace, config: Config, resources: NlpResources, inputs: list[str],
            texts: list[str], paragraphs: list[str], found: Measurements) -> None:
    """The timed passes (see the module's docstring for their order), then the tracemalloc pass."""
    batch_size = config.nlp.batch_size
    times = found.times
    for _ in range(args.repeat):
        gc.collect()
        run = run_pipeline(inputs, args.limit, config, resources)
        if [article.text for article in run.cleaned] != texts:
            raise SystemExit("error: the cleaned texts changed from one pass to the next")
        for stage, seconds in run.seconds.items():
            times[stage].append(seconds)
        for stage, seconds in run.cpu_seconds.items():
            found.cpu[stage].append(seconds)
        del run
        gc.collect()
        times["spacy_paragraphs"].append(run_spacy(resources, paragraphs, batch_size))
    found.rss_after_newsprism = peak_rss_mib()
    run_spacy(resources, texts, batch_size)  # its first pass pays for growing the heap: a warm-up
    for _ in range(args.repeat):
        gc.collect()
        times["spacy_floor"].append(run_spacy(resources, texts, batch_size))
    found.rss_after_floor = peak_rss_mib()
    if not args.no_tracemalloc:
        found.heap, found.traced_seconds = traced_peaks(inputs, args.limit, config, resources,
                                                        texts, paragraphs)


# ----------------------------------------------------------------------------- reporting


def stage_records(found: Measurements, run: PipelineRun, words: int, repeat: int) -> list[dict[str, Any]]:
    floor = min(found.times["spacy_floor"])
    records: list[dict[str, Any]] = []
    for stage in STAGES:
        best = min(found.times[stage])
        articles = len(run.raws) if stage in ("ingest", "clean", "total") else len(run.cleaned)
        records.append({
            "benchmark": BENCHMARK,
            "stage": stage,
            "articles_per_s": round(articles / best, 3) if best > 0 else None,
            "words_per_s": round(words / best, 1) if best > 0 else None,
            "ratio_to_spacy": round(best / floor, 4) if floor > 0 else None,
            "seconds": round(best, 6),
            "median_seconds": round(statistics.median(found.times[stage]), 6),
            "articles": articles,
            "words": words,
            "repeat": repeat,
        })
    return records


def run_record(args: argparse.Namespace, config: Config, run: PipelineRun, words: int, paragraphs: int,
               found: Measurements, resources: NlpResources) -> dict[str, Any]:
    meta = resources.spacy.meta
    heap = found.heap
    return {
        "benchmark": BENCHMARK,
        "stage": "run",
        "date": date.today().isoformat(),
        "paths": args.paths,
        "limit": args.limit,
        "sources": len({raw.source for raw in run.raws}),
        "raw_articles": len(run.raws),
        "articles": len(run.cleaned),
        "problems": run.problems,
        "cpu_seconds": {stage: round(min(found.cpu[stage]), 4) for stage in PIPELINE_STAGES},
        "clean_cpu_share": round(min(found.cpu["clean"]) / sum(min(found.cpu[s]) for s in PIPELINE_STAGES), 4),
        "words": words,
        "paragraphs": paragraphs,
        "repeat": args.repeat,
        "batch_size": config.nlp.batch_size,
        "load_seconds": round(found.load_seconds, 4),
        "peak_rss_after_load_mib": round(found.rss_after_load, 1),
        "peak_rss_mib": round(found.rss_after_newsprism, 1),
        "peak_rss_with_floor_mib": round(found.rss_after_floor, 1),
        "tracemalloc_peak_mib": {k: round(v, 2) for k, v in heap.items()} if heap is not None else None,
        "tracemalloc_pass_seconds": round(found.traced_seconds, 4) if found.traced_seconds is not None
        else None,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "spacy": version("spacy"),
        "model": f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}",
    }


def times_floor(value: Any) -> str:
    """A stage time as a multiple of the spaCy floor's: 1.18x; small ones with a third digit."""
    if not isinstance(value, int | float):
        return "-"
    return f"{value:.3f}x" if value < 0.1 else f"{value:.2f}x"


def number(value: Any, spec: str) -> str:
    return format(value, spec) if isinstance(value, int | float) else "-"


def ratio(now: Any, then: Any) -> str:
    if not isinstance(now, int | float) or not isinstance(then, int | float) or then == 0:
        return "-"
    return f"{now / then:.2f}"


def print_table(records: list[dict[str, Any]], summary: dict[str, Any], out: TextIO) -> None:
    def say(line: str = "") -> None:
        print(line, file=out)

    say(f"newsprism ingest -> clean -> NLP benchmark, {summary['date']} "
        f"({summary['cpus']} CPUs, Python {summary['python']}, spaCy {summary['spacy']}, "
        f"{summary['model']}, batch size {summary['batch_size']})")
    say(f"articles: {summary['raw_articles']} read from {summary['sources']} sources, "
        f"{summary['articles']} cleaned, {summary['problems']} problems; {summary['words']:,} words "
        f"(whitespace tokens of the cleaned texts) in {summary['paragraphs']:,} paragraphs")
    say(f"model load: {summary['load_seconds']:.2f} s (outside the timed part)")
    say(f"timed passes: {summary['repeat']}, best (median), after a warm-up pass")
    say()
    say(f"{'stage':<17}{'seconds':>9}{'(median)':>11}{'articles/s':>12}{'words/s':>12}{'x floor':>9}")
    for r in records:
        say(f"{r['stage']:<17}{r['seconds']:>9.3f}{'(' + format(r['median_seconds'], '.3f') + ')':>11}"
            f"{r['articles_per_s']:>12,.1f}{r['words_per_s']:>12,.0f}{times_floor(r['ratio_to_spacy']):>9}")
    by_stage = {r["stage"]: r for r in records}
    total, floor, paragraphs = by_stage["total"], by_stage["spacy_floor"], by_stage["spacy_paragraphs"]
    say()
    say(f"newsprism total is {total['ratio_to_spacy']:.2f}x the spaCy floor "
        f"({total['words_per_s']:,.0f} vs {floor['words_per_s']:,.0f} words/s); nlp is "
        f"{ratio(by_stage['nlp']['seconds'], paragraphs['seconds'])}x spaCy alone on the same paragraphs")
    cpu = summary["cpu_seconds"]
    say(f"CPU seconds (best pass): ingest {cpu['ingest']:.2f}, clean {cpu['clean']:.2f}, nlp {cpu['nlp']:.2f}; "
        f"cleaning is {100 * summary['clean_cpu_share']:.1f} % of ingest+clean+nlp CPU "
        "(its share of the whole analysis: benchmarks/bench_analyses.py)")
    say(f"peak RSS: {summary['peak_rss_after_load_mib']:.0f} MiB after load, "
        f"{summary['peak_rss_mib']:.0f} MiB after the newsprism passes, "
        f"{summary['peak_rss_with_floor_mib']:.0f} MiB after the whole-article floor passes")
    heap = summary["tracemalloc_peak_mib"]
    if heap is not None:
        slowdown = summary["tracemalloc_pass_seconds"] / total["seconds"]
        say(f"Python-heap peak (MiB above the start; tracemalloc, separate pass, {slowdown:.1f}x slower): "
            + ", ".join(f"{name} {heap[name]:.1f}" for name in (*PIPELINE_STAGES, "total")))
        say(f"  spaCy alone: paragraphs {heap['spacy_paragraphs']:.1f}, "
            f"whole articles (floor) {heap['spacy_floor']:.1f}")


def load_baseline(path: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any] | None]:
    stages: dict[str, dict[str, Any]] = {}
    summary: dict[str, Any] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if not isinstance(record, dict) or record.get("benchmark") != BENCHMARK:
            continue
        if record.get("stage") == "run":
            summary = record
        elif isinstance(record.get("stage"), str):
            stages[record["stage"]] = record
    return stages, summary


def print_baseline(path: Path, records: list[dict[str, Any]], summary: dict[str, Any], out: TextIO) -> None:
    def say(line: str = "") -> None:
        print(line, file=out)

    stages, then = load_baseline(path)
    say()
    when = f", {then['date']}" if then and then.get("date") else ""
    say(f"against the baseline {path}{when} (current/baseline; words/s above 1 = faster now)")
    if not stages:
        say("  no records of this benchmark in the file")
        return
    if then is not None and (then.get("words"), then.get("articles")) != (summary["words"],
                                                                            summary["articles"]):
        say(f"  warning: the baseline measured {then.get('articles')} articles / {then.get('words')} words, "
            f"now {summary['articles']} / {summary['words']}: not the same input")
    say(f"  {'stage':<17}{'words/s':>12}{'baseline':>12}{'ratio':>7}{'x floor':>9}{'was':>9}")
    for r in records:
        old = stages.get(r["stage"], {})
        old_wps = old.get("words_per_s")
        say(f"  {r['stage']:<17}{r['words_per_s']:>12,.0f}{number(old_wps, ',.0f'):>12}"
            f"{ratio(r['words_per_s'], old_wps):>7}{times_floor(r['ratio_to_spacy']):>9}"
            f"{times_floor(old.get('ratio_to_spacy')):>9}")
    if then is not None:
        rss_then, load_then = then.get("peak_rss_mib"), then.get("load_seconds")
        say(f"  peak RSS: {summary['peak_rss_mib']:.0f} MiB, baseline {number(rss_then, '.0f')} MiB "
            f"(ratio {ratio(summary['peak_rss_mib'], rss_then)}); "
            f"model load {summary['load_seconds']:.2f} s, baseline {number(load_then, '.2f')} s "
            f"(ratio {ratio(summary['load_seconds'], load_then)})")
        heap_now, heap_then = summary.get("tracemalloc_peak_mib"), then.get("tracemalloc_peak_mib")
        if isinstance(heap_now, dict) and isinstance(heap_then, dict):
            say(f"  Python-heap peak (total): {heap_now['total']:.1f} MiB, "
                f"baseline {number(heap_then.get('total'), '.1f')} MiB "
                f"(ratio {ratio(heap_now['total'], heap_then.get('total'))})")


def json_lines(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


# ----------------------------------------------------------------------------- main


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time newsprism's ingest, clean and NLP stages "
                                     "against spaCy's own nlp.pipe (see the module docstring).")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, directories or globs")
    parser.add_argument("--limit", type=positive, help="only the first N articles (in input order)")
    parser.add_argument("--repeat", type=positive, default=3, help="timed passes; the best is reported (3)")
    parser.add_argument("--json", action="store_true",
                        help="print JSON lines on stdout (the table goes to stderr)")
    parser.add_argument("--save", type=Path, metavar="FILE", help="write the JSON lines to FILE")
    parser.add_argument("--baseline", type=Path, metavar="FILE",
                        help="compare with the JSON lines of an earlier run saved in FILE")
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the (slow) Python-heap pass")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.baseline is not None and not args.baseline.is_file():
        print(f"error: no baseline file {args.baseline}", file=sys.stderr)
        return 2
    config = Config()
    found = Measurements()

    resources, found.load_seconds = timed(lambda: load_resources(config.nlp))
    found.rss_after_load = peak_rss_mib()

    inputs = select_inputs(args.paths, args.limit, config)
    warmup = run_pipeline(inputs, args.limit, config, resources)
    if not warmup.cleaned:
        print(f"error: no article to benchmark ({len(warmup.raws)} read, {warmup.problems} problems)",
              file=sys.stderr)
        return 1
    texts = [article.text for article in warmup.cleaned]
    paragraphs = [text[start:end] for text in texts for start, end in paragraph_spans(text)]
    words = sum(len(text.split()) for text in texts)

    measure(args, config, resources, inputs, texts, paragraphs, found)

    records = stage_records(found, warmup, words, args.repeat)
    summary = run_record(args, config, warmup, words, len(paragraphs), found, resources)
    lines = json_lines([*records, summary])
    table_out = sys.stderr if args.json else sys.stdout
    print_table(records, summary, table_out)
    if args.baseline is not None:
        print_baseline(args.baseline, records, summary, table_out)
    if args.json:
        sys.stdout.write(lines)
    if args.save is not None:
        args.save.write_text(lines, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
