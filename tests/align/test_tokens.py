"""Token-level (BERTScore-style) features of sentence pairs."""

from __future__ import annotations

import pytest

from newsprism.align.tokens import TOKEN_FEATURES, token_features


def features(encoder, a: str, b: str) -> dict[str, float]:
    x, y = encoder.encode([a, b]).texts
    return dict(zip(TOKEN_FEATURES, token_features(x, y), strict=True))


def test_a_sentence_matches_itself_everywhere(encoder) -> None:
    same = features(encoder, "The bridge over the Elm was closed.", "The bridge over the Elm was closed.")
    assert same["bert_min"] == pytest.approx(1.0, abs=1e-2)
    assert same["worst_piece_min"] == pytest.approx(1.0, abs=1e-2)
    assert same["unmatched_pieces"] == 0.0


@pytest.mark.parametrize(("a", "b", "closer"), [
    ("The bridge was closed on Monday.", "The bridge was shut on Monday.",
     "The bridge was closed on Monday after engineers found cracks in two of its steel piers."),
    ("Police arrested two men in the city centre.", "Two men were arrested by police in the city centre.",
     "The council voted to raise parking fees in the city centre."),
])
def test_an_added_clause_leaves_pieces_without_a_counterpart(encoder, a: str, b: str, closer: str) -> None:
    near, far = features(encoder, a, b), features(encoder, a, closer)
    assert near["unmatched_pieces_max"] < far["unmatched_pieces_max"]
    assert near["bert_weighted_f1"] > far["bert_weighted_f1"]


def test_features_do_not_depend_on_the_order_of_the_pair(encoder) -> None:
    a, b = "Officials said dozens of homes were flooded.", "Heavy rain flooded dozens of homes, officials said."
    x, y = encoder.encode([a, b]).texts
    assert token_features(x, y) == token_features(y, x)


def test_an_empty_sentence_has_zero_features(encoder) -> None:
    x, y = encoder.encode(["", "The ferry sailed."]).texts
    assert x.pieces == ()
    assert token_features(x, y) == [0.0] * len(TOKEN_FEATURES)
