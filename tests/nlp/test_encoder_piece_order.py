"""The encoder batches texts by their word-piece counts, not their characters (issue #20: batches of like
character lengths were padded to their longest in pieces), and the vectors and token states are the same."""

from __future__ import annotations

import numpy as np

from newsprism.nlp import encoder as encoder_module
from newsprism.nlp.encoder import OnnxEncoder, load_encoder

PLAIN = "The council met on Tuesday and voted to approve the plan for the park."
CUT_UP = "Zyxqvbt-9481 Qwzpk 7734x XJQ-22 Vrrkz."
"""Fewer characters than PLAIN, many more word pieces (made-up names and numbers are cut into pieces)."""
SHORT = "Two were hurt."


def test_texts_go_longest_first_by_word_pieces() -> None:
    encoder = load_encoder(None)
    assert isinstance(encoder, OnnxEncoder)
    texts = [CUT_UP, PLAIN, SHORT]
    pieces = [len(encoded.pieces) for encoded in encoder.encode(texts).texts]
    assert len(SHORT) < len(CUT_UP) < len(PLAIN) and pieces[0] > pieces[1] > pieces[2]
    assert encoder._longest_first(texts).tolist() == [0, 1, 2]
    encoder_module.PIECE_ORDER = False
    try:
        assert encoder._longest_first(texts).tolist() == [2, 0, 1]
    finally:
        encoder_module.PIECE_ORDER = True


def test_vectors_and_states_equal_in_either_order() -> None:
    encoder = load_encoder(None)
    encoder.batch_size = 2  # several batches, made of other texts in the two orders
    texts = [CUT_UP, PLAIN, SHORT, "A 4-0 win for Lumo FC's youth team in the 2024-25 cup.", PLAIN[:30]]
    by_pieces = encoder.encode(texts)
    encoder_module.PIECE_ORDER = False
    try:
        by_chars = encoder.encode(texts)
    finally:
        encoder_module.PIECE_ORDER = True
    assert np.array_equal(by_pieces.vectors, by_chars.vectors)
    for a, b in zip(by_pieces.texts, by_chars.texts, strict=True):
        assert a.text == b.text and a.pieces == b.pieces
        assert np.array_equal(a.states, b.states) and np.array_equal(a.offsets, b.offsets)
