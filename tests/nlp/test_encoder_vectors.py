"""The stream's document vectors: the pooled vectors of ``encode`` without token states, read to a length."""

from __future__ import annotations

import numpy as np

from newsprism.nlp.encoder import OnnxEncoder, load_encoder

TEXTS = ["Harbour board approves a new ferry timetable after months of talks with island residents.",
         "Library reopens after a two-year renovation of its leaking roof.",
         "Ferry timetable changes from May: boats leave the north pier every forty minutes."]


def test_vectors_are_the_pooled_vectors_of_encode() -> None:
    encoder = load_encoder(None)
    assert isinstance(encoder, OnnxEncoder)
    assert np.allclose(encoder.vectors(TEXTS), encoder.encode(TEXTS).vectors, atol=1e-5)


def test_vectors_read_only_the_first_word_pieces() -> None:
    encoder = load_encoder(None)
    assert isinstance(encoder, OnnxEncoder)
    pieces = encoder.tokenizer.encode(TEXTS[0]).tokens
    head = encoder.tokenizer.decode(encoder.tokenizer.encode(TEXTS[0]).ids[1:7])
    short, full = encoder.vectors([TEXTS[0]], 8), encoder.vectors([TEXTS[0]])
    assert len(pieces) > 8
    assert np.allclose(short, encoder.vectors([head]), atol=1e-5)
    assert float(short[0] @ full[0]) < 0.99


def test_thread_settings_reach_the_session_and_keep_the_vectors() -> None:
    from newsprism.nlp.encoder import EncoderThreads

    default, single = load_encoder(None), load_encoder(None, EncoderThreads(intra_op=1, spinning=False))
    assert isinstance(default, OnnxEncoder) and isinstance(single, OnnxEncoder)
    options = single.session.get_session_options()
    assert options.intra_op_num_threads == 1 and options.inter_op_num_threads == 1
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    assert default.session.get_session_options().intra_op_num_threads == 0  # the analysis keeps onnxruntime's own
    assert np.allclose(single.vectors(TEXTS, 64), default.vectors(TEXTS, 64), atol=1e-5)
