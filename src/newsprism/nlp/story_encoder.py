"""A story's encoder: each distinct text read once per analysis (issue #20), its vector kept, its word pieces and
token states kept until the quotes are read (:meth:`StoryEncoder.forget_states`), on disk for one analysis
(:mod:`newsprism.nlp.state_spill`)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import numpy as np
from numpy.typing import NDArray

from newsprism.nlp.encoder import EncodedText, Encoder, Encoding
from newsprism.nlp.heap import return_free_memory
from newsprism.nlp.pooling import EncodedSentences
from newsprism.nlp.state_spill import SpilledText, StateSpill, spilled

VECTOR_CHUNK = 256
"""Texts encoded at a time by :meth:`StoryEncoder.vectors`: the encoder returns every text's token states with its
vector, about 20 KB a clause, so a big story's thousands of dated clauses read at once held tens of MB that are
dropped at once. The texts go shortest first, so each chunk's batches of 64 pad about as little as one call's."""

SPILL_CHUNK = 1024
"""Texts encoded at a time by a spilling :class:`StoryEncoder` (their states written out before the next): about
20 MB of states at a one-event story's ~30 pieces a text, where the sentence table's one call held every text's
(720 MB at one-event 500) until all were encoded."""


class StoryEncoder:
    """An encoder that reads each distinct text once per story (issue #20): reprints repeat whole sentences (31 %
    of a 500-article planted story's sentences are exact copies), quotes and dated clauses repeat sentences the
    alignment already read. Texts are keyed by their whitespace-collapsed form (the tokenizer splits on
    whitespace, so the pieces are the same); each text comes back as written. Lives as long as one analysis.

    ``spill``: each text's token states are written to a temporary file as it is encoded and read back at each
    access (:class:`~newsprism.nlp.state_spill.SpilledText`): a one-analysis story cache's (issue #20: a 500-article
    one-event story's states were 720 MB resident from the encoding to the quotes)."""

    def __init__(self, inner: Encoder, spill: bool = False) -> None:
        self.inner = inner
        self.spill = spill
        self._spill: StateSpill | None = None
        self.name = inner.name
        self._vectors: dict[str, NDArray[np.float32]] = {}
        self._texts: dict[str, EncodedText] = {}
        self.read_later: Callable[[EncodedSentences], NDArray[np.bool_]] | None = None
        """Which of a story's sentences have their token states read after the alignment's scoring (the quotes':
        :func:`newsprism.quotes.clusters.quoted_sentences`), set by a one-analysis story cache; None: all of them
        are kept (:meth:`scored`)."""
        self._read_later: tuple[EncodedSentences, NDArray[np.bool_]] | None = None

    def encode(self, texts: Sequence[str]) -> Encoding:
        keys = self._read(texts)
        if not texts:
            return Encoding(np.zeros((0, 384), dtype=np.float32), [])
        vectors = np.stack([self._vectors[key] for key in keys]).astype(np.float32, copy=False)
        return Encoding(vectors, [self._as_written(text, key) for text, key in zip(texts, keys, strict=True)])

    def readings(self, texts: Sequence[str]) -> list[EncodedText]:
        """:meth:`encode`'s readings of ``texts`` without their vectors stacked (a big story's sentences: the
        stacked vectors of 700,000 sentences were 1 GB, the table keeps one per distinct text)."""
        keys = self._read(texts)
        return [self._as_written(text, key) for text, key in zip(texts, keys, strict=True)]

    def _read(self, texts: Sequence[str]) -> list[str]:
        """The texts' keys, each text not read yet encoded (its vector and its reading kept)."""
        keys = [" ".join(text.split()) for text in texts]
        missing = list(dict.fromkeys(key for key in keys if key not in self._texts))
        step = SPILL_CHUNK if self.spill else max(len(missing), 1)
        for start in range(0, len(missing), step):
            chunk = missing[start:start + step]
            fresh = self.inner.encode(chunk)
            for key, vector, encoded in zip(chunk, fresh.vectors, fresh.texts, strict=True):
                self._vectors.setdefault(key, vector)  # a text read for its vector alone keeps that vector
                self._texts[key] = self._held(encoded)
        return keys

    def _held(self, encoded: EncodedText) -> EncodedText:
        """``encoded`` as this encoder holds it: with its states on disk where it spills."""
        if not self.spill:
            return encoded
        if self._spill is None:
            self._spill = StateSpill()
        return spilled(self._spill, encoded)

    def vectors(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """The vectors :meth:`encode` gives ``texts``, without their token states: a text read for its vector
        alone (a dated clause, an amount's clause, a ranked phrase, a figure's subject) keeps its vector, not its
        states (issue #20: a 25-piece clause's states are 19 KB, its vector 1.5 KB). A text asked for with
        :meth:`encode` later is encoded again then (the encoder's vectors do not depend on the batch)."""
        keys = [" ".join(text.split()) for text in texts]
        missing = sorted(dict.fromkeys(key for key in keys if key not in self._vectors), key=len)
        if missing:
            return_free_memory()  # the run's working memory is not stacked on the earlier stages' freed pages
        for start in range(0, len(missing), VECTOR_CHUNK):  # each chunk's token states freed before the next
            chunk = missing[start:start + VECTOR_CHUNK]
            for key, vector in zip(chunk, self.inner.encode(chunk).vectors, strict=True):
                self._vectors[key] = vector
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._vectors[key] for key in keys]).astype(np.float32, copy=False)

    def hold_rows(self, texts: Sequence[str], stacked: NDArray[np.float32]) -> None:
        """Hold the vectors of ``texts`` as the rows of ``stacked`` (:meth:`vectors` of them: the same values), not
        as rows of the encoder's runs they came from, which then go (issue #20: the sentence table's stack and the
        runs' arrays held every distinct sentence's vector twice to the end of the analysis, 14 MB at one-event 100,
        50 MB at 500)."""
        for text, row in zip(texts, stacked, strict=True):
            self._vectors[" ".join(text.split())] = row

    def forget_states(self, kept: Collection[str] = ()) -> None:
        """Let every text's word pieces and token states go but those of the ``kept`` texts, keeping the vectors
        (a one-analysis story cache once the quotes are read, :meth:`newsprism.story_cache.StoryCache.states_read`;
        once the alignment scored its candidates, :meth:`scored`)."""
        keys = {" ".join(text.split()) for text in kept}
        self._texts = {key: encoded for key, encoded in self._texts.items() if key in keys}
        if not self._texts and self._spill is not None:  # no state is read any more: the file goes
            self._spill.close()
            self._spill = None

    def scoring(self, table: EncodedSentences, scored: NDArray[np.bool_]) -> NDArray[np.bool_] | None:
        """The alignment is about to score its candidates, reading the token states of the ``scored`` sentences
        only: where :attr:`read_later` is set, those and the sentences read later keep their states (the others'
        are let go here, and the mask of the kept is returned), else None (all kept)."""
        if self.read_later is None:
            return None
        kept = scored | self._later(table)
        self.forget_states([encoded.text for encoded, keep in zip(table.encoded, kept.tolist(), strict=True)
                            if keep])
        return kept

    def scored(self, table: EncodedSentences) -> NDArray[np.bool_] | None:
        """The alignment scored the candidates among ``table``'s sentences: where :attr:`read_later` is set, the
        sentences whose token states are read later (the others' are let go here), else None (all kept)."""
        if self.read_later is None:
            return None
        kept = self._later(table)
        self._read_later = None
        self.forget_states([encoded.text for encoded, keep in zip(table.encoded, kept.tolist(), strict=True)
                            if keep])
        return kept

    def _later(self, table: EncodedSentences) -> NDArray[np.bool_]:
        """:attr:`read_later` of ``table``, read once for :meth:`scoring` and :meth:`scored`."""
        assert self.read_later is not None
        if self._read_later is None or self._read_later[0] is not table:
            self._read_later = (table, self.read_later(table))
        return self._read_later[1]

    def _as_written(self, text: str, key: str) -> EncodedText:
        encoded = self._texts[key]
        if encoded.text == text:
            return encoded
        if isinstance(encoded, SpilledText):
            return encoded.moved(text, _moved_offsets(encoded.offsets, key, text))
        return EncodedText(text, encoded.pieces, encoded.states, _moved_offsets(encoded.offsets, key, text))


def _moved_offsets(offsets: NDArray[np.int32], key: str, text: str) -> NDArray[np.int32]:
    """``offsets`` into ``key`` (``text`` with its whitespace collapsed) as offsets into ``text``: the two hold the
    same characters other than whitespace, in the same order."""
    if not len(offsets):
        return offsets
    written = np.array([i for i, char in enumerate(text) if not char.isspace()], dtype=np.int32)
    before = np.cumsum([0, *(not char.isspace() for char in key)])  # characters other than whitespace before each
    starts = np.minimum(before[offsets[:, 0]], len(written) - 1)
    ends = before[offsets[:, 1]]
    out = np.stack([written[starts], written[np.maximum(ends - 1, starts)] + 1], axis=1).astype(np.int32)
    out[ends <= starts, 1] = out[ends <= starts, 0]  # an empty piece stays empty
    return out


def text_vectors(encoder: Encoder, texts: Sequence[str]) -> NDArray[np.float32]:
    """The vectors of ``encoder.encode(texts)`` alone; a story's encoder keeps no token states for them
    (:meth:`StoryEncoder.vectors`)."""
    if isinstance(encoder, StoryEncoder):
        return encoder.vectors(texts)
    return encoder.encode(texts).vectors


def story_encoder(encoder: Encoder) -> Encoder:
    """``encoder`` with a per-story cache of what it read (see :class:`StoryEncoder`)."""
    return encoder if isinstance(encoder, StoryEncoder) else StoryEncoder(encoder)
