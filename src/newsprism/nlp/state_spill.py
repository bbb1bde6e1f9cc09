"""Token states kept on disk for one analysis (issue #20): written to a temporary file, read back with explicit reads.

A one-event story's token states are most of what its analysis holds from the sentences' encoding to the quotes:
float16, about 30 word pieces x 384 a text, 720 MB for the 32,858 distinct texts of 500 articles, about 2.8 GB at
2,000. The scorer reads them pair by pair and the quotes read those of a few sentences, so they need not all be
resident: a :class:`StateSpill` writes each text's states to an unlinked temporary file as it is encoded, and a
:class:`SpilledText` reads them back (``os.pread``) each time its ``states`` are asked for, into an array the reader
lets go when done. The file's pages live in the kernel's page cache, not in the process: an earlier version read
them through a mapping (6b53363, reverted in 17faaa5), whose touched pages counted in the process's resident memory
(the one-event 500 quote clusters peaked at 3,548 MiB with it against 3,203 without). The values are the states as
encoded, to the bit.
"""

from __future__ import annotations

import os
import tempfile

import numpy as np
from numpy.typing import NDArray

from newsprism.nlp.encoder import EncodedText

_EMPTY = np.zeros((0, 384), dtype=np.float16)
_EMPTY.flags.writeable = False


class StateSpill:
    """Arrays of float16 token states appended to one temporary file, read back by offset."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="newsprism-states-")  # noqa: SIM115 (open until close())
        self._fd = self._file.fileno()
        self._size = 0

    def write(self, states: NDArray[np.float16]) -> int:
        """``states`` appended to the file; returns where they start (for :meth:`read`)."""
        data = np.ascontiguousarray(states, dtype=np.float16).data.cast("B")
        at, done = self._size, 0
        while done < len(data):
            done += os.pwrite(self._fd, data[done:], at + done)
        self._size += len(data)
        return at

    def read(self, at: int, rows: int, width: int) -> NDArray[np.float16]:
        """The ``rows`` x ``width`` states written at ``at``: a fresh read-only array (nothing of it kept here)."""
        size = rows * width * 2
        data = os.pread(self._fd, size, at)
        while len(data) < size:  # a regular file reads whole but at its end; kept for short reads all the same
            more = os.pread(self._fd, size - len(data), at + len(data))
            if not more:
                raise OSError(f"token states cut short in the spill file at {at}")
            data += more
        return np.frombuffer(data, dtype=np.float16).reshape(rows, width)

    @property
    def bytes_written(self) -> int:
        return self._size

    def close(self) -> None:
        """Close (and so remove: it is unlinked) the file; a :class:`SpilledText` read afterwards raises."""
        self._file.close()


class SpilledText(EncodedText):
    """An :class:`EncodedText` whose token states are in a :class:`StateSpill`: read from it at each access of
    ``states`` (a reader holds them as long as it uses them; the text holds its pieces and offsets alone)."""

    __slots__ = ("_at", "_rows", "_spill", "_width")
    _spill: StateSpill
    _at: int
    _rows: int
    _width: int

    def __init__(self, text: str, pieces: tuple[str, ...], offsets: NDArray[np.int32], spill: StateSpill,
                 at: int, shape: tuple[int, int]) -> None:
        for name, value in (("text", text), ("pieces", pieces), ("offsets", offsets), ("_spill", spill),
                            ("_at", at), ("_rows", shape[0]), ("_width", shape[1])):
            object.__setattr__(self, name, value)

    @property
    def states(self) -> NDArray[np.float16]:
        if not self._rows:
            return _EMPTY if self._width == _EMPTY.shape[1] else np.zeros((0, self._width), dtype=np.float16)
        return self._spill.read(self._at, self._rows, self._width)

    def moved(self, text: str, offsets: NDArray[np.int32]) -> SpilledText:
        """The same states under another writing of the text (other whitespace: other offsets)."""
        return SpilledText(text, self.pieces, offsets, self._spill, self._at, (self._rows, self._width))


def spilled(spill: StateSpill, encoded: EncodedText) -> SpilledText:
    """``encoded`` with its states written to ``spill`` (the returned text reads them from there)."""
    states = encoded.states
    shape = (int(states.shape[0]), int(states.shape[1]) if states.ndim == 2 else 384)
    at = spill.write(states) if shape[0] else spill.bytes_written
    return SpilledText(encoded.text, encoded.pieces, encoded.offsets, spill, at, shape)
