"""numpy's BLAS held to a few threads inside a block. On the 2-core reference machine OpenBLAS's own threads cost
several times the CPU of one thread on the products the stages make (each caller names its count and says how
it was measured: :data:`newsprism.align.similarity.BLAS_THREADS`, :data:`newsprism.nlp.spacy_ops.SPACY_BLAS_THREADS`,
:data:`newsprism.stream.place.PLACE_BLAS_THREADS`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]


@cache
def _controller() -> ThreadpoolController:
    return ThreadpoolController()  # reads the loaded BLAS libraries once (numpy's is loaded by now)


@contextmanager
def blas_threads(threads: int) -> Iterator[None]:
    """numpy's BLAS limited to ``threads`` threads inside the block."""
    with _controller().limit(limits=threads, user_api="blas"):
        yield
