"""The conflicts stage alone on a big story (issue #20): its inputs saved once, then ``find_conflicts`` timed.

``--save FILE --articles N [--one-event]`` runs the analysis of bench_story.py's story up to the conflicts and
pickles the stage's input (:class:`newsprism.conflicts.ConflictInput`; the story's encoder keeps the vectors it
read, not its model or token states), stopping there. ``--load FILE`` reads it back (the encoder's model loaded
again), runs ``find_conflicts`` under a fresh :class:`newsprism.memo.Readings` (as the pipeline does) and prints
JSON lines ``{"benchmark": "conflicts", "metric", "value"}``: ``cpu_s``, ``conflicts`` and ``digest`` (the SHA-256
of the conflicts' JSON: two trees that find the same conflicts print the same). ``--dump FILE`` writes that JSON,
``--profile FILE`` a cProfile of the call (its top functions by own time on stderr).

Run another tree's code on the same input with ``PYTHONPATH=TREE/src`` (the pickle holds records, not code):

    .venv/bin/python benchmarks/bench_conflicts.py --save /tmp/c100.pkl --articles 100 --one-event
    .venv/bin/python benchmarks/bench_conflicts.py --load /tmp/c100.pkl --profile /tmp/c100.prof
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pickle
import pstats
import sys
from pathlib import Path
from typing import Any

import bench_story as bench  # this folder is the script's first path: benchmarks is no package

from newsprism import pipeline
from newsprism.config import Config
from newsprism.memo import Readings
from newsprism.nlp import load_resources
from newsprism.nlp.story_encoder import StoryEncoder

TOP_FUNCTIONS = 40
"""Functions listed from a profile, by own time."""


class _Saved(Exception):
    """Raised once the conflicts' input is pickled: the analysis stops there."""


def save(path: Path, articles: int, one_event: bool) -> None:
    """Analyse the story up to the conflicts and pickle their input to ``path``."""
    story = (bench.one_event_story if one_event else bench.planted_story)(bench.POLNEAR, articles)

    def capture(story_input: Any) -> list[Any]:
        encoder = story_input.encoder
        if isinstance(encoder, StoryEncoder):
            kept = StoryEncoder.__new__(StoryEncoder)
            kept.__dict__.update(encoder.__dict__, inner=None, _spill=None, spill=False, _texts={},
                                 read_later=None, _read_later=None)
            story_input = story_input.__class__(**{**story_input.__dict__, "encoder": kept, "nli": None})
        with path.open("wb") as out:
            pickle.dump(story_input, out, protocol=pickle.HIGHEST_PROTOCOL)
        raise _Saved

    setattr(pipeline, "find_conflicts", capture)  # noqa: B010 (the stage the pipeline calls, replaced)
    try:
        pipeline.analyze_raw(story, Config())
    except _Saved:
        print(json.dumps({"benchmark": "conflicts", "saved": str(path), "articles": articles}))


def load(path: Path, profile: Path | None, dump: Path | None) -> None:
    """Time ``find_conflicts`` on the pickled input; print its CPU, count and digest."""
    from newsprism.conflicts import find_conflicts

    with path.open("rb") as held:
        story_input = pickle.load(held)
    if isinstance(story_input.encoder, StoryEncoder):
        story_input.encoder.inner = load_resources(Config().nlp).encoder
    profiler = cProfile.Profile() if profile else None
    with Readings().active():
        start = bench.cpu_seconds()
        if profiler:
            profiler.enable()
        conflicts = find_conflicts(story_input)
        if profiler:
            profiler.disable()
        cpu = bench.cpu_seconds() - start
    text = json.dumps([c.model_dump(mode="json") for c in conflicts], ensure_ascii=False, indent=1)
    if dump:
        dump.write_text(text)
    for metric, value in (("cpu_s", round(cpu, 2)), ("conflicts", len(conflicts)),
                          ("digest", hashlib.sha256(text.encode()).hexdigest()[:16])):
        print(json.dumps({"benchmark": "conflicts", "input": path.name, "metric": metric, "value": value}))
    if profiler and profile:
        profiler.dump_stats(str(profile))
        pstats.Stats(str(profile), stream=sys.stderr).sort_stats("tottime").print_stats(TOP_FUNCTIONS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", type=Path, help="pickle the conflicts' input of a story here")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--one-event", action="store_true", help="every article restates one base's facts")
    parser.add_argument("--load", type=Path, help="time find_conflicts on a pickled input")
    parser.add_argument("--profile", type=Path, help="write a cProfile of find_conflicts here")
    parser.add_argument("--dump", type=Path, help="write the conflicts' JSON here")
    args = parser.parse_args()
    if args.save:
        save(args.save, args.articles, args.one_event)
    if args.load:
        load(args.load, args.profile, args.dump)


if __name__ == "__main__":
    main()
