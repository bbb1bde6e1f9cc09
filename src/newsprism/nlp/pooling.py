"""Vectors of parts of the story's sentences, read from what the encoder already holds (issue #20).

The encoder reads every sentence of a story once and keeps each word piece's contextual state and where the piece
is written (:class:`~newsprism.nlp.encoder.EncodedText`). A part of the text (a quote, which may run over several
sentences; a clause with its date taken out) is read from those states instead of being encoded again: its pieces
are the sentences' pieces written inside it, its vector the mean of their states, L2-normalised (as the encoder
pools a sentence). The states carry the sentence around them, so a part reads as it is meant where it stands.

A part the sentences do not hold whole (text outside every sentence, or past the word-piece limit of a very long
sentence, which the encoder did not read) is encoded on its own, its vector pooled from its own states the same way
(:func:`read_parts`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from newsprism.model import Article, Sentence
from newsprism.nlp.encoder import EncodedText, Encoder, Encoding

Span = tuple[int, int]
"""(start, end) character offsets into an article's text."""


@dataclass(frozen=True)
class PartRequest:
    """A part of one article to read: its spans (in order; a clause without its date is two) and its text."""

    article: str
    spans: tuple[Span, ...]
    text: str
    """what the part says (the vector does not read it; an encoded-alone part is this text encoded)"""


class EncodedSentences(Protocol):
    """A story's sentences with the encoder's reading of each (:class:`newsprism.align.SentenceTable`)."""

    @property
    def articles(self) -> list[Article]: ...

    @property
    def owner(self) -> NDArray[np.int64]: ...

    @property
    def sentences(self) -> list[Sentence]: ...

    @property
    def encoded(self) -> list[EncodedText]: ...


class SentenceStates:
    """The story's encoded sentences by article, found by offset."""

    def __init__(self, texts: Mapping[str, str], sentences: Sequence[tuple[str, int, EncodedText]]) -> None:
        """``texts``: each article's text by id; ``sentences``: (article id, start offset, reading) of each
        sentence, the reading's text being the sentence's."""
        self._texts = texts
        self._by_article: dict[str, list[tuple[int, EncodedText]]] = {}
        for article, start, encoded in sorted(sentences, key=lambda s: (s[0], s[1])):
            self._by_article.setdefault(article, []).append((start, encoded))
        self._starts = {article: [start for start, _ in held] for article, held in self._by_article.items()}
        self._found: dict[PartRequest, list[tuple[EncodedText, NDArray[np.int64]]] | None] = {}

    @classmethod
    def of(cls, table: EncodedSentences) -> SentenceStates:
        ids = [article.id for article in table.articles]
        return cls({article.id: article.text for article in table.articles},
                   [(ids[owner], sentence.start, encoded) for owner, sentence, encoded
                    in zip(table.owner.tolist(), table.sentences, table.encoded, strict=True)])

    def read(self, request: PartRequest) -> EncodedText | None:
        """The part's pieces and states, as an :class:`EncodedText` of ``request.text`` (no offsets); None when
        the sentences do not hold it whole."""
        parts = self._parts(request)
        if parts is None:
            return None
        pieces = tuple(piece for encoded, chosen in parts for piece in (encoded.pieces[k] for k in chosen.tolist()))
        if not pieces:
            return None
        states = np.concatenate([encoded.states[chosen] for encoded, chosen in parts])
        return EncodedText(request.text, pieces, states)

    def context(self, request: PartRequest) -> str | None:
        """What the part's reading depends on: the sentences it lies in and where in them (a key for decisions
        remembered between analyses), None when it is not read from them."""
        found = []
        for start, end in request.spans:
            for offset, encoded in self._overlapping(request.article, start, end):
                found.append(f"{encoded.text}\x1f{max(start - offset, 0)}:{min(end - offset, len(encoded.text))}")
        return "\x1e".join(found) if self._parts(request) is not None else None

    def holding(self, request: PartRequest) -> frozenset[tuple[str, int]]:
        """The sentences (article, start offset) the part is written in, none when it is not read from them."""
        if self._parts(request) is None:
            return frozenset()
        return frozenset((request.article, offset) for start, end in request.spans
                         for offset, _ in self._overlapping(request.article, start, end))

    def _parts(self, request: PartRequest) -> list[tuple[EncodedText, NDArray[np.int64]]] | None:
        """The sentences' readings and the indexes of their pieces inside the part, None when a character of the
        part (other than whitespace) was not read (found once per request)."""
        if request not in self._found:
            self._found[request] = self._find_parts(request)
        return self._found[request]

    def _find_parts(self, request: PartRequest) -> list[tuple[EncodedText, NDArray[np.int64]]] | None:
        text = self._texts.get(request.article)
        if text is None:
            return None
        parts = []
        for start, end in request.spans:
            covered = 0
            for offset, encoded in self._overlapping(request.article, start, end):
                low, high = max(start - offset, 0), min(end - offset, len(encoded.text))
                chosen = _pieces_within(encoded, low, high)
                if chosen is None:
                    return None
                covered += _visible(encoded.text[low:high])
                parts.append((encoded, chosen))
            if covered != _visible(text[start:end]):
                return None
        return parts

    def _overlapping(self, article: str, start: int, end: int) -> list[tuple[int, EncodedText]]:
        held, starts = self._by_article.get(article, []), self._starts.get(article, [])
        first = max(bisect_right(starts, start) - 1, 0)
        last = bisect_right(starts, end - 1)
        return [(offset, encoded) for offset, encoded in held[first:last]
                if offset < end and offset + len(encoded.text) > start]


def _pieces_within(encoded: EncodedText, low: int, high: int) -> NDArray[np.int64] | None:
    """Indexes of the pieces written in ``encoded.text[low:high]`` (a piece that straddles an end counts), None
    when a character there (other than whitespace) lies past the last piece read (a sentence cut at the encoder's
    word-piece limit) or the reading has no offsets."""
    last = low + len(encoded.text[low:high].rstrip())  # one past the last character other than whitespace
    if last == low:
        return np.zeros(0, dtype=np.int64)
    offsets = encoded.offsets
    if not len(offsets) or last > int(offsets[-1, 1]):
        return None
    return np.flatnonzero((offsets[:, 0] < high) & (offsets[:, 1] > low))


def _visible(text: str) -> int:
    """How many characters of ``text`` are not whitespace."""
    return len("".join(text.split()))


def pooled_vectors(texts: Sequence[EncodedText]) -> NDArray[np.float32]:
    """The mean of each reading's states, L2-normalised (a zero vector for a reading without pieces)."""
    out = np.zeros((len(texts), 0), dtype=np.float32)
    for row, encoded in enumerate(texts):
        mean = encoded.states.astype(np.float32).mean(axis=0) if len(encoded.states) else None
        if out.shape[1] == 0 and mean is not None:
            out = np.zeros((len(texts), len(mean)), dtype=np.float32)
        if mean is not None:
            out[row] = mean / max(float(np.linalg.norm(mean)), 1e-12)
    return out


def read_parts(states: SentenceStates, requests: Sequence[PartRequest], encoder: Encoder) -> Encoding:
    """Each part's reading and vector, in order: the reading from the sentences' states where they hold the part
    (:meth:`SentenceStates.read`), else from its text encoded on its own; every vector pooled from its reading's
    states alike (:func:`pooled_vectors`)."""
    found = [states.read(request) for request in requests]
    alone = [k for k, encoded in enumerate(found) if encoded is None]
    if alone:
        for k, encoded in zip(alone, encoder.encode([requests[k].text for k in alone]).texts, strict=True):
            found[k] = encoded
    read = [encoded for encoded in found if encoded is not None]
    return Encoding(pooled_vectors(read), read)
