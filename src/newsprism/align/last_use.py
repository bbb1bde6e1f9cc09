"""Each sentence's readings let go once the scoring read it for the last time (issue #20).

The candidate pairs are scored :data:`~newsprism.align.LINK_CHUNK` at a time, in their sorted order; a
representative sentence is read (its profile, its token states) only in the chunks that hold one of its pairs.
:class:`LastUse` finds the last of them for each, so that once a chunk is decided the scorer's profile of every
sentence last read in it goes, and, where the story's encoder says no later stage reads them
(:meth:`~newsprism.nlp.story_encoder.StoryEncoder.later`: a one-analysis cache, the quotes reading only the sentences
they are written in), its token states too: every sentence's states were held to the end of the scoring, and a
one-event story's profiles (27 KB a sentence) filled up beside them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from newsprism.align.lexical import profile
from newsprism.nlp.encoder import EncodedText

_UNREAD_STATES = np.zeros((0, 384), dtype=np.float16)
_UNREAD_OFFSETS = np.zeros((0, 2), dtype=np.int32)


def unread(text: str) -> EncodedText:
    """A sentence whose token states were let go: its text alone."""
    return EncodedText(text, (), _UNREAD_STATES, _UNREAD_OFFSETS)


class LastUse:
    """The chunk of ``pairs`` (rows ``chunk`` at a time) in which each of ``count`` sentences is read for the last
    time; -1 for a sentence in no pair."""

    def __init__(self, pairs: NDArray[np.int64], count: int, chunk: int) -> None:
        last = np.full(count, -1, dtype=np.int64)
        if len(pairs):
            of_row = np.arange(len(pairs), dtype=np.int64) // chunk
            np.maximum.at(last, pairs[:, 0], of_row)
            np.maximum.at(last, pairs[:, 1], of_row)
        order = np.argsort(last, kind="stable")
        chunks = (len(pairs) + chunk - 1) // chunk
        bounds = np.searchsorted(last[order], np.arange(-1, chunks + 1))
        self._done = [order[bounds[k]:bounds[k + 1]] for k in range(chunks + 1)]

    def done(self, chunk: int) -> NDArray[np.int64]:
        """The sentences read for the last time in ``chunk`` (-1: those never read)."""
        return self._done[chunk + 1]


Release = Callable[[NDArray[np.int64]], None]
"""Told the representatives the scoring read for the last time."""


def releaser(encoded: list[EncodedText], members: list[NDArray[np.int64]] | None = None,
             sentences: list[EncodedText] | None = None, let_go: Callable[[list[str]], None] | None = None,
             kept: NDArray[np.bool_] | None = None) -> Release:
    """What goes with each representative read for the last time: its profile always; with ``kept`` (which
    representatives' states a later stage reads), the token states of the others: from the scorer's list
    ``encoded``, from each of its copies in ``sentences`` (its ``members``) and from the encoder (``let_go``)."""

    def release(done: NDArray[np.int64]) -> None:
        profile.forget([encoded[g].text for g in done.tolist()])
        if kept is None or members is None or sentences is None or let_go is None:
            return
        gone = [g for g in done.tolist() if not kept[g]]
        let_go([encoded[g].text for g in gone])
        for g in gone:
            encoded[g] = unread(encoded[g].text)
            for m in members[g].tolist():
                sentences[m] = unread(sentences[m].text)

    return release
