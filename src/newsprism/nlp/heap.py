"""Giving the heap's free pages back to the system between a big story's stages (issue #20).

A stage's short-lived arrays and objects (the encoder's working tensors, the tokenizer's buffers, the candidate
pairs' blocks) are freed when it ends, but glibc's allocator keeps the freed pages, scattered between live objects
and in the arenas of the threads that freed them, where the next stage's objects of other sizes seldom fit: the
process's resident memory then holds the next stage's memory on top of them. ``malloc_trim`` returns every whole
free page to the system, so a stage's transient needs (the encoder's run on the dated clauses, which set a
500-article story's peak) start from the live memory. Elsewhere (another C library) nothing happens.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any


def return_free_memory() -> None:
    """Give the heap's free pages back to the system (glibc's ``malloc_trim(0)``); a few ms on a big story's heap;
    nothing where the C library has no ``malloc_trim``."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Any:
    """glibc's ``malloc_trim``, or None."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
