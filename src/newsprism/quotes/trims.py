"""Trims and copies of a quote: one quote is a trim or copy of another when its words are found in the other
(copy-edits aside), read word-first so that a trim embedded far from its whole is still found. The quote clusters
(:mod:`newsprism.quotes.clusters`) link every pair so joined."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

from newsprism.align.memo import PairMemo
from newsprism.grouping import DisjointSets
from newsprism.lexicon import QUOTE_STOP

CONTAINED_RATIO = 92.0
"""rapidfuzz partial_ratio from which the shorter quote is a trim or copy of the longer one (copy-edits: a comma,
a spelling)."""
MIN_CONTAINED_WORDS = 2
"""A trim of fewer words ("yes") would be contained in too much; two words need a content word among them."""
STOP = QUOTE_STOP
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def join_contained(texts: list[str], copies: Sequence[int], groups: DisjointSets[int],
                   memo: PairMemo[bool] | None = None) -> list[bool]:
    """Join the quotes where one is a trim or copy of the other (``copies``: how many copies each quote stands
    for). A trim embeds far from its whole ("historic mistake"), so candidates come from words, not vectors: each
    wording is compared with the wordings that hold its rarest content word (rarest among the copies). Copies of one
    wording are one statement and compared once, as one. Whether each quote was joined with its wording's copies
    (a wording that is a trim or copy of itself or of another)."""
    wordings: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        wordings.setdefault(text, []).append(index)
    distinct = list(wordings)
    words = [{w for w in (x.lower() for x in WORD.findall(t)) if w not in STOP} for t in distinct]
    postings: dict[str, list[int]] = {}
    weight: Counter[str] = Counter()
    for index, found in enumerate(words):
        for word in found:
            postings.setdefault(word, []).append(index)
            weight[word] += sum(copies[i] for i in wordings[distinct[index]])
    linked: DisjointSets[int] = DisjointSets()
    for i in range(len(distinct)):
        linked.find(i)
    selves = [_contained_memo(text, text, memo) for text in distinct]  # a wording contained in itself
    for i, text in enumerate(distinct):
        if not selves[i] or not words[i]:  # shorter than a trim can be: contained in nothing
            continue
        rarest = min(sorted(words[i]), key=lambda w: weight[w])
        for j in postings[rarest]:
            if (j != i and len(distinct[j]) >= len(text) and linked.find(i) != linked.find(j)
                    and _contained_memo(text, distinct[j], memo)):
                linked.join(i, j)
    return _join_wordings(wordings, selves, linked, groups)


def _join_wordings(wordings: dict[str, list[int]], selves: list[bool], linked: DisjointSets[int],
                   groups: DisjointSets[int]) -> list[bool]:
    """Join every quote of each set of linked wordings (and of each wording contained in itself); whether each
    quote was joined so."""
    quotes = list(wordings.values())
    joined = [False] * sum(len(found) for found in quotes)
    for found in linked.groups():
        members = [index for wording in found for index in quotes[wording]]
        if len(found) > 1 or selves[found[0]]:
            for index in members:
                groups.join(members[0], index)
                joined[index] = True
    return joined


def _contained_memo(a: str, b: str, memo: PairMemo[bool] | None) -> bool:
    """:func:`contained`, taken from ``memo`` when it holds the pair (and kept in it)."""
    known = memo.get(a, b) if memo is not None else None
    if known is None:
        known = contained(a, b)
        if memo is not None:
            memo.put(a, b, known)
    return known


def contained(a: str, b: str) -> bool:
    """The shorter quote is the longer one, or a trim of it."""
    short, long = sorted((a, b), key=len)
    words = [w.lower() for w in WORD.findall(short)]
    if len(words) < MIN_CONTAINED_WORDS or all(w in STOP for w in words):
        return False
    # the cut-off lets rapidfuzz stop early (7x less CPU on long quotes); the decision is the same
    return fuzz.partial_ratio(short.lower(), long.lower(), score_cutoff=CONTAINED_RATIO) >= CONTAINED_RATIO

