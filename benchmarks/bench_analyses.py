"""Time the per-story analyses (entities, quotes, timeline, conflicts, summary) next to spaCy, their floor.

    .venv/bin/python benchmarks/bench_analyses.py PATH [PATH...] [--story-size N] [--save FILE] [--baseline FILE]

PATH takes what ``newsprism analyze`` takes. The articles are cut into stories of
``--story-size`` articles (default 10; the seeds are one story of 5), parsed once, aligned
once, then each analysis is timed over every story. One JSON line per stage: seconds, ms per
article, throughput, and the ratio to ``spacy_floor`` (spaCy's own ``nlp.pipe`` over the
same cleaned texts, which every analysis needs first). ``--baseline`` adds each stage's
ratio to the same stage in a saved run. Every figure is CPU seconds of this process.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from newsprism.align import StoryAlignment, align_story
from newsprism.config import Config, SummaryConfig
from newsprism.conflicts import ConflictInput, find_conflicts
from newsprism.entities import find_entities
from newsprism.figures import find_figures
from newsprism.ingest import read_inputs
from newsprism.model import Article
from newsprism.nlp import NlpResources, ParsedArticle, load_resources, parse
from newsprism.pipeline import clean_all
from newsprism.quotes import attribute_speakers, cluster_quotes, find_quotes
from newsprism.reuse import relate
from newsprism.story_table import story_table
from newsprism.summary import SummaryInput, summarize
from newsprism.timeline import build_timeline

T = TypeVar("T")


def timed(function: Callable[..., T], *args: object) -> tuple[T, float]:
    """The result and the CPU seconds of this process it took (the machine is shared: wall time counts the others'
    work too)."""
    start = time.process_time()
    result = function(*args)
    return result, time.process_time() - start


def stories(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def spacy_floor(resources: NlpResources, articles: list[Article]) -> float:
    start = time.process_time()
    for _doc in resources.spacy.pipe((a.text for a in articles), batch_size=64):
        pass
    return time.process_time() - start


def analyse(parsed: list[list[ParsedArticle]], aligned: list[StoryAlignment],
            resources: NlpResources) -> tuple[dict[str, float], dict[str, int]]:
    """Seconds of each analysis over all stories, and how much each found."""
    stages = ("entities", "figures", "quotes", "quote_clusters", "timeline", "conflicts", "summary")
    seconds = dict.fromkeys(stages, 0.0)
    found = dict.fromkeys(stages, 0)
    for story, alignment in zip(parsed, aligned, strict=True):
        index, spent = timed(find_entities, story)
        seconds["entities"] += spent
        reuse = relate(alignment)
        table = story_table(alignment, reuse)
        figures, spent = timed(find_figures, table, index, resources.encoder, story)  # as the pipeline calls it
        seconds["figures"] += spent
        variants, spent = timed(lambda s: [v for p in s for v in find_quotes(p)], story)
        seconds["quotes"] += spent
        clusters, spent = timed(cluster_quotes, attribute_speakers(variants, index), resources.encoder, None,
                                alignment.table)  # as the pipeline calls it: quotes read from the sentences
        seconds["quote_clusters"] += spent
        events, spent = timed(build_timeline, story, alignment)
        seconds["timeline"] += spent
        conflicts, spent = timed(find_conflicts, ConflictInput(alignment, reuse, clusters, events, index,
                                                               resources.encoder, None, table, figures))
        seconds["conflicts"] += spent
        summary, spent = timed(summarize, SummaryInput(alignment, table.facts, conflicts),
                               SummaryConfig())
        seconds["summary"] += spent
        for stage, items in zip(stages, (index.entities, figures, variants, clusters, events, conflicts, summary),
                                strict=True):
            found[stage] += len(items)
    return seconds, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--story-size", type=int, default=10)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--baseline", type=Path)
    args = parser.parse_args()
    config = Config()
    resources = load_resources(config.nlp)
    cpu_start = time.process_time()  # CPU time: the machine is shared, wall time would count the others' work
    raws = read_inputs(args.paths, config.ingest).articles
    clean_start = time.process_time()
    articles, _ = clean_all(raws, config.clean)
    clean_cpu = time.process_time() - clean_start
    floor_start = time.process_time()
    spacy_floor(resources, articles[:5])  # warm-up
    floor = spacy_floor(resources, articles)
    floor_cpu = time.process_time() - floor_start  # spaCy's floor is a reference, not part of the analysis
    groups = stories(articles, args.story_size)
    parsed, parse_s = timed(lambda: [parse(g, resources, config.nlp) for g in groups])
    aligned, align_s = timed(lambda: [align_story([p.article for p in story], resources.encoder) for story in parsed])
    seconds, found = analyse(parsed, aligned, resources)
    analysis_cpu = time.process_time() - cpu_start - floor_cpu
    rows = [("spacy_floor", floor, None), ("parse", parse_s, None), ("align", align_s, None),
            ("figures", seconds.pop("figures"), found["figures"]),
            *((stage, spent, found[stage]) for stage, spent in seconds.items())]
    baseline = _read(args.baseline) if args.baseline else {}
    lines = [_line(stage, spent, count, len(articles), floor, baseline.get(stage)) for stage, spent, count in rows]
    for line in lines:
        print(json.dumps(line))
    print(json.dumps({"benchmark": "analyses", "stage": "clean_share", "clean_cpu_s": round(clean_cpu, 3),
                      "analysis_cpu_s": round(analysis_cpu, 3), "share": round(clean_cpu / analysis_cpu, 4)}))
    print(json.dumps({"benchmark": "analyses", "articles": len(articles), "stories": len(groups),
                      "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
    if args.save:
        args.save.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def _line(stage: str, seconds: float, count: int | None, articles: int, floor: float,
          before: float | None) -> dict[str, object]:
    line: dict[str, object] = {"benchmark": "analyses", "stage": stage, "seconds": round(seconds, 3),
                               "ms_per_article": round(1000 * seconds / max(articles, 1), 2),
                               "x_spacy_floor": round(seconds / floor, 3) if floor else None}
    if count is not None:
        line["found"] = count
        line["per_second"] = round(count / seconds, 1) if seconds else None
    if before:
        line["x_baseline"] = round(seconds / before, 3)
    return line


def _read(path: Path) -> dict[str, float]:
    lines = (json.loads(row) for row in path.read_text(encoding="utf-8").splitlines() if row.strip())
    return {line["stage"]: float(line["seconds"]) for line in lines}


if __name__ == "__main__":
    main()
