"""Rank conflicts across the whole story: outlets that place one thing differently on one scale ('the fourth
largest earthquake on record' / 'the fifth-largest quake ever recorded'), in sentences built too differently to
be aligned.

Each ordinal before a superlative (:func:`newsprism.values.read`'s ranks) is keyed by its superlative and the noun
after it; two nouns are one when equal or, with the story's encoder, when 'largest earthquake' and 'largest quake'
read alike (:data:`SAME_RANKED`). Precision first: two ranks meet only when the names before them in their
sentences (the ranked thing's: 'Sendai, the fourth largest city' / 'Osaka, the second largest city') are not all
different, and a
sentence that states both positions stands on neither side.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from newsprism.conflicts.sides import Claim, build_sides, number_conflict, two_valued
from newsprism.lexicon import STOP
from newsprism.model import Conflict, Evidence
from newsprism.nlp.encoder import Encoder
from newsprism.nlp.story_encoder import text_vectors
from newsprism.story_table import StoryTable
from newsprism.values import Rank, read

SAME_RANKED = 0.8
"""Cosine of two 'superlative noun' phrases read as one scale ('largest earthquake' / 'largest quake'); phrases of
different things ('largest quake' / 'largest city') stay well under it in MiniLM."""
NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})
"""Entity labels that name the thing ranked ('Sendai, the fourth largest city')."""
APPOSITIVE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s+(?:the|its|their|a)\s+$")


@dataclass(frozen=True)
class Ranked:
    """One ordinal before a superlative: its position, the scale phrase, the names before it, the sentence."""

    position: int
    written: str
    phrase: str
    names: frozenset[str]
    appositive: str | None
    """the name the rank stands in apposition to ('Sendai' in 'Sendai, the fourth largest city')"""
    evidence: Evidence


def ranked_conflicts(story: StoryTable, encoder: Encoder | None, origin: Callable[[str], int]) -> list[Conflict]:
    """One 'number' conflict per scale on which articles give different positions."""
    found = _ranked(story)
    conflicts = []
    for group in _groups(found, encoder):
        if len({r.position for r in group}) < 2 or len({r.evidence.article for r in group}) < 2:
            continue
        both = two_valued((r.evidence.article, str(r.position)) for r in group)
        claims = [Claim(r.written, str(r.position), r.evidence) for r in group if r.evidence.article not in both
                  and not _other_thing(r, group)]
        sides = build_sides(claims, origin, lambda x, y: x == y)
        if len(sides) >= 2:
            conflicts.append(number_conflict(f"the rank ({group[0].phrase})", sides))
    return conflicts


def _ranked(story: StoryTable) -> list[Ranked]:
    table = story.alignment.table
    found = []
    for i, sentence in enumerate(table.sentences):
        for rank in read(sentence.text).ranks:
            if rank.scale:
                names = frozenset(e.text for e in sentence.entities if e.end <= sentence.start + rank.start
                                  and e.label in NAMED and ";" not in sentence.text[e.end - sentence.start:rank.start])
                apposed = APPOSITIVE.search(sentence.text[:rank.start])
                found.append(Ranked(rank.position, rank.written, _phrase(sentence.text, rank), names,
                                    apposed.group(1) if apposed else None, table.evidence(i)))
    return found


def _phrase(text: str, rank: Rank) -> str:
    """'largest earthquake': the superlative and the first content word after the rank."""
    after = [w for w in re.findall(r"[a-z]+", text[rank.end:].lower())[:3] if w not in STOP]
    return f"{rank.scale} {after[0]}" if after else rank.scale


def _other_thing(item: Ranked, group: list[Ranked]) -> bool:
    """Every other article's rank of another position is of another thing than this one."""
    others = [r for r in group if r.position != item.position]
    return bool(others) and all(_apart(item, r) for r in others)


def _apart(a: Ranked, b: Ranked) -> bool:
    """Two ranked things apart: named in apposition by different names, or one so named that the other's sentence
    does not name; or entities named before both ranks, none in common."""
    if a.appositive or b.appositive:
        if a.appositive and b.appositive:
            return a.appositive != b.appositive
        named, other = (a, b) if a.appositive else (b, a)
        return str(named.appositive) not in other.evidence.text
    return bool(a.names and b.names) and not (a.names & b.names)


def _groups(found: list[Ranked], encoder: Encoder | None) -> list[list[Ranked]]:
    phrases = list(dict.fromkeys(r.phrase for r in found))
    key = {p: p for p in phrases}
    if encoder is not None and len(phrases) > 1:
        vectors = text_vectors(encoder, phrases)
        unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        similar = unit @ unit.T
        for j, phrase in enumerate(phrases):
            first = next(i for i in range(j + 1) if i == j or (
                similar[i, j] >= SAME_RANKED and phrases[i].split()[0] == phrase.split()[0]))
            key[phrase] = key[phrases[first]]
    groups: dict[str, list[Ranked]] = {}
    for item in found:
        groups.setdefault(key[item.phrase], []).append(item)
    return list(groups.values())
