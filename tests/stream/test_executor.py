"""Executors' encoders: thread settings for the cores they share (issue #17 item 5)."""

from __future__ import annotations

from newsprism.nlp.encoder import OnnxEncoder
from newsprism.stream import executor
from newsprism.stream.executor import LocalExecutor
from newsprism.stream.options import StreamConfig


def _threads(encoder: object) -> tuple[int, str]:
    assert isinstance(encoder, OnnxEncoder)
    options = encoder.session.get_session_options()
    return options.intra_op_num_threads, options.get_session_config_entry("session.intra_op.allow_spinning")


def test_a_local_run_encodes_on_the_cores_it_may_use_without_spinning() -> None:
    local = LocalExecutor(StreamConfig(workers=3, analyse=False))
    assert _threads(local.encoder()) == (3, "0")
    assert LocalExecutor(StreamConfig(embeddings=False)).encoder() is None


def test_a_pool_worker_encodes_on_one_thread_without_spinning() -> None:
    try:
        executor._start_worker(StreamConfig(workers=2))
        assert _threads(executor._WORKER["encoder"]) == (1, "0")
    finally:
        executor._WORKER.clear()
