"""The stream on Ray (``pip install 'newsprism[ray]'``): the same decisions as the local run, the work spread out.

- Clean, fingerprint, sign and embed run as Ray Data batches: ``map_batches`` with a callable class, so each
  worker actor loads the encoder once; rows come back in input order (``preserve_order``).
- The LSH index is sharded by band: each shard actor keeps some bands of both indexes
  (:class:`ShardedLshIndex`) and answers for them; the candidates are the union of the shards' answers, the
  same pairs as one index gives. (Grouping the buckets with Ray Data's ``groupby().map_groups()`` measured
  about 8 times slower than a plain loop here.)
- Verification, duplicate groups and story grouping run on the driver, in stream order: grouping is online,
  each decision depends on the ones before.
- Each changed story is analysed by a task; a worker process loads the language models once.

Ray is imported here only: the local default needs none of it.
"""

from __future__ import annotations

import itertools
import logging
import os
import pickle
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsprism.arrays import unique_pairs
from newsprism.store import Store
from newsprism.stream.dedup import Deduplicator
from newsprism.stream.dedup_records import DedupConfig
from newsprism.stream.executor import WORKER_THREADS, chunked
from newsprism.stream.lsh import LshIndex
from newsprism.stream.options import StreamConfig
from newsprism.stream.prepare import Entry, Outcome, prepare_batch
from newsprism.stream.reanalyse import Analysed

DATASET_ROWS = 16_384
"""Entries per Ray Data dataset: the stream is cut into datasets of this many, so a corpus of any size is never
all in the object store; each dataset costs about a second to plan and start, small against 16k articles."""
OBJECT_STORE_BYTES = 200 * 1024 * 1024
"""Object store of a Ray started here: batches of pickled articles and signatures are a few MB each."""


class Preparer:
    """A Ray Data worker: loads the encoder once, then prepares batches of pickled entries."""

    def __init__(self, config: StreamConfig) -> None:
        from newsprism.nlp.encoder import load_encoder

        self.config = config
        self.encoder = load_encoder(config.pipeline.nlp.encoder, WORKER_THREADS) if config.needs_encoder else None

    def __call__(self, batch: dict[str, NDArray[Any]]) -> dict[str, NDArray[Any]]:
        entries = [pickle.loads(blob) for blob in batch["entry"]]
        outcomes = prepare_batch(entries, self.config, self.encoder)
        return {"outcome": np.array([pickle.dumps(o) for o in outcomes], dtype=object)}


class BandShard:
    """One shard of an LSH index: the bands ``[low, high)``, as a plain :class:`LshIndex` of its own."""

    def __init__(self, low: int, high: int, rows: int, window: float) -> None:
        self.low, self.high = low, high
        self.index = LshIndex(high - low, rows, window)

    def candidates(self, keys: NDArray[np.uint64], times: NDArray[np.float64]) -> NDArray[np.int64]:
        return self.index.candidates(keys, times)

    def within(self, keys: NDArray[np.uint64], times: NDArray[np.float64]) -> NDArray[np.int64]:
        return self.index.within(keys, times)

    def add(self, rows: NDArray[np.int64], keys: NDArray[np.uint64], times: NDArray[np.float64]) -> None:
        self.index.add(rows, keys, times)

    def evict_before(self, cutoff: float) -> NDArray[np.int64]:
        return self.index.evict_before(cutoff)


class ShardedLshIndex:
    """An LSH index whose bands live in ``shards`` Ray actors; answers as one :class:`LshIndex` would."""

    def __init__(self, bands: int, rows: int, window: float, shards: int) -> None:
        import ray

        self.bands, self.rows, self.window = bands, rows, window
        cuts = np.linspace(0, bands, min(shards, bands) + 1).astype(int).tolist()
        self.ranges = list(itertools.pairwise(cuts))
        actor = ray.remote(num_cpus=0)(BandShard)
        self.actors: list[Any] = [actor.remote(low, high, rows, window) for low, high in self.ranges]
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def _each(self, method: str, keys: NDArray[np.uint64], *args: Any) -> list[Any]:
        import ray

        return list(ray.get([getattr(a, method).remote(np.ascontiguousarray(keys[:, low:high]), *args)
                             for a, (low, high) in zip(self.actors, self.ranges, strict=True)]))

    def candidates(self, keys: NDArray[np.uint64], times: NDArray[np.float64]) -> NDArray[np.int64]:
        return unique_pairs(np.concatenate(self._each("candidates", keys, times)))

    def within(self, keys: NDArray[np.uint64], times: NDArray[np.float64]) -> NDArray[np.int64]:
        return unique_pairs(np.concatenate(self._each("within", keys, times)))

    def add(self, rows: NDArray[np.int64], keys: NDArray[np.uint64], times: NDArray[np.float64]) -> None:
        import ray

        ray.get([a.add.remote(rows, np.ascontiguousarray(keys[:, low:high]), times)
                 for a, (low, high) in zip(self.actors, self.ranges, strict=True)])
        self._size += len(rows)

    def evict_before(self, cutoff: float) -> NDArray[np.int64]:
        import ray

        evicted = ray.get([a.evict_before.remote(cutoff) for a in self.actors])
        self._size -= len(evicted[0])
        return np.asarray(evicted[0], dtype=np.int64)


_RESOURCES: dict[str, Any] = {}
"""The language models of one Ray worker process, loaded by its first analysis task."""


def _analyse_task(location: str, story_id: str, config: StreamConfig) -> Analysed:
    from newsprism.nlp import load_resources
    from newsprism.store import open_store
    from newsprism.stream.reanalyse import analyse_one

    if "nlp" not in _RESOURCES:
        _RESOURCES["nlp"] = load_resources(config.pipeline.nlp)
    with open_store(location) as store:
        return analyse_one(store, story_id, config, _RESOURCES["nlp"])


class RayExecutor:
    """Starts Ray on this machine (``config.workers`` CPUs) unless it is running or RAY_ADDRESS names a cluster."""

    name = "ray"

    def __init__(self, config: StreamConfig) -> None:
        import ray

        self.config = config
        self._started = False
        if not ray.is_initialized():
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
            if os.environ.get("RAY_ADDRESS"):
                ray.init(log_to_driver=False)
            else:
                ray.init(num_cpus=config.workers, include_dashboard=False, object_store_memory=OBJECT_STORE_BYTES,
                         log_to_driver=False, configure_logging=False)
            self._started = True
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        ray.data.DataContext.get_current().execution_options.preserve_order = True
        ray.data.DataContext.get_current().enable_progress_bars = False

    def deduplicator(self, config: DedupConfig) -> Deduplicator:
        def sharded(bands: int, rows: int, window: float) -> ShardedLshIndex:
            return ShardedLshIndex(bands, rows, window, self.config.workers)

        return Deduplicator(config, sharded)

    def prepare(self, entries: Iterable[Entry]) -> Iterator[Outcome]:
        import ray

        for chunk in chunked(entries, DATASET_ROWS):
            dataset = ray.data.from_items([{"entry": pickle.dumps(entry)} for entry in chunk])
            prepared = dataset.map_batches(Preparer, fn_constructor_kwargs={"config": self.config},
                                           batch_size=self.config.batch_size, num_cpus=1, batch_format="numpy",
                                           compute=ray.data.ActorPoolStrategy(size=self.config.workers))
            for row in prepared.iter_rows():
                yield pickle.loads(row["outcome"])

    def analyse(self, store: Store, location: str, story_ids: Sequence[str]) -> Iterator[Analysed]:
        import ray

        task = ray.remote(num_cpus=1)(_analyse_task)
        pending = [task.remote(location, story_id, self.config) for story_id in story_ids]
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            yield ray.get(done[0])

    def close(self) -> None:
        import ray

        if self._started and ray.is_initialized():
            ray.shutdown()
