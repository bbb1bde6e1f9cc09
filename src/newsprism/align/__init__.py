"""Align: which sentences of different articles say the same thing.

Every sentence of the story is embedded once; an index proposes candidate pairs
(:mod:`newsprism.align.candidates`); each candidate is scored by the same-statement
model (:mod:`newsprism.align.similarity`), which weighs lexical against semantic
evidence. A sentence may align with several (a rewrite that splits or merges
sentences): a pair whose shorter side is contained in the longer one counts too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz

from newsprism.align.candidates import CopyGroups, candidate_pairs, copy_groups
from newsprism.align.features import forget_text_readings
from newsprism.align.memo import PairDecision, PairMemo, split_known
from newsprism.align.similarity import SAME_STATEMENT_THRESHOLD, score_pairs_grouped
from newsprism.model import Article, Evidence, Sentence
from newsprism.nlp.encoder import EncodedText, Encoder, story_encoder
from newsprism.nlp.heap import return_free_memory

COSINE_FLOOR = 0.45
"""Candidates below this cosine are not scored: 0.5 % of MSRP's 2,753 paraphrase pairs fall below it."""
VERBATIM_RATIO = 90.0
"""rapidfuzz ratio (0-100) from which two sentences are the same wording (copy-edits, spelling)."""
PART_CONTAINMENT = 85.0
"""token_set_ratio from which the shorter sentence is part of the longer one (a split or merged sentence)."""
PART_COSINE = 0.6
PART_MIN_WORDS = 4
"""A part shorter than this ('He said.') would be part of too much."""
MAX_FAN = 64
"""A text printed in more articles than this (a wire sentence in a 2,000-article story) links each copy with the
first MAX_FAN copies, not with every other: the facts (connected groups of links) are the same, the links grow
linearly. Below it, every pair of copies links, as before."""


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


def align_story(articles: list[Article], encoder: Encoder, step: Callable[[int, int], None] | None = None,
                memo: PairMemo[PairDecision] | None = None) -> StoryAlignment:
    """Embed every distinct sentence once and link the sentences that say the same thing: copies of one text
    directly (verbatim), the other candidates by the same-statement model. ``step`` is told (articles encoded,
    articles): with it, each article's sentences are encoded in turn (the same vectors, cached per story).
    ``memo``: the decisions of an earlier analysis of the story, reused, and this one's kept in it."""
    if step:
        encoder = story_encoder(encoder)
        for done, article in enumerate(articles, start=1):
            encoder.encode([s.text for s in article.sentences])
            step(done, len(articles))
    table = sentence_table(articles, encoder)
    return_free_memory()  # the encoder's and tokenizer's freed buffers
    copies = copy_groups([s.text for s in table.sentences])
    reps = copies.representative
    owner = _group_owner(copies, table.owner)
    pairs, cosine = candidate_pairs(table.vectors[reps], [table.sentences[i].text for i in reps], owner,
                                    COSINE_FLOOR, copies.size)
    scored = _links([table.encoded[i] for i in reps], pairs, cosine, memo)
    forget_text_readings()  # the sentences' profiles are read by this stage alone
    return_free_memory()
    links = expand_links(scored, copies, reps, table.owner)
    return StoryAlignment(table, links)


def sentence_table(articles: list[Article], encoder: Encoder) -> SentenceTable:
    """Every sentence with its vector and token states; each distinct text is encoded once."""
    sentences = [s for a in articles for s in a.sentences]
    owner = np.array([i for i, a in enumerate(articles) for _ in a.sentences], dtype=np.int64)
    encoding = story_encoder(encoder).encode([s.text for s in sentences])
    return SentenceTable(articles, owner, sentences, encoding.vectors, encoding.texts)


def _group_owner(copies: CopyGroups, owner: NDArray[np.int64]) -> NDArray[np.int64]:
    """Each group's article, or -1 when its text is printed in several articles."""
    first = owner[copies.representative]
    spread = np.zeros(len(first), dtype=bool)
    np.logical_or.at(spread, copies.group, owner != first[copies.group])
    return np.where(spread, -1, first)


def _links(encoded: list[EncodedText], pairs: NDArray[np.int64], cosine: NDArray[np.float32],
           memo: PairMemo[PairDecision] | None = None) -> list[Link]:
    """The links among the candidate pairs: decisions ``memo`` holds are taken from it, the others made by
    :func:`_decide` (and kept in it)."""
    texts = [x.text for x in encoded]
    known, fresh = split_known(memo, texts, pairs)
    decided = _decide(encoded, pairs[fresh], cosine[fresh])
    if memo is not None:
        memo.keep(texts, pairs[fresh], decided)
    for row, decision in zip(fresh.tolist(), decided, strict=True):
        known[row] = decision
    return [Link(i, j, d.score, d.verbatim) for (i, j), d in zip(pairs.tolist(), known, strict=True)
            if d is not None and d.linked]


def _decide(encoded: list[EncodedText], pairs: NDArray[np.int64], cosine: NDArray[np.float32]) -> list[PairDecision]:
    """Decide the candidate pairs: the same wording is verbatim without the model; the rest by the model, then
    the part-of test for those it turns down."""
    texts = [x.text for x in encoded]
    ratio = np.array([fuzz.ratio(texts[i], texts[j]) for i, j in pairs.tolist()], dtype=np.float64)
    verbatim = ratio >= VERBATIM_RATIO
    score = np.ones(len(pairs), dtype=np.float64)
    modelled = np.flatnonzero(~verbatim)
    if len(modelled):  # symmetric: alignment does not depend on article order
        score[modelled] = score_pairs_grouped(encoded, pairs[modelled], cosine[modelled])
    decided = []
    for (i, j), p, cos, same in zip(pairs.tolist(), score.tolist(), cosine.tolist(), verbatim.tolist(), strict=True):
        if same or p >= SAME_STATEMENT_THRESHOLD:
            decided.append(PairDecision(True, p, same))
        elif cos >= PART_COSINE and _part_of(texts[i], texts[j]):
            decided.append(PairDecision(True, fuzz.partial_ratio(texts[i], texts[j]) / 100, False))
        else:
            decided.append(_UNLINKED)
    return decided


_UNLINKED = PairDecision(False, 0.0, False)


def expand_links(scored: list[Link], copies: CopyGroups, reps: NDArray[np.int64],
                 owner: NDArray[np.int64]) -> list[Link]:
    """Links between sentences from links between groups of copies (indexes into ``reps``), and the copies'
    own verbatim links; every pair of sentences of different articles, bounded for texts printed very often."""
    members = _members(copies)
    links = [Link(int(a), int(b), 1.0, True) for group in members if len(group) > 1
             for a, b in _copy_pairs(group, owner)]
    for link in scored:
        left, right = members[link.a], members[link.b]
        for a, b in _member_pairs(left, right, owner):
            links.append(Link(min(a, b), max(a, b), link.score, link.verbatim))
    return sorted(links, key=lambda link: (link.a, link.b))


def _members(copies: CopyGroups) -> list[NDArray[np.int64]]:
    order = np.argsort(copies.group, kind="stable")
    return np.split(order, np.cumsum(copies.size)[:-1])


def _copy_pairs(group: NDArray[np.int64], owner: NDArray[np.int64]) -> list[tuple[int, int]]:
    """Pairs of copies of one text in different articles: all of them, or each with the first MAX_FAN."""
    hubs = group[:MAX_FAN]
    return [(int(a), int(b)) for k, a in enumerate(hubs) for b in group[k + 1:] if owner[a] != owner[b]]


def _member_pairs(left: NDArray[np.int64], right: NDArray[np.int64],
                  owner: NDArray[np.int64]) -> list[tuple[int, int]]:
    """Sentence pairs of two linked groups: every pair of different articles, or (for groups printed very often)
    each member of one with the first MAX_FAN members of the other."""
    if len(left) * len(right) > MAX_FAN * MAX_FAN:
        pairs = [(int(a), int(b)) for a in left for b in right[:MAX_FAN]]
        pairs += [(int(a), int(b)) for a in left[:MAX_FAN] for b in right[MAX_FAN:]]
    else:
        pairs = [(int(a), int(b)) for a in left for b in right]
    return [(a, b) for a, b in pairs if owner[a] != owner[b]]


def _part_of(a: str, b: str) -> bool:
    """The shorter sentence says part of what the longer says (a sentence split in two)."""
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= PART_MIN_WORDS and fuzz.token_set_ratio(short, long) >= PART_CONTAINMENT
