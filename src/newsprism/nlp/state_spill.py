"""Token states kept on disk for one analysis (issue #20): written to a temporary file, read through a mapping.

A one-event story's token states are most of what its analysis holds from the sentences' encoding to the quotes:
float16, about 30 word pieces x 384 a text, 720 MB for the 32,858 distinct texts of 500 articles, about 2.8 GB at
2,000. The scorer reads them pair by pair and the quotes read those of a few sentences, so they need not all be
resident: a :class:`StateSpill` writes them (one segment at a time) to an unlinked temporary file and gives each
text read-only views of a mapping of it. The pages a reader touches come in from the page cache, and
:meth:`StateSpill.release` hands them back to the kernel after each stretch of reading (``madvise`` ``DONTNEED``:
a file's clean pages, read again from the page cache, or the disk, when touched again). The values are the
states as encoded, to the bit.
"""

from __future__ import annotations

import mmap
import tempfile
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

SPILL_BYTES = 64 * 2**20
"""States buffered in memory before they are written out as one mapped segment: each segment holds a mapping (and
its file descriptor) for the analysis, so a 10,000-article story's ~14 GB of states are about 220 segments, not one
per encoder call; the last, unwritten part is at most this much."""


class StateSpill:
    """Arrays of token states written to one temporary file, each given back as a read-only view of its mapping."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="newsprism-states-")  # noqa: SIM115 (open until close())
        self._segments: list[np.memmap] = []
        self._size = 0

    def write(self, states: Sequence[NDArray[np.float16]]) -> list[NDArray[np.float16]]:
        """``states`` (arrays of one width and type) written as one segment: each comes back as a read-only view
        of the segment's mapping, equal to it."""
        if not states:
            return []
        block = np.ascontiguousarray(np.concatenate(states))
        if not block.nbytes:
            return [np.zeros_like(s) for s in states]
        self._file.seek(self._size)
        self._file.write(block.tobytes())
        self._file.flush()
        segment = np.memmap(self._file, dtype=block.dtype, mode="r", offset=self._size, shape=block.shape)
        self._segments.append(segment)
        granule = mmap.ALLOCATIONGRANULARITY  # a mapping's offset is a multiple of it
        self._size += -(-block.nbytes // granule) * granule
        ends = np.cumsum([len(s) for s in states]).tolist()
        plain = segment.view(np.ndarray)
        return [plain[start:end] for start, end in zip([0, *ends[:-1]], ends, strict=True)]

    def release(self) -> None:
        """Hand the pages read so far back to the kernel (read again from the file when touched again)."""
        for segment in self._segments:
            held = getattr(segment, "_mmap", None)
            if held is not None:
                held.madvise(mmap.MADV_DONTNEED)

    @property
    def bytes_written(self) -> int:
        return self._size

    def close(self) -> None:
        """Close the file (already unlinked: it goes once no view of it is left)."""
        self._segments = []
        self._file.close()
