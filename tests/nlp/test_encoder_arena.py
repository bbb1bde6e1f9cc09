"""The encoder's ONNX session runs without onnxruntime's memory arena (issue #20: the arena kept its largest run's
memory for the whole process), and its vectors do not depend on it."""

from __future__ import annotations

import numpy as np

from newsprism.nlp import encoder as encoder_module
from newsprism.nlp.encoder import EncoderThreads, OnnxEncoder, load_encoder, session_options

TEXTS = ["The council approved the new budget on Tuesday.", "Short one.",
         "A much longer sentence about the bridge, which the engineers said would reopen in the spring of next year."]


def test_sessions_run_without_the_arena() -> None:
    assert session_options(None).enable_cpu_mem_arena is False
    assert session_options(EncoderThreads()).enable_cpu_mem_arena is False


def test_vectors_equal_with_and_without_the_arena() -> None:
    without = load_encoder(None)
    assert isinstance(without, OnnxEncoder)
    encoder_module.ENCODER_ARENA = True
    try:
        with_arena = load_encoder(None)
    finally:
        encoder_module.ENCODER_ARENA = False
    a, b = without.encode(TEXTS), with_arena.encode(TEXTS)
    assert np.array_equal(a.vectors, b.vectors)
    assert all(np.array_equal(x.states, y.states) for x, y in zip(a.texts, b.texts, strict=True))
