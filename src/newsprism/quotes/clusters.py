"""Quote clusters: one statement, every wording of it, and who carries each.

Outlets quote the same words trimmed ("historic mistake" inside a longer quotation), copied,
or translated and reworded differently ("every question without haste" / "every question in
no hurry at all"). Two variants are linked when

- one is contained in the other (a trim or a copy): whoever each names as the speaker, so
  that a quote credited to two different people lands in one cluster and is flagged; or
- they state the same thing in other words (the same-statement model of
  :mod:`newsprism.align.similarity`, or a high cosine), and no two different people are
  named as their speakers.

Clusters are the connected groups of linked variants. Speakers come from the entities
(:func:`attribute_speakers`), so "Putin" in one article and "Vladimir Putin" in another
are one speaker.

A quote's vector and word pieces are read from the token states of the sentences it is
written in, which the alignment's encoder pass already holds (:mod:`newsprism.nlp.pooling`),
not by encoding its text again (issue #20: re-encoding was two thirds of this stage's CPU).
Those states carry the whole sentence, so two quotes written in one sentence read alike
whatever they say ('he will expand the armed forces' / 'the military is depleted': cosine
0.44 encoded alone, 0.86 read in their sentence): such a pair is linked only as a trim or
copy, never by its vectors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from newsprism.align.features import forget_text_readings
from newsprism.align.memo import PairMemo, QuoteMemo, split_known
from newsprism.align.similarity import SAME_STATEMENT_THRESHOLD, few_blas_threads, score_pairs_grouped
from newsprism.grouping import DisjointSets
from newsprism.lexicon import SUBJECT_PRONOUNS
from newsprism.model import Entity, Quote, QuoteVariant
from newsprism.nlp.encoder import Encoder
from newsprism.nlp.pooling import EncodedSentences, SentenceStates
from newsprism.nlp.sentences import ParsedArticle
from newsprism.quotes.apposed import apposed_holder
from newsprism.quotes.copy_groups import copy_groups, expand
from newsprism.quotes.extract import find_quotes
from newsprism.quotes.joint import carried_joints, joint_speaker, pronoun_joint
from newsprism.quotes.named_companies import named_company
from newsprism.quotes.readings import Read, part_requests, read_parts_once
from newsprism.quotes.short_bodies import short_body
from newsprism.quotes.spokespeople import named_spokesperson
from newsprism.quotes.story_holders import MentionTitles, story_holder
from newsprism.quotes.trims import WORD, join_contained

CANDIDATE_COSINE = 0.5
"""Pairs of variants below this cosine are not compared further: a trimmed or reworded quote stays well above it
(on the example story and the seeds, linked variants have cosines of 0.62 and more; kept for the vectors read from
the sentences, whose cosines run 0.04 higher on average on the seeds' quote pairs)."""
REWORDED_COSINE = 0.8
"""From this cosine two quotes are one statement whatever the same-statement model says (short fragments give it
little to go on). First set at 0.85 on the example story's and the seeds' reworded quotes encoded alone (0.87-0.95,
while different quotes of the same speaker on the same subject stayed under 0.8). Recalibrated for quotes read from
their sentences (issue #20), where a reworded quote of another article reads in another sentence and loses cosine
(seeds: the analysts' reading of Kim's delegation 0.90 -> 0.81; NeuS val: Pence on Soleimani 0.875 -> 0.796, 'the
entire / whole law should be invalidated' 0.98 -> 0.79): on the seeds, PolNeAR dev (stories of 10) and the first 43
NeuS val stories, pairs of different sentences read by hand from 0.78 up were one statement in 0.80-0.85 (NeuS: FBI
background checks 0.82, Pentagon policy 0.83; seeds: Kim's delegation 0.81) and mixed below 0.8."""
PRONOUNS = SUBJECT_PRONOUNS | {"him", "her", "them"}
DETERMINERS = frozenset("the a an this that these those its his her their our".split())


class EntityLookup(Protocol):
    """What the clustering needs from the entities: the entity a span or a name in an article refers to."""

    def resolve(self, article_id: str, start: int, end: int) -> Entity | None: ...

    def by_name(self, article_id: str, name: str) -> Entity | None: ...

    @property
    def entities(self) -> list[Entity]: ...


def attribute_speakers(variants: Sequence[QuoteVariant], entities: EntityLookup,
                       texts: Mapping[str, str] | None = None) -> list[QuoteVariant]:
    """Each variant with its speaker's entity (from the source span, else from the speaker's name) filled in; with
    the articles' ``texts`` (by id), an anonymous description its article left unnamed is the one person or body
    the story titles so (:func:`~newsprism.quotes.story_holders.story_holder`), and a joint subject's speaker names
    both (:func:`~newsprism.quotes.joint.joint_speaker`; the entity stays the first's)."""
    out, titles = [], MentionTitles(texts) if texts is not None else None
    for variant in variants:
        if texts is not None and (they := pronoun_joint(variant, entities.entities, texts)) is not None:
            out.append(variant.model_copy(update={"speaker": they[1], "entity": they[0].id}))  # 'they': a joint
            continue
        entity = _speaker_entity(variant, entities)
        if entity is None and (body := short_body(variant, entities)) is not None:
            variant, entity = variant.model_copy(update={"anonymous": False}), body  # 'The Atlantic reported'
        if entity is None and texts is not None and titles is not None and (
                holder := story_holder(variant, entities.entities, texts, titles)
                or named_spokesperson(variant, entities.entities, texts, titles)
                or apposed_holder(variant, entities.entities, texts)
                or named_company(variant, entities.entities, texts)):
            variant, entity = variant.model_copy(update={"anonymous": False}), holder
        joint = joint_speaker(variant, entity, entities.entities, texts) if entity and texts is not None else None
        out.append(variant if entity is None else
                   variant.model_copy(update={"speaker": joint or entity.name, "entity": entity.id}))
    return carried_joints(out)


def cluster_quotes(variants: Sequence[QuoteVariant], encoder: Encoder, memo: QuoteMemo | None = None,
                   sentences: EncodedSentences | None = None) -> list[Quote]:
    """Group the variants of every statement; the clusters carried by most articles first. ``memo``: the
    same-statement decisions of an earlier analysis of the story, reused, and this one's kept in it;
    ``sentences``: the story's encoded sentences (the alignment's table), which each quote is read from (without
    them, or where they do not hold a quote whole, the quote's text is encoded on its own). Copies of a quote
    (one reading, text and speaker) are read and paired once (:mod:`newsprism.quotes.copy_groups`): the work
    grows with the distinct quotes, not with their copies."""
    if not variants:
        return []
    states = SentenceStates.of(sentences) if sentences is not None else SentenceStates({}, [])
    requests = part_requests(variants)
    keys = [states.context(request) or request.text for request in requests]
    copies = copy_groups([(key, request.text, _speaker_key(variant)) for key, request, variant
                          in zip(keys, requests, variants, strict=True)], [states.holding(r) for r in requests])
    first = copies.first
    read = read_parts_once(states, [requests[i] for i in first], encoder, [keys[i] for i in first],
                           copies.together)
    groups: DisjointSets[int] = DisjointSets()
    for index in range(len(first)):
        groups.find(index)
    contained = _link([variants[i] for i in first], [len(m) for m in copies.members], read, groups, memo)
    forget_text_readings()  # the scorer's cached sentence profiles: no later stage reads these quotes' (issue #20)
    self_cosine = np.einsum("ij,ij->i", read.vectors, read.vectors)
    whole = [len(m) == 1 or contained[g] or bool(self_cosine[g] >= REWORDED_COSINE)
             for g, m in enumerate(copies.members)]
    ranked = sorted(expand(copies, groups, whole),
                    key=lambda members: (-len({variants[i].content.article for i in members}), members[0]))
    return [_cluster([variants[i] for i in members]) for members in ranked]


def quoted_sentences(parsed: Sequence[ParsedArticle], sentences: EncodedSentences) -> NDArray[np.bool_]:
    """Which of the story's sentences :func:`cluster_quotes` may read the token states of: those a quote of
    ``parsed`` (:func:`~newsprism.quotes.extract.find_quotes`, the variants it clusters) is written in, whole or in
    part; a sentence no quote overlaps is never read (:class:`~newsprism.nlp.pooling.SentenceStates`)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for article in parsed:
        spans.setdefault(article.article.id, []).extend((v.content.start, v.content.end) for v in find_quotes(article))
    ids = [article.id for article in sentences.articles]
    return np.array([any(start < sentence.start + len(encoded.text) and end > sentence.start
                         for start, end in spans.get(ids[owner], ()))
                     for owner, sentence, encoded
                     in zip(sentences.owner.tolist(), sentences.sentences, sentences.encoded, strict=True)], dtype=bool)


def _speaker_entity(variant: QuoteVariant, entities: EntityLookup) -> Entity | None:
    """The entity of the speaker's own name inside the source span ('Port Averly harbour master Henrik Dahl': the
    person, not the place that qualifies his title), else of the span's last word, else of the speaker's name; none
    for a described source ('Mr Attou's lawyer' is not Mr Attou)."""
    article = variant.content.article
    if variant.anonymous:
        return None
    if variant.source is not None:
        named = _name_in_source(variant)
        found = entities.resolve(article, *named) if named else None
        if found is None and (named is not None or _own_words(variant)):
            found = entities.resolve(article, *_head_word(variant.source.start, variant.source.text))
        if found is not None:
            return found
        words = variant.source.text.split()
        if _own_words(variant) and words and words[-1].islower() and not _owner_named(variant):
            return None  # a description ('The Lumo campaign'): no name of the words it holds speaks for it
    if variant.speaker and variant.speaker.lower() not in PRONOUNS:
        return entities.by_name(article, variant.speaker)
    return None


def _owner_named(variant: QuoteVariant) -> bool:
    """The speaker is the possessor the source names ("Ana Ruiz's statement", "President Ana Ruiz's address": the
    quote stage credits a statement or a speech to its owner; AllSides 6090, issue #19's twenty-second round)."""
    speaker, source = variant.speaker or "", variant.source
    return bool(speaker) and source is not None and any(
        f"{speaker}{mark}" in source.text for mark in ("'s ", "’s ", "' ", "’ "))


def _head_word(start: int, text: str) -> tuple[int, int]:
    """Where the source phrase's last word stands, as offsets into the article: the entity it falls in is the
    source's, not one of a name that only modifies it ('The Lumo campaign said' is no Ana Lumo; NeuS train 1871,
    issue #19's seventeenth round, read in its honest check)."""
    words = text.rstrip()
    return start + len(words) - len(words.split()[-1]) if words.split() else start, start + len(words)


def _own_words(variant: QuoteVariant) -> bool:
    """The speaker is the source's own words, not a name found beside them ("Hayes' girlfriend, Bella Aguilar,
    said": Aguilar, never the entity of the possessor the source span holds)."""
    return variant.source is not None and (variant.speaker or "").lower() in variant.source.text.lower()


def _name_in_source(variant: QuoteVariant) -> tuple[int, int] | None:
    """Where the speaker's last name word is written in the source span, as offsets into the article; never as a
    possessor ("said Barnes' mother, Rhonda Barnes": Rhonda, never the son Barnes)."""
    source, words = variant.source, (variant.speaker or "").split()
    if source is None or not words:
        return None
    at = _last_unpossessed(source.text, words[-1])
    return None if at < 0 else (source.start + at, source.start + at + len(words[-1]))


def _last_unpossessed(text: str, word: str) -> int:
    """The last place ``word`` stands in ``text`` not followed by a possessive mark, or -1."""
    at = text.rfind(word)
    while at >= 0 and text[at + len(word):at + len(word) + 1] in ("'", "\u2019"):
        at = text.rfind(word, 0, at)
    return at


COSINE_CELLS = 1 << 22
"""Most cosines held at once (16 MiB): the variants' cosine matrix is computed this many cells at a time, so
a long article's thousands of quotes never need it whole. A story with up to 2,048 variants (a 200-article
PolNeAR story has about 2,600) is computed in one piece, as one matrix product."""
PAIR_BATCH = 1024
"""Candidate pairs scored by the same-statement model at once, the closest first; before each batch, pairs
already in one group are dropped (a link between them would change no group), so a quote repeated or reworded
many times costs a few links. Smaller batches drop more pairs but score fewer partners per left quote at once."""


def _link(variants: Sequence[QuoteVariant], copies: Sequence[int], read: Read, groups: DisjointSets[int],
          memo: QuoteMemo | None = None) -> list[bool]:
    """Join the variants that are one statement (each variant here one group of copies, ``copies`` its count): the
    trims and copies, the pairs close enough to need no model, then the other candidates, closest first. Whether a
    pair qualifies never depends on the groups, so the groups are those of linking every pair that qualifies; pairs
    already in one group are not scored, and pairs whose speakers differ are not scored (they would not link).
    Whether each variant's copies were joined as trims and copies."""
    contained = join_contained([v.content.text for v in variants], copies, groups,
                               memo.contained if memo else None)
    with few_blas_threads():
        _link_close(variants, read, groups, memo.same if memo else None)
    return contained


def _link_close(variants: Sequence[QuoteVariant], read: Read, groups: DisjointSets[int],
                memo: PairMemo[bool] | None) -> None:
    speakers, vectors = _speaker_codes(variants), read.vectors
    roots = _Roots(groups, len(variants))
    for left, right, _ in _candidates(vectors, speakers, read.together, REWORDED_COSINE, 2.0):
        apart = roots.of[left] != roots.of[right]
        for i, j in zip(left[apart].tolist(), right[apart].tolist(), strict=True):
            roots.join(i, j)
    for left, right, cosine in _candidates(vectors, speakers, read.together, CANDIDATE_COSINE, REWORDED_COSINE):
        order = np.argsort(-cosine, kind="stable")
        left, right, cosine = left[order], right[order], cosine[order]
        for start in range(0, len(left), PAIR_BATCH):
            window = slice(start, start + PAIR_BATCH)
            apart = np.flatnonzero(roots.of[left[window]] != roots.of[right[window]]) + start
            if not len(apart):
                continue
            pairs = np.stack([left[apart], right[apart]], axis=1)
            for i, j in pairs[_same(read, pairs, cosine[apart], memo)].tolist():
                roots.join(i, j)


def _same(read: Read, pairs: NDArray[np.int64], cosine: NDArray[np.float32],
          memo: PairMemo[bool] | None) -> NDArray[np.bool_]:
    """Whether each pair is one statement by the same-statement model; decisions ``memo`` holds (under the
    readings' keys) are not made again."""
    known, fresh = split_known(memo, read.keys, pairs)
    used = np.unique(pairs[fresh])  # read for this batch alone; the pairs renumbered in the same order
    local = np.searchsorted(used, pairs[fresh]).reshape(-1, 2)
    decided = score_pairs_grouped(read.texts(used.tolist()), local, cosine[fresh]) >= SAME_STATEMENT_THRESHOLD
    if memo is not None:
        memo.keep(read.keys, pairs[fresh], decided.tolist())
    same = np.array([bool(k) for k in known], dtype=bool)
    same[fresh] = decided
    return same


def _speaker_codes(variants: Sequence[QuoteVariant]) -> NDArray[np.int64]:
    """Each variant's speaker as a number (equal numbers: one speaker), -1 for a variant that names no one."""
    codes: dict[str, int] = {}
    keys = [_speaker_key(v) for v in variants]
    return np.array([-1 if key is None else codes.setdefault(key, len(codes)) for key in keys], dtype=np.int64)


def _candidates(vectors: NDArray[np.float32], speakers: NDArray[np.int64], together: NDArray[np.int64], low: float,
                high: float) -> Iterator[tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float32]]]:
    """The pairs i < j with a cosine in [low, high) whose speakers do not differ and that were not read from one
    sentence (``together``, see :class:`Read`), COSINE_CELLS cosines at a time: (left indexes, right indexes,
    cosines)."""
    count = len(vectors)
    rows = max(1, min(count, COSINE_CELLS // count))
    for first in range(0, count, rows):
        cosine = vectors[first:first + rows] @ vectors.T
        left, right = np.nonzero(np.triu((cosine >= low) & (cosine < high), k=first + 1))
        a, b = speakers[left + first], speakers[right]
        kept = ((a < 0) | (b < 0) | (a == b)) & ~np.isin((left + first) * count + right, together)
        yield left[kept] + first, right[kept], cosine[left[kept], right[kept]]


class _Roots:
    """Each variant's group root (its smallest member, as :class:`DisjointSets` keeps it), in step with ``groups``
    as pairs are joined, so the roots of a batch of pairs are read at once. Before, every batch of PAIR_BATCH pairs
    read all variants' roots in Python: on the 500-article one-event story (tens of thousands of variants, millions
    of candidate pairs) the quote clusters took 539 CPU s."""

    def __init__(self, groups: DisjointSets[int], count: int) -> None:
        self.groups = groups
        self.of = np.array([groups.find(index) for index in range(count)], dtype=np.int64)

    def join(self, i: int, j: int) -> None:
        low, high = sorted((int(self.of[i]), int(self.of[j])))
        if low != high:
            self.groups.join(i, j)
            self.of[self.of == high] = low


def _speaker_key(variant: QuoteVariant) -> str | None:
    """The entity id, else the speaker's name as written. Pronouns, missing speakers and descriptions ("a
    spokeswoman", "officials": lowercase first word) name no one, so they never contradict another speaker."""
    if variant.entity is not None:
        return variant.entity
    speaker = variant.speaker or ""
    words = WORD.findall(speaker)
    if not words or speaker.lower() in PRONOUNS or not words[0][:1].isupper() or words[0].lower() in DETERMINERS:
        return None
    return " ".join(w.lower() for w in words)


def _cluster(variants: list[QuoteVariant]) -> Quote:
    direct = [v for v in variants if v.kind != "indirect"]
    representative = max(direct or variants, key=lambda v: len(v.content.text))
    named = [(v.speaker, v.entity) for v in variants if _speaker_key(v) is not None]
    speaker, entity = Counter(named).most_common(1)[0][0] if named else (None, None)
    return Quote(kind="direct" if direct else "indirect", text=representative.content.text, speaker=speaker,
                 entity=entity, variants=variants, articles=len({v.content.article for v in variants}),
                 speakers_differ=len({_speaker_key(v) for v in variants} - {None}) > 1)
