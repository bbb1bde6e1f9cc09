"""The Ray run gives the same duplicate groups and stories as the local run on the same 2,000 articles."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from newsprism.store import open_store
from newsprism.stream.executor import LocalExecutor
from newsprism.stream.lsh import LshIndex, band_keys
from newsprism.stream.options import StreamConfig
from newsprism.stream.runner import ingest_stream
from newsprism.stream.synthetic import synthetic_stream

ray = pytest.importorskip("ray")
CONFIG = StreamConfig(batch_size=128, embeddings=False, analyse=False, workers=2)


@pytest.fixture(scope="module")
def ray_session() -> Iterator[None]:
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=150 * 1024 * 1024, log_to_driver=False,
             configure_logging=False)
    try:
        yield
    finally:
        ray.shutdown()


def outcome(location: Path) -> dict[str, object]:
    with open_store(location) as store, store.session() as session:
        rows = session.all("SELECT story_id, article_id FROM articles")
        duplicates = sorted(session.all("SELECT item_id, original, kind FROM stream_duplicates"))
        links = sorted(session.all("SELECT a, b, kind FROM stream_links"))
        decisions = session.all("SELECT kind, story, position, item, other FROM stream_decisions ORDER BY seq")
    members: dict[str, list[str]] = {}
    for story, article in rows:
        members.setdefault(story, []).append(article)
    return {"stories": sorted(sorted(m) for m in members.values()), "duplicates": duplicates, "links": links,
            "decisions": decisions}


def test_ray_and_local_runs_agree(tmp_path: Path, ray_session: None) -> None:
    from newsprism.stream.ray_executor import RayExecutor

    corpus = synthetic_stream(2000, seed=21)
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(a.record()) + "\n" for a in corpus), encoding="utf-8")
    results = {}
    for name, executor in (("local", LocalExecutor(CONFIG)), ("ray", RayExecutor(CONFIG))):
        with open_store(tmp_path / f"{name}.db") as store:
            summary = ingest_stream([str(source)], store, CONFIG, executor)
        executor.close()
        assert summary.added == 2000
        results[name] = outcome(tmp_path / f"{name}.db")
    local, distributed = results["local"], results["ray"]
    assert local["duplicates"] and len(local["stories"]) > 1  # type: ignore[arg-type]
    assert distributed == local


@pytest.mark.parametrize("shards", [1, 2, 3])
def test_sharded_index_answers_as_one_index(ray_session: None, shards: int) -> None:
    from newsprism.stream.ray_executor import ShardedLshIndex

    rng = np.random.default_rng(shards)
    signatures = rng.integers(0, 40, size=(300, 16), dtype=np.uint32)  # few values: many shared buckets
    keys = band_keys(signatures, 8, 2)
    times = np.sort(rng.uniform(0, 10 * 86400, size=300))
    one, sharded = LshIndex(8, 2, 3 * 86400), ShardedLshIndex(8, 2, 3 * 86400, shards)
    for index in (one, sharded):
        index.add(np.arange(200), keys[:200], times[:200])
    assert np.array_equal(one.candidates(keys[200:], times[200:]), sharded.candidates(keys[200:], times[200:]))
    assert np.array_equal(one.within(keys[200:], times[200:]), sharded.within(keys[200:], times[200:]))
    assert np.array_equal(one.evict_before(times[100]), sharded.evict_before(times[100]))
    assert len(one) == len(sharded) == 100
