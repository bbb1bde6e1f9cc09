"""The analysis's encoder threads do not spin while they wait (issue #20: spinning burned CPU after every run), and
the vectors and token states do not depend on it."""

from __future__ import annotations

import numpy as np

from newsprism.nlp import encoder as encoder_module
from newsprism.nlp.encoder import EncoderThreads, OnnxEncoder, load_encoder, session_options

TEXTS = ["The mayor said the bridge would reopen in the spring.", "Two people were hurt.",
         "Officials from the county and the state met on Monday to discuss the flooding along the river banks."]


def test_the_analysis_session_does_not_spin_and_a_streams_says_its_own() -> None:
    assert session_options(None).get_session_config_entry("session.intra_op.allow_spinning") == "0"
    assert session_options(None).intra_op_num_threads == 0  # onnxruntime's own thread count stays
    spinning = session_options(EncoderThreads(intra_op=2, spinning=True))
    assert spinning.get_session_config_entry("session.intra_op.allow_spinning") == "1"


def test_vectors_and_states_equal_with_and_without_spinning() -> None:
    still = load_encoder(None)
    encoder_module.ENCODER_SPINNING = True
    try:
        spinning = load_encoder(None)
    finally:
        encoder_module.ENCODER_SPINNING = False
    assert isinstance(still, OnnxEncoder) and isinstance(spinning, OnnxEncoder)
    assert spinning.session.get_session_options().get_session_config_entry("session.intra_op.allow_spinning") == "1"
    a, b = still.encode(TEXTS), spinning.encode(TEXTS)
    assert np.array_equal(a.vectors, b.vectors)
    assert all(np.array_equal(x.states, y.states) for x, y in zip(a.texts, b.texts, strict=True))
