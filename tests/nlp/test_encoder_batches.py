"""The encoder's runs are bounded (issue #20): long texts run a few at a time, and what a text encodes to does not
depend on the texts it runs with."""

from __future__ import annotations

import numpy as np

from newsprism.nlp.encoder import ATTENTION_CELLS, RUN_TOKENS, batch_rows, runs

SHORT = ["The ferry left the harbour at dawn.", "Storm warnings closed the port on Tuesday.", "It sailed again."]
LONG = [" ".join(f"The harbour master of Port Averly counted {n} ferries and {n + 3} fishing boats at the quay."
                 for n in range(count)) for count in (5, 9, 14)]
"""Texts of about 100, 180 and the 256-piece limit of word pieces: one batch of them is cut into runs."""


def test_a_run_holds_fewer_long_texts() -> None:
    assert batch_rows(10) > batch_rows(40) > batch_rows(128) >= batch_rows(256) >= batch_rows(2000) == 1
    for width in (5, 20, 64, 100, 256):
        rows = batch_rows(width)
        assert rows * width**2 <= ATTENTION_CELLS and (rows * width <= RUN_TOKENS or rows == 1)


def test_runs_cut_texts_of_unlike_lengths_apart() -> None:
    lengths = [60, 58, 40, 33, 30, 21, 12, 12, 9, 8, 6, 6]
    cut = runs(lengths)
    assert [i for part in cut for i in range(len(lengths))[part]] == list(range(len(lengths)))  # all, in order
    assert len(cut) > 1
    for part in cut:
        held = lengths[part]
        assert len(held) <= batch_rows(max(held))
    assert sum(len(lengths[p]) * max(lengths[p]) for p in cut) < len(lengths) * max(lengths)
    assert runs([]) == [] and runs([7]) == [slice(0, 1)]
    assert runs([5, 300]) == [slice(0, 1), slice(1, 2)]  # shortest first: the long text starts a run of its own


def test_texts_encode_to_the_same_bits_alone_and_together(encoder) -> None:
    texts = [*LONG, *SHORT, *LONG[::-1]] * 3
    together = encoder.encode(texts)
    assert max(len(t.pieces) for t in together.texts) >= 200  # some run is cut to a few texts
    for index, text in enumerate(texts[:6]):
        alone = encoder.encode([text])
        assert np.array_equal(alone.vectors[0], together.vectors[index])
        assert alone.texts[0].pieces == together.texts[index].pieces
        assert np.array_equal(alone.texts[0].states, together.texts[index].states)
