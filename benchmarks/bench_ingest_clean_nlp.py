"""Benchmark newsprism's ingest → clean → NLP stages against spaCy's own ``nlp.pipe`` (the floor).

Usage::

    .venv/bin/python benchmarks/bench_ingest_clean_nlp.py PATH [PATH...] [--limit N] [--repeat R]
        [--json] [--save FILE] [--baseline FILE] [--no-tracemalloc]

PATHs are what ``newsprism analyze`` takes (files, directories, globs). The spaCy pipeline is
loaded once, outside the timed part, and its load time is reported on its own. One untimed
warm-up run (lazy imports, spaCy's first batch, the OS file cache) comes before the ``R`` timed
runs; each stage reports the best of the ``R`` runs, the median in brackets.

Stages, all over the same articles:

* ``ingest``  – ``newsprism.ingest.read_inputs``
* ``clean``   – ``newsprism.pipeline.clean_all``
* ``nlp``     – ``newsprism.nlp.annotate`` (one ``nlp.pipe`` stream of paragraphs)
* ``total``   – the three above, back to back
* ``spacy_floor`` – ``resources.spacy.pipe`` over the cleaned article texts, whole, same batch
  size, same loaded pipeline: what spaCy alone costs. ``ratio_to_spacy`` = stage time / floor time.
* ``spacy_paragraphs`` – the same, over the paragraphs ``annotate`` feeds spaCy: separates the
  cost of parsing paragraph by paragraph from the cost of newsprism's own work.

Words are whitespace tokens of the cleaned texts (the same count for every stage); articles are
those a stage handled (raw articles for ingest, clean and total; cleaned ones for NLP and spaCy).

Memory: peak RSS of the process (``ru_maxrss``) after loading and after the timed runs, and the
Python-heap peak per stage from ``tracemalloc`` in a separate, slower pass after the timed runs
(its figures are allocations made during the run; the loaded model is not counted).
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
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any, TextIO, TypeVar

from newsprism.config import Config, NlpConfig
from newsprism.ingest import RawArticle, read_inputs
from newsprism.ingest.sources import expand
from newsprism.model import Article
from newsprism.nlp import NlpResources, annotate, load_resources
from newsprism.nlp.sentences import paragraph_spans
from newsprism.pipeline import clean_all

BENCHMARK = "ingest_clean_nlp"
STAGES = ("ingest", "clean", "nlp", "total", "spacy_floor", "spacy_paragraphs")
PIPELINE_STAGES = ("ingest", "clean", "nlp")
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


def timed(function: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def run_pipeline(inputs: list[str], limit: int | None, config: Config, resources: NlpResources,
                 on_stage: Callable[[str], None] | None = None) -> PipelineRun:
    """One pass over the articles; ``on_stage`` is called before each stage (tracemalloc uses it)."""
    seconds: dict[str, float] = {}

    def stage(name: str, function: Callable[[], T]) -> T:
        if on_stage is not None:
            on_stage(name)
        result, seconds[name] = timed(function)
        return result

    ingested = stage("ingest", lambda: read_inputs(inputs, config.ingest))
    raws = ingested.articles[:limit]
    cleaned, problems = stage("clean", lambda: clean_all(raws, config.clean))
    stage("nlp", lambda: annotate(cleaned, resources, config.nlp))
    seconds["total"] = sum(seconds[name] for name in PIPELINE_STAGES)
    return PipelineRun(seconds, raws, cleaned, len(ingested.problems) + len(problems))


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
                 floor_texts: Sequence[str]) -> tuple[dict[str, float], float]:
    """Python-heap peak (MiB) above the level at the start, per stage, from one traced pass each.

    Returns the peaks and the seconds the traced pipeline pass took (tracemalloc slows it down).
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

    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        run = run_pipeline(inputs, limit, config, resources, on_stage)
        close_stage()
        peaks["total"] = (max(peaks[name] * MIB + marks[name] for name in PIPELINE_STAGES) - start) / MIB
        traced_seconds = run.seconds["total"]
        del run
        gc.collect()
        tracemalloc.reset_peak()
        mark = tracemalloc.get_traced_memory()[0]
        run_spacy(resources, floor_texts, config.nlp.batch_size)
        peaks["spacy_floor"] = (tracemalloc.get_traced_memory()[1] - mark) / MIB
    finally:
        tracemalloc.stop()
    return peaks, traced_seconds


# ----------------------------------------------------------------------------- reporting


def stage_records(times: dict[str, list[float]], run: PipelineRun, words: int,
                  repeat: int) -> list[dict[str, Any]]:
    floor = min(times["spacy_floor"])
    records: list[dict[str, Any]] = []
    for stage in STAGES:
        best = min(times[stage])
        articles = len(run.raws) if stage in ("ingest", "clean", "total") else len(run.cleaned)
        records.append({
            "benchmark": BENCHMARK,
            "stage": stage,
            "articles_per_s": round(articles / best, 3) if best > 0 else None,
            "words_per_s": round(words / best, 1) if best > 0 else None,
            "ratio_to_spacy": round(best / floor, 4) if floor > 0 else None,
            "seconds": round(best, 6),
            "median_seconds": round(statistics.median(times[stage]), 6),
            "articles": articles,
            "words": words,
            "repeat": repeat,
        })
    return records


def run_record(args: argparse.Namespace, inputs: list[str], run: PipelineRun, words: int, paragraphs: int,
               load_seconds: float, rss_after_load: float, rss_after_runs: float,
               heap: dict[str, float] | None, traced_seconds: float | None,
               resources: NlpResources) -> dict[str, Any]:
    meta = resources.spacy.meta
    return {
        "benchmark": BENCHMARK,
        "stage": "run",
        "date": date.today().isoformat(),
        "paths": args.paths,
        "limit": args.limit,
        "sources": len(inputs),
        "raw_articles": len(run.raws),
        "articles": len(run.cleaned),
        "problems": run.problems,
        "words": words,
        "paragraphs": paragraphs,
        "repeat": args.repeat,
        "batch_size": NlpConfig().batch_size,
        "load_seconds": round(load_seconds, 4),
        "peak_rss_after_load_mib": round(rss_after_load, 1),
        "peak_rss_mib": round(rss_after_runs, 1),
        "tracemalloc_peak_mib": {k: round(v, 2) for k, v in heap.items()} if heap is not None else None,
        "tracemalloc_pass_seconds": round(traced_seconds, 4) if traced_seconds is not None else None,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "spacy": version("spacy"),
        "model": f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}",
    }


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
    say(f"timed runs: {summary['repeat']}, best (median) after one warm-up run")
    say()
    say(f"{'stage':<17}{'seconds':>9}{'(median)':>11}{'articles/s':>12}{'words/s':>11}{'x floor':>9}")
    for r in records:
        say(f"{r['stage']:<17}{r['seconds']:>9.3f}{'(' + format(r['median_seconds'], '.3f') + ')':>11}"
            f"{r['articles_per_s']:>12,.1f}{r['words_per_s']:>11,.0f}{times_floor(r['ratio_to_spacy']):>9}")
    by_stage = {r["stage"]: r for r in records}
    say()
    say(f"newsprism total is {by_stage['total']['ratio_to_spacy']:.2f}x the spaCy floor "
        f"({by_stage['total']['words_per_s']:,.0f} vs {by_stage['spacy_floor']['words_per_s']:,.0f} words/s)")
    say(f"peak RSS: {summary['peak_rss_after_load_mib']:.0f} MiB after load, "
        f"{summary['peak_rss_mib']:.0f} MiB after the timed runs")
    heap = summary["tracemalloc_peak_mib"]
    if heap is not None:
        slowdown = summary["tracemalloc_pass_seconds"] / by_stage["total"]["seconds"]
        parts = ", ".join(f"{name} {heap[name]:.1f}" for name in (*PIPELINE_STAGES, "total", "spacy_floor"))
        say(f"Python-heap peak (tracemalloc, separate pass, {slowdown:.1f}x slower; MiB above the start): "
            f"{parts}")


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


def times_floor(value: Any) -> str:
    """A stage time as a multiple of the spaCy floor: 1.18x; small ones with a third digit."""
    if not isinstance(value, int | float):
        return "-"
    return f"{value:.3f}x" if value < 0.1 else f"{value:.2f}x"


def number(value: Any, spec: str) -> str:
    return format(value, spec) if isinstance(value, int | float) else "-"


def ratio(now: Any, then: Any) -> str:
    if not isinstance(now, int | float) or not isinstance(then, int | float) or then == 0:
        return "-"
    return f"{now / then:.2f}"


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
    say(f"  {'stage':<17}{'words/s':>11}{'baseline':>11}{'ratio':>7}{'x floor':>9}{'was':>9}")
    for r in records:
        old = stages.get(r["stage"])
        if old is None:
            say(f"  {r['stage']:<17}{r['words_per_s']:>11,.0f}{'-':>11}{'-':>7}")
            continue
        old_wps = old.get("words_per_s")
        say(f"  {r['stage']:<17}{r['words_per_s']:>11,.0f}{number(old_wps, ',.0f'):>11}"
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, directories or globs")
    parser.add_argument("--limit", type=positive, help="only the first N articles (in input order)")
    parser.add_argument("--repeat", type=positive, default=3, help="timed runs; the best is reported (3)")
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

    resources, load_seconds = timed(lambda: load_resources(config.nlp))
    rss_after_load = peak_rss_mib()

    inputs = select_inputs(args.paths, args.limit, config)
    warmup = run_pipeline(inputs, args.limit, config, resources)
    if not warmup.cleaned:
        print(f"error: no article to benchmark ({len(warmup.raws)} read, {warmup.problems} problems)",
              file=sys.stderr)
        return 1
    texts = [article.text for article in warmup.cleaned]
    paragraphs = [text[start:end] for text in texts for start, end in paragraph_spans(text)]
    words = sum(len(text.split()) for text in texts)
    batch_size = config.nlp.batch_size
    run_spacy(resources, texts, batch_size)

    times: dict[str, list[float]] = {stage: [] for stage in STAGES}
    for _ in range(args.repeat):
        gc.collect()
        run = run_pipeline(inputs, args.limit, config, resources)
        if [a.text for a in run.cleaned] != texts:
            print("error: the cleaned texts changed between runs", file=sys.stderr)
            return 1
        for stage, seconds in run.seconds.items():
            times[stage].append(seconds)
        del run
        gc.collect()
        times["spacy_floor"].append(run_spacy(resources, texts, batch_size))
        gc.collect()
        times["spacy_paragraphs"].append(run_spacy(resources, paragraphs, batch_size))
    rss_after_runs = peak_rss_mib()

    heap: dict[str, float] | None = None
    traced_seconds: float | None = None
    if not args.no_tracemalloc:
        heap, traced_seconds = traced_peaks(inputs, args.limit, config, resources, texts)

    records = stage_records(times, warmup, words, args.repeat)
    summary = run_record(args, inputs, warmup, words, len(paragraphs), load_seconds, rss_after_load,
                         rss_after_runs, heap, traced_seconds, resources)
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
