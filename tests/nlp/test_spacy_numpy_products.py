"""spaCy's products through numpy's BLAS on one thread annotate every token as blis's do, and cost less CPU."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, MORPH, POS, SENT_START, TAG
from thinc.api import NumpyOps

from newsprism.blas import _controller
from newsprism.nlp.spacy_ops import OneThreadOps, use_numpy_products

ATTRS = [TAG, POS, MORPH, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
TEXTS = [
    "Harbour master Ingrid Solvang told the Varde Gazette on Monday that the ferry to Kvitøy would not sail until "
    "the storm had passed, perhaps by Thursday.",
    "Forty-two passengers waited in the terminal; three of them, all from Lundmark, asked for refunds worth "
    "$1,250 in total.",
    "\"We will not take risks with anyone's life,\" Solvang said, adding that the coast guard agreed.",
    "The council of Nordhavn voted 7-2 in March 2021 to buy two new ferries from a yard in Gdańsk.",
    "Nobody was hurt.",
]
"""Invented texts: names, an organisation, places, dates, money, a vote count, a quotation and a short sentence."""


def _tables(nlp: Any, texts: list[str]) -> list[np.ndarray]:
    return [doc.to_array(ATTRS) for doc in nlp.pipe(texts, batch_size=64)]


def _with_ops(nlp: Any, ops: Any) -> None:
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


@pytest.fixture()
def nlp(resources: Any) -> Any:
    yield resources.spacy
    use_numpy_products(resources.spacy)  # as loaded


def test_loaded_pipeline_multiplies_with_numpy(nlp: Any) -> None:
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            assert all(isinstance(node.ops, OneThreadOps) for node in model.walk())


def test_same_annotations_as_blis(nlp: Any) -> None:
    texts = TEXTS * 3 + [" ".join(TEXTS)]
    ours = _tables(nlp, texts)
    _with_ops(nlp, NumpyOps())
    theirs = _tables(nlp, texts)
    assert all(np.array_equal(a, b) for a, b in zip(ours, theirs, strict=True))


def test_products_match_and_one_thread_inside() -> None:
    rng = np.random.default_rng(7)
    x = rng.standard_normal((300, 288)).astype(np.float32)
    w = rng.standard_normal((288, 288)).astype(np.float32)
    ops = OneThreadOps()
    np.testing.assert_allclose(ops.gemm(x, w, trans2=True), NumpyOps().gemm(x, w, trans2=True), rtol=1e-4, atol=1e-3)
    out = np.empty((300, 288), dtype=np.float32)
    assert ops.gemm(x, w, out=out) is out
    before = [info["num_threads"] for info in _controller().info() if info["user_api"] == "blas"]
    ops.gemm(x, w)
    assert [info["num_threads"] for info in _controller().info() if info["user_api"] == "blas"] == before
