"""spaCy's matrix products through numpy's BLAS on one thread (issue #20).

thinc's :class:`~thinc.api.NumpyOps` multiplies with blis. On the 2-core reference machine (AMD EPYC) blis's
product of a batch's token windows with a layer's weights ((2,200 x 288) by (288 x 288), what every tok2vec
maxout layer computes) costs 11.0 ms of CPU, numpy's OpenBLAS on one thread 3.9 ms and on its default two threads
6.3 ms (best of 20 each). spaCy's token-to-vector layers (the shared one and the entity recogniser's own) are most
of a parse (NER 1.16 of 2.21 CPU s on 380 PolNeAR dev paragraphs, its own tok2vec 0.86 of it), so their products
go through :class:`OneThreadOps`: the parse of those paragraphs 2.23 -> 1.51 CPU s. The tags, parts of speech,
morphology, dependencies, sentence starts and entities come out the same on every token of the PolNeAR texts the
change was checked on (see ``benchmarks/README.md``, issue #20 speed). The parser's and entity recogniser's
per-state layer multiplies inside spaCy's compiled code (``parser_model.pyx``, blis), untouched.
"""

from __future__ import annotations

from typing import Any

from thinc.api import NumpyOps

from newsprism.blas import blas_threads

SPACY_BLAS_THREADS = 1
"""Threads numpy's BLAS runs for spaCy's products: one costs the least CPU (3.9 against 6.3 ms on two threads for
a (2,200 x 288) by (288 x 288) product on the reference machine; at 300 rows 0.53 against 4.4 ms)."""


class OneThreadOps(NumpyOps):  # type: ignore[misc]
    """thinc's numpy operations with each matrix product made by numpy's BLAS on :data:`SPACY_BLAS_THREADS`."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        with blas_threads(SPACY_BLAS_THREADS):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_numpy_products(nlp: Any) -> None:
    """Have every layer of ``nlp``'s trained components multiply through one :class:`OneThreadOps`."""
    ops = OneThreadOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops
