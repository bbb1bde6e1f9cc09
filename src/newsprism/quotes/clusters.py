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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz

from newsprism.align.similarity import SAME_STATEMENT_THRESHOLD, score_pairs_grouped
from newsprism.grouping import DisjointSets
from newsprism.model import Entity, Quote, QuoteVariant
from newsprism.nlp.encoder import Encoder, Encoding

CANDIDATE_COSINE = 0.5
"""Pairs of variants below this cosine are not compared further: a trimmed or reworded quote stays well above it
(on the example story and the seeds, linked variants have cosines of 0.62 and more)."""
REWORDED_COSINE = 0.85
"""From this cosine two quotes are one statement whatever the same-statement model says (short fragments give it
little to go on). Set on the example story's and the seeds' reworded quotes, which reach 0.87-0.95, while different
quotes of the same speaker on the same subject stay under 0.8."""
CONTAINED_RATIO = 92.0
"""rapidfuzz partial_ratio from which the shorter quote is a trim or copy of the longer one (copy-edits: a comma,
a spelling)."""
MIN_CONTAINED_WORDS = 2
"""A trim of fewer words ("yes") would be contained in too much; two words need a content word among them."""
PRONOUNS = frozenset("he she they it we i you him her them".split())
DETERMINERS = frozenset("the a an this that these those its his her their our".split())
STOP = frozenset("the a an of to in and or for on at by with is are was were be it this that we i you".split())
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


class EntityLookup(Protocol):
    """What the clustering needs from the entities: the entity a span or a name in an article refers to."""

    def resolve(self, article_id: str, start: int, end: int) -> Entity | None: ...

    def by_name(self, article_id: str, name: str) -> Entity | None: ...


def attribute_speakers(variants: Sequence[QuoteVariant], entities: EntityLookup) -> list[QuoteVariant]:
    """Each variant with its speaker's entity (from the source span, else from the speaker's name) filled in."""
    out = []
    for variant in variants:
        entity = _speaker_entity(variant, entities)
        out.append(variant if entity is None else
                   variant.model_copy(update={"speaker": entity.name, "entity": entity.id}))
    return out


def cluster_quotes(variants: Sequence[QuoteVariant], encoder: Encoder) -> list[Quote]:
    """Group the variants of every statement; the clusters carried by most articles first."""
    if not variants:
        return []
    encoding = encoder.encode([v.content.text for v in variants])
    groups: DisjointSets[int] = DisjointSets()
    for index in range(len(variants)):
        groups.find(index)
    _link(variants, encoding, groups)
    ranked = sorted(groups.groups(), key=lambda members: (-len({variants[i].content.article for i in members}),
                                                          members[0]))
    return [_cluster([variants[i] for i in members]) for members in ranked]


def _speaker_entity(variant: QuoteVariant, entities: EntityLookup) -> Entity | None:
    article = variant.content.article
    if variant.source is not None:
        found = entities.resolve(article, variant.source.start, variant.source.end)
        if found is not None:
            return found
    if variant.speaker and variant.speaker.lower() not in PRONOUNS:
        return entities.by_name(article, variant.speaker)
    return None


COSINE_CELLS = 1 << 22
"""Most cosines held at once (16 MiB): the variants' cosine matrix is computed this many cells at a time, so
a long article's thousands of quotes never need it whole. A story with up to 2,048 variants (a 200-article
PolNeAR story has about 2,600) is computed in one piece, as one matrix product."""
PAIR_BATCH = 4096
"""Candidate pairs scored by the same-statement model at once; before each batch, pairs already in one group
are dropped (a link between them would change no group), so a quote repeated many times costs a few links."""


def _link(variants: Sequence[QuoteVariant], encoding: Encoding, groups: DisjointSets[int]) -> None:
    """Join the variants that are one statement: the trims and copies, then the reworded pairs. The groups are
    those of linking every pair that qualifies; pairs already in one group are not scored."""
    _join_contained([v.content.text for v in variants], groups)
    vectors, count = encoding.vectors, len(variants)
    rows = max(1, min(count, COSINE_CELLS // count))
    for first in range(0, count, rows):
        cosine = vectors[first:first + rows] @ vectors.T
        left, right = np.nonzero(np.triu(cosine >= CANDIDATE_COSINE, k=first + 1))
        roots = np.array([groups.find(index) for index in range(count)])
        apart = roots[left + first] != roots[right]
        close = list(zip((left[apart] + first).tolist(), right[apart].tolist(), cosine[left[apart], right[apart]]
                         .tolist(), strict=True))
        for start in range(0, len(close), PAIR_BATCH):
            batch = [pair for pair in close[start:start + PAIR_BATCH] if groups.find(pair[0]) != groups.find(pair[1])]
            for (i, j, _), same in zip(batch, _reworded(batch, encoding), strict=True):
                if same and not _different_speakers(variants[i], variants[j]):
                    groups.join(i, j)


def _join_contained(texts: list[str], groups: DisjointSets[int]) -> None:
    """Join the quotes where one is a trim or copy of the other. A trim embeds far from its whole ("historic
    mistake"), so candidates come from words, not vectors: each quote is compared with the quotes that hold its
    rarest content word. Copies of one wording are joined first and then compared once, as one."""
    words = [{w for w in (x.lower() for x in _WORD.findall(t)) if w not in STOP} for t in texts]
    postings: dict[str, list[int]] = {}
    for index, found in enumerate(words):
        for word in found:
            postings.setdefault(word, []).append(index)
    first: dict[str, int] = {}
    for index, text in enumerate(texts):  # a wording that is contained in itself: its copies are one statement
        if _contained(text, text):
            groups.join(first.setdefault(text, index), index)
    distinct = [i for i, text in enumerate(texts) if first.get(text, i) == i]
    kept = set(distinct)
    for i in distinct:
        if not words[i]:
            continue
        rarest = min(sorted(words[i]), key=lambda w: len(postings[w]))
        for j in postings[rarest]:
            if (j in kept and j != i and len(texts[j]) >= len(texts[i]) and groups.find(i) != groups.find(j)
                    and _contained(texts[i], texts[j])):
                groups.join(i, j)


def _reworded(pairs: list[tuple[int, int, float]], encoding: Encoding) -> list[bool]:
    """For each pair (i, j, their cosine): the same statement in other words. Pairs from REWORDED_COSINE up are
    so without the model; the others are scored per left quote against all its partners at once."""
    if not pairs:
        return []
    pair_cosine = np.array([cosine for _, _, cosine in pairs], dtype=np.float32)
    same = pair_cosine >= REWORDED_COSINE
    asked = np.flatnonzero(~same)
    if len(asked):
        index = np.array([(i, j) for i, j, _ in pairs], dtype=np.int64)[asked]
        same[asked] = score_pairs_grouped(encoding.texts, index, pair_cosine[asked]) >= SAME_STATEMENT_THRESHOLD
    result: list[bool] = same.tolist()
    return result


def _contained(a: str, b: str) -> bool:
    """The shorter quote is the longer one, or a trim of it."""
    short, long = sorted((a, b), key=len)
    words = [w.lower() for w in _WORD.findall(short)]
    if len(words) < MIN_CONTAINED_WORDS or all(w in STOP for w in words):
        return False
    return fuzz.partial_ratio(short.lower(), long.lower()) >= CONTAINED_RATIO


def _different_speakers(a: QuoteVariant, b: QuoteVariant) -> bool:
    """Both name a speaker, and not the same one."""
    x, y = _speaker_key(a), _speaker_key(b)
    return x is not None and y is not None and x != y


def _speaker_key(variant: QuoteVariant) -> str | None:
    """The entity id, else the speaker's name as written. Pronouns, missing speakers and descriptions ("a
    spokeswoman", "officials": lowercase first word) name no one, so they never contradict another speaker."""
    if variant.entity is not None:
        return variant.entity
    speaker = variant.speaker or ""
    words = _WORD.findall(speaker)
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
