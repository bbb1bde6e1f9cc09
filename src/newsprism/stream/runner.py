"""The stream, read top to bottom: read → skip what is known → clean, fingerprint, sign, embed → dedup against
the window → group into stories → write the batch (one transaction) → re-analyse the stories that changed.

`newsprism ingest` calls :func:`ingest_stream`. The state it starts from is rebuilt from the store
(:func:`~newsprism.stream.state.load_state`), and each batch is written whole or not at all
(:func:`~newsprism.stream.persist.write_batch`): a run killed at any point and run again loses nothing and
stores nothing twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field

from newsprism.model import InputProblem
from newsprism.store import Store
from newsprism.stream.executor import Executor, LocalExecutor, chunked
from newsprism.stream.options import StreamConfig
from newsprism.stream.persist import write_batch
from newsprism.stream.place import BatchPlan, place
from newsprism.stream.reading import Counter, classify, read_sources
from newsprism.stream.reanalyse import stale_stories
from newsprism.stream.state import load_state
from newsprism.stream.stories import MERGED, STARTED

Listener = Callable[[str, Mapping[str, object]], None]
"""Told of each event: 'resumed', 'problem', 'batch', 'analysed', 'done', with its figures."""


@dataclass
class RunSummary:
    """What a run did, in figures (the problems one by one)."""

    read: int = 0
    added: int = 0
    revisions: int = 0
    known: int = 0
    duplicates: int = 0
    stories_started: int = 0
    merges: int = 0
    batches: int = 0
    analysed: int = 0
    analysis_failed: int = 0
    seconds: float = 0.0
    problems: list[InputProblem] = field(default_factory=list)

    def figures(self) -> dict[str, object]:
        out = asdict(self)
        out["problems"] = len(self.problems)
        out["articles_per_s"] = round(self.added / self.seconds, 1) if self.seconds else None
        return out


def ingest_stream(inputs: list[str], store: Store, config: StreamConfig | None = None,
                  executor: Executor | None = None, listener: Listener | None = None,
                  location: str | None = None) -> RunSummary:
    """Ingest ``inputs`` into ``store``; ``location`` is the store's URL for executors that open it elsewhere."""
    config = config or StreamConfig()
    executor = executor or LocalExecutor(config)
    tell = listener or _silent
    started, summary, counts = time.perf_counter(), RunSummary(), Counter()
    state = load_state(store, executor.deduplicator(config.dedup), config.stories,
                       lambda n: tell("resumed", {"articles": n}))

    def problem(item: InputProblem) -> None:
        summary.problems.append(item)
        tell("problem", item.model_dump())

    entries = classify(read_sources(inputs, config.pipeline.ingest, problem), state, counts)
    for outcomes in chunked(executor.prepare(entries), config.batch_size):
        plan = place(outcomes, state)
        write_batch(store, plan, state)
        _count(summary, plan, counts, problem)
        tell("batch", {"batch": plan.batch, **_progress(summary, started)})
        if config.analyse and config.analyse_every and summary.batches % config.analyse_every == 0:
            _analyse(store, executor, location or store.location, summary, tell)
    summary.read, summary.known = counts.read, counts.known
    if config.analyse:
        _analyse(store, executor, location or store.location, summary, tell)
    summary.seconds = round(time.perf_counter() - started, 3)
    tell("done", summary.figures())
    return summary


def _count(summary: RunSummary, plan: BatchPlan, counts: Counter, problem: Callable[[InputProblem], None]) -> None:
    for item in plan.problems:
        problem(item)
    summary.batches += 1
    summary.added += len(plan.placed)
    summary.revisions += len(plan.revisions)
    summary.duplicates += plan.duplicates
    summary.stories_started += sum(d.kind == STARTED for d in plan.decisions)
    summary.merges += sum(d.kind == MERGED for d in plan.decisions)
    summary.read, summary.known = counts.read, counts.known


def _progress(summary: RunSummary, started: float) -> dict[str, object]:
    seconds = time.perf_counter() - started
    return {"read": summary.read, "added": summary.added, "known": summary.known, "revisions": summary.revisions,
            "duplicates": summary.duplicates, "stories": summary.stories_started, "merges": summary.merges,
            "articles_per_s": round(summary.added / seconds, 1) if seconds else None}


def _analyse(store: Store, executor: Executor, location: str, summary: RunSummary, tell: Listener) -> None:
    for outcome in executor.analyse(store, location, stale_stories(store)):
        summary.analysed += outcome.ok
        summary.analysis_failed += not outcome.ok
        tell("analysed", asdict(outcome))


def _silent(event: str, figures: Mapping[str, object]) -> None:
    """The listener of a run nobody watches."""
