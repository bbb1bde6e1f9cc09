"""How the quote clusters read their quotes (issue #20): each quote's vector pooled from the token states of the
sentences it is written in (:mod:`newsprism.nlp.pooling`), and its reading (pieces and states) read again only when a
pair of it is scored, so the readings of a big story's distinct quotes are never held all at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from numpy.typing import NDArray

from newsprism.model import QuoteVariant
from newsprism.nlp.encoder import EncodedText, Encoder
from newsprism.nlp.pooling import EncodedSentences, PartRequest, SentenceStates, pooled_vectors

READ_CHUNK = 256
"""Quotes read from their sentences' token states at a time for their vectors. A quote's reading holds its pieces'
states (float16, 768 bytes a piece, copied out of its sentences'): the readings of every distinct quote of the
500-article one-event story, held through the whole clustering, were most of its peak (issue #20); now only
their vectors are kept, and a quote is read again when a pair of it is scored (:meth:`Read.texts`)."""


@dataclass(frozen=True)
class Read:
    """The variants as read: their vectors, what each reading depends on (the key of their decisions in a
    :class:`QuoteMemo`: a quote read from its sentences reads as it stands there), and their readings on demand."""

    vectors: NDArray[np.float32]
    keys: list[str]
    together: NDArray[np.int64]
    """the pairs of variants read from one sentence, as ``i * len(variants) + j`` (i < j), sorted"""
    states: SentenceStates
    requests: list[PartRequest]
    alone: dict[int, EncodedText]
    """the readings of the variants the sentences do not hold (encoded on their own, few); the others are read
    from the sentences again when asked (the same pieces and states)"""

    def texts(self, indexes: Sequence[int]) -> list[EncodedText]:
        """The readings of the variants ``indexes`` (:func:`newsprism.nlp.pooling.read_parts`'s)."""
        out = []
        for index in indexes:
            encoded = self.alone[index] if index in self.alone else self.states.read(self.requests[index])
            assert encoded is not None  # a variant the sentences do not hold is in ``alone``
            out.append(encoded)
        return out


def read_quotes(variants: Sequence[QuoteVariant], encoder: Encoder, sentences: EncodedSentences | None) -> Read:
    """Each variant's reading (:func:`newsprism.nlp.pooling.read_parts`), its key (the sentences and place it is
    read from, else its text), and the pairs read from one sentence."""
    states = SentenceStates.of(sentences) if sentences is not None else SentenceStates({}, [])
    requests = part_requests(variants)
    keys = [states.context(request) or request.text for request in requests]
    readers: dict[tuple[str, int], list[int]] = {}
    for index, request in enumerate(requests):
        for place in states.holding(request):
            readers.setdefault(place, []).append(index)
    together = {i * len(variants) + j for members in readers.values() for i, j in combinations(sorted(members), 2)}
    return read_parts_once(states, requests, encoder, keys, np.array(sorted(together), dtype=np.int64))


def read_parts_once(states: SentenceStates, requests: list[PartRequest], encoder: Encoder, keys: list[str],
          together: NDArray[np.int64]) -> Read:
    """The parts' vectors as :func:`~newsprism.nlp.pooling.read_parts` gives them (each pooled from its reading
    alone; the parts the sentences do not hold encoded in one call, as there), READ_CHUNK readings held at a time."""
    blocks: list[tuple[list[int], NDArray[np.float32]]] = []
    missing: list[int] = []
    for start in range(0, len(requests), READ_CHUNK):
        found = [(index, states.read(requests[index])) for index in range(start, min(start + READ_CHUNK,
                                                                                      len(requests)))]
        missing += [index for index, encoded in found if encoded is None]
        held = [(index, encoded) for index, encoded in found if encoded is not None]
        blocks.append(([index for index, _ in held], pooled_vectors([encoded for _, encoded in held])))
    alone = dict(zip(missing, encoder.encode([requests[k].text for k in missing]).texts, strict=True)) if missing \
        else {}
    blocks.append((missing, pooled_vectors(list(alone.values()))))
    vectors = np.zeros((len(requests), max(block.shape[1] for _, block in blocks)), dtype=np.float32)
    for rows, block in blocks:
        if block.shape[1]:
            vectors[rows] = block
    return Read(vectors, keys, together, states, requests, alone)


def part_requests(variants: Sequence[QuoteVariant]) -> list[PartRequest]:
    return [PartRequest(v.content.article, ((v.content.start, v.content.end),), v.content.text) for v in variants]
