"""The encoder's runs are bounded (issue #20): long texts run a few at a time, and what a text encodes to does not
depend on the texts it runs with."""

from __future__ import annotations

import numpy as np

from newsprism.nlp.encoder import ATTENTION_CELLS, batch_rows

SHORT = ["The ferry left the harbour at dawn.", "Storm warnings closed the port on Tuesday.", "It sailed again."]
LONG = [" ".join(f"The harbour master of Port Averly counted {n} ferries and {n + 3} fishing boats at the quay."
                 for n in range(count)) for count in (5, 9, 14)]
"""Texts of about 100, 180 and the 256-piece limit of word pieces: one batch of them is cut into runs."""


def test_a_run_holds_fewer_long_texts() -> None:
    assert batch_rows(40) == 64 * 64 * 64 // 1600 > 64  # ordinary sentences: the batch size bounds the run
    assert batch_rows(128) == 16 and batch_rows(256) == 4 and batch_rows(2000) == 1
    assert all(rows * width**2 <= ATTENTION_CELLS for width in (20, 64, 100, 256) for rows in [batch_rows(width)])


def test_texts_encode_to_the_same_bits_alone_and_together(encoder) -> None:
    texts = [*LONG, *SHORT, *LONG[::-1]] * 3
    together = encoder.encode(texts)
    assert max(len(t.pieces) for t in together.texts) >= 200  # some run is cut to a few texts
    for index, text in enumerate(texts[:6]):
        alone = encoder.encode([text])
        assert np.array_equal(alone.vectors[0], together.vectors[index])
        assert alone.texts[0].pieces == together.texts[index].pieces
        assert np.array_equal(alone.texts[0].states, together.texts[index].states)
