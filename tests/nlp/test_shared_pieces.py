"""Issue #20: the encoder's word pieces are one string per piece for all texts (interned), not one per text; the
pieces are those the tokenizer gives."""

from __future__ import annotations

from newsprism.nlp import NlpResources


def test_two_texts_share_their_word_pieces(resources: NlpResources) -> None:
    first, second = resources.encoder.encode(["The lighthouse keeper rowed out to the stranded yacht at dawn.",
                                              "At dawn the yacht was towed off the sandbank by the keeper."]).texts
    mine = {piece: piece for piece in first.pieces}
    shared = [piece for piece in second.pieces if piece in mine]
    assert {"keeper", "yacht", "dawn"} <= set(shared)
    assert all(piece is mine[piece] for piece in shared)
    expected = resources.encoder.tokenizer.encode(first.text).tokens[1:len(first.pieces) + 1]
    assert list(first.pieces) == expected
