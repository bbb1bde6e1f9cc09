"""Align: which sentences of different articles say the same thing.

Every sentence of the story is embedded once; an index proposes candidate pairs
(:mod:`newsprism.align.candidates`); each candidate is scored by the same-statement
model (:mod:`newsprism.align.similarity`), which weighs lexical against semantic
evidence. A sentence may align with several (a rewrite that splits or merges
sentences): a pair whose shorter side is contained in the longer one counts too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz

from newsprism.align.candidates import CopyGroups, candidate_pairs, copy_groups, forget_block_words
from newsprism.align.expand import MAX_FAN as MAX_FAN
from newsprism.align.expand import expand_links
from newsprism.align.features import BlockProfiles, forget_text_readings, profile_block
from newsprism.align.links import Link as Link
from newsprism.align.links import Links as Links
from newsprism.align.memo import PairDecision, PairMemo, split_known
from newsprism.align.similarity import SAME_STATEMENT_THRESHOLD, score_pairs_grouped
from newsprism.model import Article, Evidence, Sentence
from newsprism.nlp.encoder import EncodedText, Encoder
from newsprism.nlp.heap import return_free_memory
from newsprism.nlp.story_encoder import StoryEncoder, story_encoder, text_vectors

COSINE_FLOOR = 0.45
"""Candidates below this cosine are not scored: 0.5 % of MSRP's 2,753 paraphrase pairs fall below it."""
VERBATIM_RATIO = 90.0
"""rapidfuzz ratio (0-100) from which two sentences are the same wording (copy-edits, spelling)."""
PART_CONTAINMENT = 85.0
"""token_set_ratio from which the shorter sentence is part of the longer one (a split or merged sentence)."""
PART_COSINE = 0.6
PART_MIN_WORDS = 4
"""A part shorter than this ('He said.') would be part of too much."""
LINK_CHUNK = 65_536
"""Candidate pairs decided at once: each chunk's pair lists, feature rows and decisions are dropped before the next
(a 2,000-article one-event story has millions of candidate pairs: their Python lists alone were gigabytes). The
pairs of a tile (:func:`_tiles`) are in order, so a chunk splits at most one left sentence's partners in two."""


@dataclass(frozen=True)
class SentenceTable:
    """All sentences of a story, in article order, with one vector each.

    The vectors are held once per distinct text (``distinct``, in the order of each text's first sentence) with
    each sentence's row (``rows``): a one-event story prints each sentence hundreds of times. Without ``rows``,
    ``distinct`` holds one row per sentence."""

    articles: list[Article]
    owner: NDArray[np.int64]
    """index into ``articles`` of each sentence"""
    sentences: list[Sentence]
    distinct: NDArray[np.float32]
    encoded: list[EncodedText]
    """each sentence's word pieces and token states, for the same-statement scorer"""
    rows: NDArray[np.int64] | None = None
    """each sentence's row of ``distinct``"""
    _evidence: dict[int, Evidence] = field(default_factory=dict, repr=False, compare=False)
    """each sentence's Evidence, made once: records are immutable, so every reuse passage, change and fact that
    cites a sentence shares one (a one-event story's 628,001 links at 500 articles made two each); made from the
    sentence's checked fields with one given-fields set for all (the summary cites every sentence: a validated
    record's own set was 216 of its 480 bytes)"""

    @property
    def vectors(self) -> NDArray[np.float32]:
        """One vector per sentence (made anew at each call where the table holds distinct texts' vectors: read
        a few sentences' with :meth:`vectors_of`)."""
        return self.distinct if self.rows is None else self.distinct[self.rows]

    def vectors_of(self, ids: NDArray[np.int64] | list[int]) -> NDArray[np.float32]:
        """The vectors of the sentences ``ids``."""
        return self.distinct[ids] if self.rows is None else self.distinct[self.rows[ids]]

    def evidence(self, index: int) -> Evidence:
        """The sentence ``index`` as evidence (one shared record per sentence)."""
        made = self._evidence.get(index)
        if made is None:
            sentence = self.sentences[index]
            made = Evidence.model_construct(_EVIDENCE_FIELDS, article=self.articles[self.owner[index]].id,
                                            start=sentence.start, end=sentence.end, text=sentence.text)
            self._evidence[index] = made
        return made


_EVIDENCE_FIELDS = {"article", "start", "end", "text"}


@dataclass(frozen=True)
class StoryAlignment:
    table: SentenceTable
    links: Sequence[Link]
    """sorted by (a, b); :func:`align_story` gives them as :class:`Links` (arrays, each record made as it is read)"""


def align_story(articles: list[Article], encoder: Encoder, step: Callable[[int, int], None] | None = None,
                memo: PairMemo[PairDecision] | None = None) -> StoryAlignment:
    """Embed every distinct sentence once and link the sentences that say the same thing: copies of one text
    directly (verbatim), the other candidates by the same-statement model. ``step`` is told (articles encoded,
    articles): with it, each article's sentences are encoded in turn (the same vectors, cached per story).
    ``memo``: the decisions of an earlier analysis of the story, reused, and this one's kept in it."""
    if step:
        encoder = story_encoder(encoder)
        for done, article in enumerate(articles, start=1):
            readings(encoder, [s.text for s in article.sentences])
            step(done, len(articles))
    table = sentence_table(articles, encoder)
    return_free_memory()  # the encoder's and tokenizer's freed buffers
    copies = copy_groups([s.text for s in table.sentences])
    reps = copies.representative
    owner = _group_owner(copies, table.owner)
    pairs, cosine = candidate_pairs(table.vectors_of(reps), [table.sentences[i].text for i in reps], owner,
                                    COSINE_FLOOR, copies.size)
    if memo is None:  # no pair decisions kept: no next analysis reads the block words either (a one-analysis cache)
        forget_block_words()
    verbatim = _verbatim([table.sentences[i].text for i in reps], pairs)
    _states_to_score(table, encoder, reps, pairs[~verbatim])
    scored = _links([table.encoded[i] for i in reps], pairs, cosine, memo, verbatim)
    del pairs, cosine, verbatim
    forget_text_readings()  # the sentences' profiles are read by this stage alone
    _states_scored(table, encoder)  # after them: finding the quotes does not add to the scoring's peak
    return_free_memory()
    links = expand_links(scored, copies, table.owner)
    return StoryAlignment(table, links)


def sentence_table(articles: list[Article], encoder: Encoder) -> SentenceTable:
    """Every sentence with its vector and token states; each distinct text is encoded once and its vector held
    once (texts the same but for whitespace are one text)."""
    sentences = [s for a in articles for s in a.sentences]
    owner = np.array([i for i, a in enumerate(articles) for _ in a.sentences], dtype=np.int64)
    texts = [s.text for s in sentences]
    copies = copy_groups(texts)
    story = story_encoder(encoder)
    encoded = readings(story, texts)
    distinct_texts = [texts[i] for i in copies.representative.tolist()]
    distinct = text_vectors(story, distinct_texts)
    if isinstance(story, StoryEncoder):
        story.hold_rows(distinct_texts, distinct)  # one copy of each vector: the table's
    return SentenceTable(articles, owner, sentences, distinct, encoded, copies.group)


def readings(encoder: Encoder, texts: list[str]) -> list[EncodedText]:
    """Each text's word pieces and token states, as :meth:`Encoder.encode` reads them, without stacking their
    vectors (a story's encoder gives them from its cache)."""
    if isinstance(encoder, StoryEncoder):
        return encoder.readings(texts)
    return encoder.encode(texts).texts


_UNREAD_STATES = np.zeros((0, 384), dtype=np.float16)
_UNREAD_OFFSETS = np.zeros((0, 2), dtype=np.int32)


def _states_scored(table: SentenceTable, encoder: Encoder) -> None:
    """The scoring read the sentences' token states; after it only the quotes read them. A story encoder told which
    sentences those are (a one-analysis story cache's, :meth:`StoryEncoder.scored`) lets the other sentences'
    states go, and the table keeps those sentences' texts alone (issue #20: every sentence's states were held
    through the quote clusters, which read the few a quote is written in)."""
    _let_go(table, encoder.scored(table) if isinstance(encoder, StoryEncoder) else None)


def _states_to_score(table: SentenceTable, encoder: Encoder, reps: NDArray[np.int64],
                     modelled: NDArray[np.int64]) -> None:
    """Before the scoring: a story encoder that lets states go (:meth:`StoryEncoder.scoring`) keeps those of the
    representatives the model scores (``modelled``: the candidate pairs not verbatim, as indexes into ``reps``) and
    of the sentences read later, the table's other sentences keep their texts alone (issue #20: a one-event story's
    representatives whose every candidate is a copy-edit, or that have no candidate, held their states through the
    scoring, which never reads them)."""
    if not isinstance(encoder, StoryEncoder):
        return
    scored = np.zeros(len(table.sentences), dtype=bool)
    scored[reps[np.unique(modelled)]] = True
    _let_go(table, encoder.scoring(table, scored))


def _let_go(table: SentenceTable, kept: NDArray[np.bool_] | None) -> None:
    """The table's sentences outside ``kept`` keep their texts alone (None: all keep their states)."""
    if kept is None:
        return
    for index in np.flatnonzero(~kept).tolist():
        if table.encoded[index].pieces:
            table.encoded[index] = EncodedText(table.encoded[index].text, (), _UNREAD_STATES, _UNREAD_OFFSETS)


def _verbatim(texts: list[str], pairs: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Which candidate pairs are the same wording (rapidfuzz ratio from :data:`VERBATIM_RATIO`): linked without
    the model, their token states never read."""
    return np.fromiter((fuzz.ratio(texts[i], texts[j]) >= VERBATIM_RATIO for i, j in pairs.tolist()), dtype=bool,
                       count=len(pairs))


def _group_owner(copies: CopyGroups, owner: NDArray[np.int64]) -> NDArray[np.int64]:
    """Each group's article, or -1 when its text is printed in several articles."""
    first = owner[copies.representative]
    spread = np.zeros(len(first), dtype=bool)
    np.logical_or.at(spread, copies.group, owner != first[copies.group])
    return np.where(spread, -1, first)


def _links(encoded: list[EncodedText], pairs: NDArray[np.int64], cosine: NDArray[np.float32],
           memo: PairMemo[PairDecision] | None = None, verbatim: NDArray[np.bool_] | None = None) -> Links:
    """The links among the candidate pairs (sorted by (i, j)), scored a tile at a time (:func:`_tiles`: the pairs
    between two blocks of representatives, :data:`LINK_CHUNK` pairs at a time) with the profiles of those two
    blocks alone held (:class:`BlockProfiles`, :func:`profile_block`): decisions ``memo`` holds are taken from
    it, the others made by :func:`_decide` (and kept in it). ``verbatim``: which pairs are the same wording
    (:func:`_verbatim`, read here without it). The links come as arrays (:class:`Links`), in the pairs' order."""
    texts = [x.text for x in encoded]
    if verbatim is None:
        verbatim = _verbatim(texts, pairs)
    profiles = BlockProfiles(texts, profile_block(len(texts)))
    linked, score, same = np.zeros(len(pairs), dtype=bool), np.zeros(len(pairs)), np.zeros(len(pairs), dtype=bool)
    for rows, (row, column) in _tiles(pairs, profiles.block):
        profiles.tile(row, column)
        for first in range(0, len(rows), LINK_CHUNK):
            part = rows[first:first + LINK_CHUNK]
            linked[part], score[part], same[part] = _chunk_decisions(encoded, texts, pairs[part], cosine[part], memo,
                                                                     verbatim[part], profiles)
    return Links(pairs[linked, 0], pairs[linked, 1], score[linked], same[linked])


def _tiles(pairs: NDArray[np.int64], block: int) -> list[tuple[NDArray[np.int64], tuple[int, int]]]:
    """The rows of ``pairs`` grouped by the blocks of ``block`` indexes their two sides fall in (each group in the
    pairs' order), with the two blocks."""
    blocks = pairs // block
    key = blocks[:, 0] * (int(blocks.max(initial=0)) + 1) + blocks[:, 1]
    order = np.argsort(key, kind="stable")
    starts = np.flatnonzero(np.diff(key[order], prepend=-1))
    return [(rows, (int(blocks[rows[0], 0]), int(blocks[rows[0], 1]))) for rows in np.split(order, starts[1:])
            if len(rows)]


def _chunk_decisions(encoded: list[EncodedText], texts: list[str], part: NDArray[np.int64],
                     near: NDArray[np.float32], memo: PairMemo[PairDecision] | None, verbatim: NDArray[np.bool_],
                     profiles: BlockProfiles) -> tuple[NDArray[np.bool_], NDArray[np.float64], NDArray[np.bool_]]:
    """One chunk's decisions (between representatives): linked, score, verbatim, one row per pair."""
    known, fresh = split_known(memo, texts, part)
    decided = _decide(encoded, part[fresh], near[fresh], verbatim[fresh], profiles)
    if memo is not None:
        memo.keep(texts, part[fresh], decided)
    for row, decision in zip(fresh.tolist(), decided, strict=True):
        known[row] = decision
    done = [d if d is not None else _UNLINKED for d in known]
    return (np.array([d.linked for d in done], dtype=bool), np.array([d.score for d in done], dtype=np.float64),
            np.array([d.verbatim for d in done], dtype=bool))


def _decide(encoded: list[EncodedText], pairs: NDArray[np.int64], cosine: NDArray[np.float32],
            verbatim: NDArray[np.bool_], profiles: BlockProfiles | None = None) -> list[PairDecision]:
    """Decide the candidate pairs: the same wording (``verbatim``) is linked without the model; the rest by the
    model, then the part-of test for those it turns down."""
    texts = [x.text for x in encoded]
    score = np.ones(len(pairs), dtype=np.float64)
    modelled = np.flatnonzero(~verbatim)
    if len(modelled):  # symmetric: alignment does not depend on article order
        score[modelled] = score_pairs_grouped(encoded, pairs[modelled], cosine[modelled], profiles,
                                              SAME_STATEMENT_THRESHOLD)  # only compared with it below
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


def _part_of(a: str, b: str) -> bool:
    """The shorter sentence says part of what the longer says (a sentence split in two)."""
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= PART_MIN_WORDS and fuzz.token_set_ratio(short, long) >= PART_CONTAINMENT
