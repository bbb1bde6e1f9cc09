"""The alignment's scoring alone on a big story (issue #20): its input saved once, then ``align._links`` timed.

``--save FILE --articles N [--one-event]`` runs the analysis of bench_story.py's story up to the scoring and pickles
its input (the representatives' texts, word pieces and token states, the candidate pairs, their cosines and which
are verbatim), stopping there. ``--load FILE`` reads it back, runs ``_links`` and prints JSON lines
``{"benchmark": "scoring", "metric", "value"}``: ``cpu_s``; the work's shape: ``pairs`` (candidates),
``modelled`` (not verbatim), ``distinct_text_pairs`` (the modelled pairs as unordered pairs of texts: what a
scoring keyed by the two texts would read), ``partial_ratios`` (rapidfuzz partial_ratio calls: the scoring's
costliest feature, and each part-of link's score) and ``contradiction_reads``; ``links`` and ``digest`` (the
SHA-256 of the links' arrays: two trees that link the same pairs with the same scores print the same).
``--profile FILE`` writes a cProfile of the call.

Run another tree's code on the same input with ``PYTHONPATH=TREE/src`` (the pickle holds arrays and strings):

    .venv/bin/python benchmarks/bench_scoring.py --save /tmp/s20.pkl --articles 20 --one-event
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/bench_scoring.py --load /tmp/s20.pkl
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pickle
from pathlib import Path
from typing import Any

import bench_story as bench  # this folder is the script's first path: benchmarks is no package
import numpy as np
from rapidfuzz import fuzz

from newsprism import align, pipeline
from newsprism.align import similarity
from newsprism.config import Config
from newsprism.nlp.encoder import EncodedText


class _Saved(Exception):
    """Raised once the scoring's input is pickled: the analysis stops there."""


def save(path: Path, articles: int, one_event: bool) -> None:
    """Analyse the story up to the scoring and pickle its input to ``path``."""
    story = (bench.one_event_story if one_event else bench.planted_story)(bench.POLNEAR, articles)

    def capture(encoded: list[EncodedText], pairs: Any, cosine: Any, memo: Any = None, verbatim: Any = None) -> None:
        plain = [(x.text, tuple(x.pieces), np.array(x.states), np.array(x.offsets)) for x in encoded]
        with path.open("wb") as out:
            pickle.dump((plain, pairs, cosine, verbatim), out, protocol=pickle.HIGHEST_PROTOCOL)
        raise _Saved

    setattr(align, "_links", capture)  # noqa: B010 (the step align_story calls, replaced)
    try:
        pipeline.analyze_raw(story, Config())
    except _Saved:
        print(json.dumps({"benchmark": "scoring", "saved": str(path), "articles": articles}))


def load(path: Path, profile: Path | None) -> None:
    """Time ``_links`` on the pickled input; print its CPU, its work's shape, the links' count and digest."""
    with path.open("rb") as held:
        plain, pairs, cosine, verbatim = pickle.load(held)
    encoded = [EncodedText(text, pieces, states, offsets) for text, pieces, states, offsets in plain]
    counts = {"partial_ratios": 0, "contradiction_reads": 0}
    _count(fuzz, "partial_ratio", counts, "partial_ratios")
    _count(similarity, "contradicts", counts, "contradiction_reads")
    profiler = cProfile.Profile() if profile else None
    start = bench.cpu_seconds()
    links = align._links(encoded, pairs, cosine, None, verbatim) if profiler is None else profiler.runcall(
        align._links, encoded, pairs, cosine, None, verbatim)
    cpu = bench.cpu_seconds() - start
    if profiler and profile:
        profiler.dump_stats(str(profile))
    modelled = pairs[~verbatim]
    texts = [x.text for x in encoded]
    distinct = {frozenset((texts[i], texts[j])) for i, j in modelled.tolist()}
    digest = hashlib.sha256(b"".join(a.tobytes() for a in (links.a, links.b, links.score, links.verbatim)))
    for metric, value in (("cpu_s", round(cpu, 2)), ("pairs", len(pairs)), ("modelled", len(modelled)),
                          ("distinct_text_pairs", len(distinct)), *counts.items(), ("links", len(links)),
                          ("digest", digest.hexdigest()[:16])):
        print(json.dumps({"benchmark": "scoring", "input": path.name, "metric": metric, "value": value}))


def _count(module: Any, name: str, counts: dict[str, int], key: str) -> None:
    """Count the calls of ``module.name`` under ``counts[key]`` (the callers look it up at each call)."""
    original = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        counts[key] += 1
        return original(*args, **kwargs)

    setattr(module, name, counted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", type=Path, help="pickle the scoring's input of a story here")
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--one-event", action="store_true", help="every article restates one base's facts")
    parser.add_argument("--load", type=Path, help="time the scoring on a pickled input")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the scoring here")
    args = parser.parse_args()
    if args.save:
        save(args.save, args.articles, args.one_event)
    if args.load:
        load(args.load, args.profile)


if __name__ == "__main__":
    main()
