"""Where a stream's per-article work runs: in this process (the default) or in a pool of processes.

An executor prepares entries (:func:`~newsprism.stream.prepare.prepare_batch`: clean, fingerprint, sign,
embed) and hands the outcomes back in input order; dedup and grouping then run on the driver, in stream order,
so every executor gives the same stories and duplicate groups. It also analyses changed stories. The Ray
executor (:mod:`newsprism.stream.ray_executor`) has the same methods.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import Protocol, TypeVar

from newsprism.nlp import NlpResources
from newsprism.nlp.encoder import Encoder, EncoderThreads
from newsprism.store import Store
from newsprism.stream.dedup import Deduplicator
from newsprism.stream.dedup_records import DedupConfig
from newsprism.stream.options import StreamConfig
from newsprism.stream.prepare import Entry, Outcome, prepare_batch
from newsprism.stream.reanalyse import Analysed, analyse_one

T = TypeVar("T")
IN_FLIGHT_PER_WORKER = 2
"""Batches queued per pool worker: one running, one waiting, so a worker never idles while the driver places."""


class Executor(Protocol):
    name: str

    def deduplicator(self, config: DedupConfig) -> Deduplicator: ...

    def prepare(self, entries: Iterable[Entry]) -> Iterator[Outcome]: ...

    def analyse(self, store: Store, location: str, story_ids: Sequence[str]) -> Iterator[Analysed]: ...

    def close(self) -> None: ...


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class LocalExecutor:
    """Everything in this process; the encoder and the language models are loaded on first use."""

    name = "local"

    def __init__(self, config: StreamConfig, resources: NlpResources | None = None) -> None:
        self.config = config
        self._resources = resources
        self._encoder: Encoder | None = resources.encoder if resources else None

    def deduplicator(self, config: DedupConfig) -> Deduplicator:
        return Deduplicator(config)

    def prepare(self, entries: Iterable[Entry]) -> Iterator[Outcome]:
        for chunk in chunked(entries, self.config.batch_size):
            yield from prepare_batch(chunk, self.config, self.encoder())

    def encoder(self) -> Encoder | None:
        if self.config.needs_encoder and self._encoder is None:
            from newsprism.nlp.encoder import load_encoder

            self._encoder = load_encoder(self.config.pipeline.nlp.encoder, local_threads(self.config))
        return self._encoder if self.config.needs_encoder else None

    def resources(self) -> NlpResources:
        if self._resources is None:
            from newsprism.nlp import load_resources

            self._resources = load_resources(self.config.pipeline.nlp)
        return self._resources

    def analyse(self, store: Store, location: str, story_ids: Sequence[str]) -> Iterator[Analysed]:
        for story_id in story_ids:
            yield analyse_one(store, story_id, self.config, self.resources())

    def close(self) -> None:
        self._resources = self._encoder = None


def local_threads(config: StreamConfig) -> EncoderThreads:
    """The encoder of a run in one process uses the cores the run may use (``config.workers``), not spinning:
    between calls the same process cleans and places, and spinning threads would take its core."""
    return EncoderThreads(intra_op=max(config.workers, 1), spinning=False)


WORKER_THREADS = EncoderThreads(intra_op=1, spinning=False)
"""A pool worker's (or Ray worker's) encoder: one thread, not spinning, as the pool has one worker per core.
onnxruntime's default (a spinning thread per core in every worker) took 31 ms CPU per article at 64 word pieces
against 23 ms with this, on NeuS val under load (benchmarks/README.md, stream section)."""


_WORKER: dict[str, object] = {}
"""A pool worker's config and encoder, set once when it starts."""


def _start_worker(config: StreamConfig) -> None:
    from newsprism.nlp.encoder import load_encoder

    _WORKER["config"] = config
    _WORKER["encoder"] = load_encoder(config.pipeline.nlp.encoder, WORKER_THREADS) if config.needs_encoder else None


def _prepare_in_worker(chunk: list[Entry]) -> list[Outcome]:
    config = _WORKER["config"]
    encoder = _WORKER["encoder"]
    assert isinstance(config, StreamConfig)
    return prepare_batch(chunk, config, encoder)  # type: ignore[arg-type]


class ProcessExecutor(LocalExecutor):
    """Batches prepared by ``config.workers`` processes (each loads the encoder once); analysis in this process."""

    name = "processes"

    def __init__(self, config: StreamConfig) -> None:
        super().__init__(config)
        self._pool = ProcessPoolExecutor(max_workers=config.workers, mp_context=get_context("spawn"),
                                         initializer=_start_worker, initargs=(config,))

    def prepare(self, entries: Iterable[Entry]) -> Iterator[Outcome]:
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in chunked(entries, self.config.batch_size):
            pending.append(self._pool.submit(_prepare_in_worker, chunk))
            if len(pending) >= IN_FLIGHT_PER_WORKER * self.config.workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)
        super().close()
