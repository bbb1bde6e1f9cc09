"""Align: which sentences of different articles say the same thing.

Every sentence of the story is embedded once; an index proposes candidate pairs
(:mod:`newsprism.align.candidates`); each candidate is scored by the same-statement
model (:mod:`newsprism.align.similarity`), which weighs lexical against semantic
evidence. A sentence may align with several (a rewrite that splits or merges
sentences): a pair whose shorter side is contained in the longer one counts too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz

from newsprism.align.candidates import candidate_pairs
from newsprism.align.similarity import SAME_STATEMENT_THRESHOLD, same_statement
from newsprism.model import Article, Evidence, Sentence
from newsprism.nlp.encoder import EncodedText, Encoder

COSINE_FLOOR = 0.45
"""Candidates below this cosine are not scored: 0.5 % of MSRP's 2,753 paraphrase pairs fall below it."""
VERBATIM_RATIO = 90.0
"""rapidfuzz ratio (0-100) from which two sentences are the same wording (copy-edits, spelling)."""
PART_CONTAINMENT = 85.0
"""token_set_ratio from which the shorter sentence is part of the longer one (a split or merged sentence)."""
PART_COSINE = 0.6
PART_MIN_WORDS = 4
"""A part shorter than this ('He said.') would be part of too much."""


@dataclass(frozen=True)
class SentenceTable:
    """All sentences of a story, in article order, with one vector each."""

    articles: list[Article]
    owner: NDArray[np.int64]
    """index into ``articles`` of each sentence"""
    sentences: list[Sentence]
    vectors: NDArray[np.float32]
    encoded: list[EncodedText]
    """each sentence's word pieces and token states, for the same-statement scorer"""

    def evidence(self, index: int) -> Evidence:
        sentence = self.sentences[index]
        return Evidence(article=self.articles[self.owner[index]].id, start=sentence.start, end=sentence.end,
                        text=sentence.text)


@dataclass(frozen=True)
class Link:
    """Two sentences of different articles that say the same thing (a < b, global sentence ids)."""

    a: int
    b: int
    score: float
    """same-statement probability, or the containment score of a part-of link"""
    verbatim: bool


@dataclass(frozen=True)
class StoryAlignment:
    table: SentenceTable
    links: list[Link]


def align_story(articles: list[Article], encoder: Encoder) -> StoryAlignment:
    """Embed every sentence once and link the sentences that say the same thing."""
    table = sentence_table(articles, encoder)
    pairs = candidate_pairs(table.vectors, [s.text for s in table.sentences], table.owner)
    cosine = _cosines(table.vectors, pairs)
    keep = cosine >= COSINE_FLOOR
    pairs, cosine = pairs[keep], cosine[keep]
    return StoryAlignment(table, _links(table.encoded, pairs, cosine))


def sentence_table(articles: list[Article], encoder: Encoder) -> SentenceTable:
    sentences = [s for a in articles for s in a.sentences]
    owner = np.array([i for i, a in enumerate(articles) for _ in a.sentences], dtype=np.int64)
    encoding = encoder.encode([s.text for s in sentences])
    return SentenceTable(articles, owner, sentences, encoding.vectors, encoding.texts)


def _cosines(vectors: NDArray[np.float32], pairs: NDArray[np.int64], chunk: int = 65536) -> NDArray[np.float32]:
    """Cosine of each candidate pair, a chunk at a time (a 200-article story has millions of candidates)."""
    out = np.empty(len(pairs), dtype=np.float32)
    for start in range(0, len(pairs), chunk):
        part = pairs[start:start + chunk]
        out[start:start + chunk] = np.einsum("ij,ij->i", vectors[part[:, 0]], vectors[part[:, 1]])
    return out


def _links(encoded: list[EncodedText], pairs: NDArray[np.int64], cosine: NDArray[np.float32]) -> list[Link]:
    left = [encoded[i] for i in pairs[:, 0]]
    right = [encoded[j] for j in pairs[:, 1]]
    score = same_statement(left, right, cosine)  # symmetric: alignment does not depend on article order
    links = []
    for (i, j), p, cos, x, y in zip(pairs.tolist(), score.tolist(), cosine.tolist(), left, right, strict=True):
        a, b = x.text, y.text
        verbatim = fuzz.ratio(a, b) >= VERBATIM_RATIO
        if p >= SAME_STATEMENT_THRESHOLD or verbatim:
            links.append(Link(i, j, max(p, 1.0 if verbatim else p), verbatim))
        elif cos >= PART_COSINE and _part_of(a, b):
            links.append(Link(i, j, fuzz.partial_ratio(a, b) / 100, verbatim=False))
    return links


def _part_of(a: str, b: str) -> bool:
    """The shorter sentence says part of what the longer says (a sentence split in two)."""
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= PART_MIN_WORDS and fuzz.token_set_ratio(short, long) >= PART_CONTAINMENT
