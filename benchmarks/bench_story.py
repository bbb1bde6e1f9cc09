"""Time and memory of one whole analysis (``analyze_raw``) on a big story (issue #20).

Two stories of N articles, built from PolNeAR texts:
- planted (default): the project's planted-duplicate generator (:mod:`newsprism.eval.planted`): originals with
  reprints and rewrites of different bases, the first N records;
- one event (``--one-event``): every article restates one base article's facts: each is a reprint or a rewrite
  of the same base (what a big event looks like: the same facts again and again).

Prints one JSON line per metric, ``{"benchmark", "articles", "metric", "value"}``: ``cpu_s`` and ``wall_s`` of the
analysis, ``peak_rss_mb`` (the process's peak, read right after the analysis), per-stage seconds
(``stage_<name>_cpu_s``, each pipeline stage's CPU where the pipeline calls it), ``report_mb`` (the JSON report),
``encoder_floor_ratio`` (analysis CPU ÷ the encoder's own CPU on the same distinct sentences, same process,
after the analysis) and ``spacy_floor_ratio`` (analysis CPU ÷ spaCy's own ``nlp.pipe`` on the cleaned texts).

Also one line ``report_sha256`` whose value is the first 16 hex digits of the JSON report's SHA-256: two trees
whose analyses are meant to agree give the same digest (run both with one ``PYTHONHASHSEED``: a link's score sums
word weights over a set, so its last bits follow the hash seed). With ``--profile FILE``, the analysis runs under
cProfile on the CPU clock and its stats are written to FILE (``FILE.N`` for each size N of several); the profiler
inflates the CPU of Python-heavy stages several times (the encoder's and spaCy's compiled work hardly), so a profiled
run's seconds are read as shares of where the CPU goes, not as the analysis's time.

With ``--add-one``, the analysis keeps its story cache (:class:`newsprism.story_cache.StoryCache`) and the next
article of the same generator is then added (the web app's 'add article'): ``add_one_cpu_s`` and
``add_one_wall_s`` of that second analysis, ``add_one_share`` (its CPU ÷ the full analysis's), the stages' CPU
in it (``add_one_stage_<name>_cpu_s``) and ``add_one_articles_read`` (the articles whose per-article readings were
read afresh, :class:`newsprism.memo.Readings`: the one added); then the same N + 1 articles analysed from scratch
(``newsprism analyze``'s one-analysis cache): ``add_one_scratch_cpu_s``, ``add_one_scratch_share`` (the add's CPU ÷
it) and ``add_one_equal`` (1: the add's JSON report is byte-equal to the from-scratch one). ``--profile-add FILE``
writes the add's cProfile stats.

    .venv/bin/python benchmarks/bench_story.py --articles 5 100 500
    .venv/bin/python benchmarks/bench_story.py --articles 2000 --one-event
    .venv/bin/python benchmarks/bench_story.py --articles 100 200 --add-one
    .venv/bin/python benchmarks/bench_story.py --articles 200 --add-one --skip-floors --profile-add /tmp/add200.prof
    .venv/bin/python benchmarks/bench_story.py --articles 100 --skip-floors --profile /tmp/story100.prof
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsprism import align, pipeline, story_cache
from newsprism.config import Config
from newsprism.eval.planted import distinct, plant, read_polnear, reprint, rewrite
from newsprism.ingest import RawArticle
from newsprism.nlp import load_resources

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "data"
STAGES = ("clean_article", "read_page", "evidence", "clean_page",
          "parse", "align_story", "relate", "find_facts", "find_entities", "attribute_speakers",
          "find_quotes", "cluster_quotes", "build_timeline", "find_conflicts", "summarize", "story_table",
          "find_figures", "describe_outlets", "sentence_table", "candidate_pairs", "_links", "expand_links")
"""Timed where the pipeline (or the story cache, for cleaning and parsing; the aligner, for its steps) calls them."""
TIMED_MODULES = (pipeline, story_cache, align)
"""The modules whose STAGES are wrapped (each stage is looked up in each)."""
SEED = 2016


def planted_story(folder: Path, count: int) -> list[RawArticle]:
    """The first ``count`` records of the planted corpus over PolNeAR texts (train and dev)."""
    rng = random.Random(SEED)
    records = plant(distinct(read_polnear(folder, rng)), SEED + 1)
    story = []
    for record in records:
        story.append(_raw(str(record["id"]), str(record["text"]), record["outlet"], record["published"]))
        if len(story) == count:
            break
    return story


def one_event_story(folder: Path, count: int) -> list[RawArticle]:
    """``count`` articles that all restate one base: the base, then reprints and rewrites of it."""
    rng = random.Random(SEED)
    bases = distinct(read_polnear(folder, rng))
    base = max(bases[:200], key=lambda b: len(b.text))  # a full story: the longest of the first 200
    story = [_raw("base", base.text, base.outlet, base.published.isoformat())]
    for n in range(1, count):
        outlet = f"Outlet {n}"
        text = reprint(base.text, rng, outlet, base.outlet or "x") if rng.random() < 0.5 else rewrite(base.text, rng)
        story.append(_raw(f"copy-{n}", text, outlet, base.published.isoformat()))
    return story


def _raw(item_id: str, text: str, outlet: str | None, published: str | None) -> RawArticle:
    return RawArticle(id=item_id.replace("/", "_"), source=item_id, format="json", text=text, outlet=outlet,
                      published=published)


def cpu_seconds() -> float:
    """This process's user and system CPU seconds so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _rss_mb() -> float:
    """The process's resident memory now, in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    """The process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_stages(seconds: dict[str, float], memory: dict[str, float] | None = None, echo: bool = False) -> None:
    """Wrap each pipeline stage (as the pipeline module names it) in a CPU timer (the machine is shared: CPU
    seconds, not wall, are what a stage costs); with ``memory``, also the resident MB each stage leaves
    (``memory[name]``) and the process's peak when it ends (``memory[name + "_peak"]``: the first stage whose
    peak reads the analysis's peak is where it was reached); with ``echo``, each stage's figures are printed on
    stderr as it ends (a run killed before its end keeps them)."""
    for module, name in [(m, n) for m in TIMED_MODULES for n in STAGES]:
        original = getattr(module, name, None)
        if original is None or (name == "clean_article" and module is pipeline):
            continue

        def wrapper(*args: Any, _f: Callable[..., Any] = original, _n: str = name, **kwargs: Any) -> Any:
            start = cpu_seconds()
            try:
                return _f(*args, **kwargs)
            finally:
                seconds[_n] = seconds.get(_n, 0.0) + cpu_seconds() - start
                if memory is not None:
                    memory[_n] = _rss_mb()
                    memory[f"{_n}_peak"] = _peak_mb()
                if echo:
                    print(json.dumps({"stage": _n, "cpu_s": round(seconds[_n], 2), "rss_mb": round(_rss_mb()),
                                      "peak_mb": round(_peak_mb())}), file=sys.stderr, flush=True)

        setattr(module, name, functools.wraps(original)(wrapper))


def measure(story: list[RawArticle], kind: str, extra: RawArticle | None = None,
            floors: bool = True, profile: Path | None = None, add_profile: Path | None = None
            ) -> list[dict[str, Any]]:
    """The figures of one analysis of ``story``; with ``extra``, of adding it to the story afterwards too; without
    ``floors``, no encoder and spaCy floors (their runs cost as much again as the analysis); with ``profile``, the
    analysis's cProfile stats (CPU clock) written there; with ``add_profile``, the add's."""
    config = Config()
    resources = load_resources(config.nlp)
    pipeline.analyze_raw(story[:2], config, resources)  # warm: lazy models and tables load outside the timing
    seconds: dict[str, float] = {}
    timed_stages(seconds)
    cache = story_cache.StoryCache()
    profiler = cProfile.Profile(time.process_time) if profile else None
    cpu, wall = cpu_seconds(), time.perf_counter()
    report = pipeline.analyze_raw(story, config, resources, cache=cache) if profiler is None else profiler.runcall(
        pipeline.analyze_raw, story, config, resources, cache=cache)
    cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
    if profiler is not None and profile is not None:
        profiler.dump_stats(profile)
    stages = dict(seconds)
    added = _add_one(story, extra, config, resources, cache, seconds, add_profile) if extra else {}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    written = report.model_dump_json().encode()
    report_mb = len(written) / 1e6
    distinct_sentences = sorted({s.text for a in report.articles for s in a.sentences})
    encoder_cpu, spacy_cpu = _floors(distinct_sentences, report.articles, resources, config) if floors else (0, 0)
    figures = {"cpu_s": cpu, "wall_s": wall, "peak_rss_mb": peak, "report_mb": report_mb,
               "encoder_floor_ratio": cpu / max(encoder_cpu, 1e-9) if floors else 0.0,
               "spacy_floor_ratio": cpu / max(spacy_cpu, 1e-9) if floors else 0.0,
               "encoder_cpu_s": encoder_cpu, "spacy_cpu_s": spacy_cpu, "sentences": sum(len(a.sentences) for a in
                                                                                      report.articles),
               "distinct_sentences": len(distinct_sentences), "links_reuse": len(report.reuse),
               **{f"stage_{name}_cpu_s": value for name, value in stages.items()}, **added}
    if added:
        figures["add_one_share"] = added["add_one_cpu_s"] / max(cpu, 1e-9)
        figures["add_one_scratch_share"] = added["add_one_cpu_s"] / max(added["add_one_scratch_cpu_s"], 1e-9)
    digest = {"benchmark": f"story_{kind}", "articles": len(story), "metric": "report_sha256",
              "value": hashlib.sha256(written).hexdigest()[:16]}
    return [*({"benchmark": f"story_{kind}", "articles": len(story), "metric": metric, "value": round(value, 3)}
              for metric, value in figures.items()), digest]


def _floors(sentences: list[str], articles: list[Any], resources: Any, config: Config) -> tuple[float, float]:
    """CPU seconds of the encoder's own run on the distinct sentences, and of spaCy's own on the cleaned texts."""
    encoder_cpu = cpu_seconds()
    resources.encoder.encode(sentences)
    encoder_cpu = cpu_seconds() - encoder_cpu
    spacy_cpu = cpu_seconds()
    for _ in resources.spacy.pipe([a.text for a in articles], batch_size=config.nlp.batch_size):
        pass
    return encoder_cpu, cpu_seconds() - spacy_cpu


def _add_one(story: list[RawArticle], extra: RawArticle, config: Config, resources: Any,
             cache: story_cache.StoryCache, seconds: dict[str, float], profile: Path | None = None
             ) -> dict[str, float]:
    """CPU and wall seconds of analysing the story again with ``extra`` added, reusing ``cache``, and its stages' CPU
    (``seconds``, the stage timers' dict); with ``profile``, under cProfile on the CPU clock, its stats written there
    (the profiler inflates the add's CPU: read its shares). Then the story with ``extra`` analysed from scratch
    (a one-analysis cache, as ``newsprism analyze``): its CPU (``add_one_scratch_cpu_s``) and whether the add's
    report is byte-equal to it (``add_one_equal``, 1 or 0: the incremental path must give the same report)."""
    profiler = cProfile.Profile(time.process_time) if profile else None
    seconds.clear()
    cpu, wall = cpu_seconds(), time.perf_counter()
    run = functools.partial(pipeline.analyze_raw, [*story, extra], config, resources, cache=cache)
    added = (run() if profiler is None else profiler.runcall(run)).model_dump_json()
    figures = {"add_one_cpu_s": cpu_seconds() - cpu, "add_one_wall_s": time.perf_counter() - wall,
               "add_one_articles_read": len(cache.readings.fresh),
               **{f"add_one_stage_{name}_cpu_s": value for name, value in seconds.items()}}
    if profiler is not None and profile is not None:
        profiler.dump_stats(profile)
    scratch = cpu_seconds()
    equal = pipeline.analyze_raw([*story, extra], config, resources).model_dump_json() == added
    return {**figures, "add_one_scratch_cpu_s": cpu_seconds() - scratch, "add_one_equal": float(equal)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[5, 100, 500])
    parser.add_argument("--one-event", action="store_true", help="every article restates one base's facts")
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="PolNeAR data folder (*/text/*.txt under it)")
    parser.add_argument("--add-one", action="store_true", help="then add the next article, reusing the story cache")
    parser.add_argument("--skip-floors", action="store_true", help="no encoder and spaCy floor runs")
    parser.add_argument("--profile", type=Path, help="write the analysis's cProfile stats (CPU clock) to this file")
    parser.add_argument("--profile-add", type=Path, help="with --add-one: write the add's cProfile stats to this file")
    args = parser.parse_args()
    if len(args.articles) > 1:  # one fresh process per size: each peak RSS is its own
        for count in args.articles:
            flags = [flag for flag, on in (("--one-event", args.one_event), ("--add-one", args.add_one),
                                          ("--skip-floors", args.skip_floors)) if on]
            profile = ["--profile", f"{args.profile}.{count}"] if args.profile else []
            profile += ["--profile-add", f"{args.profile_add}.{count}"] if args.profile_add else []
            subprocess.run([sys.executable, __file__, "--articles", str(count), "--polnear", str(args.polnear),
                            *flags, *profile], check=True)
        return
    for count in args.articles:
        story = (one_event_story if args.one_event else planted_story)(args.polnear, count + args.add_one)
        added = story.pop() if args.add_one else None
        for line in measure(story, "one_event" if args.one_event else "planted", added, not args.skip_floors,
                            args.profile, args.profile_add):
            print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
