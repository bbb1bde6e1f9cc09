"""Minimal contradictions: two sentences worded alike except for a number, a name or a negation.

"Profits rose 12 percent" and "Profits rose 45 percent" share nearly every word and
their sentence vectors almost coincide, so the same-statement model, fitted on MSRP
(whose annotators accepted converted and updated figures as paraphrases), calls them
the same statement. They are not: they are a conflict. This module finds such pairs by
aligning the two word sequences and requiring every difference to be either harmless
(stop words, spelling variants) or one of the contradicting kinds below; at least one
must contradict. On msr_paraphrase_train.txt it fires on 1 of 4,076 pairs (one person
named two ways), so MSRP accuracy does not move.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import Levenshtein

from newsprism.align.lexical import CLOSE_NUMBER, Profile, profile, soft_match
from newsprism.lexicon import AUXILIARIES, CALENDAR, NEGATION, STOP
from newsprism.values import agree, close, quantities, read_number

UNIT_EDIT = 4
"""Most words an edit may have to be read as one figure with its unit ('10 miles' / '16 kilometres', '18 months'
/ 'a year and a half')."""


def contradictions(a: Sequence[str], b: Sequence[str]) -> NDArray[np.bool_]:
    """For every i: do a[i] and b[i] differ only by a contradicting number, name or negation?"""
    return np.array([contradicts(profile(x), profile(y)) for x, y in zip(a, b, strict=True)], dtype=bool)


def contradicts(a: Profile, b: Profile) -> bool:
    if (len(b.words), b.text) < (len(a.words), a.text):
        a, b = b, a  # canonical order: the alignment, hence the answer, does not depend on which came first
    found = False
    for op in Levenshtein.opcodes(a.lower, b.lower):
        if op.tag == "equal":
            continue
        verdict = _edit(a.words[op.src_start:op.src_end], b.words[op.dest_start:op.dest_end],
                        a.negated != b.negated, a.names | b.names)
        if verdict is None:
            return False  # a real rewording: not a minimal pair, the model decides
        found = found or verdict
    return found


def _edit(left: Sequence[str], right: Sequence[str], flipped: bool, names: frozenset[str]) -> bool | None:
    """True: this difference contradicts; False: it is harmless; None: it is a rewording. ``flipped``: one
    sentence is negated and the other is not (else "does not have" against "has no" is no contradiction);
    ``names``: the capitalised words of both sentences but their first (capitalised anyway)."""
    left, right = _meaningful(left), _meaningful(right)
    negated_left = [w for w in left if w.lower() in NEGATION]
    negated_right = [w for w in right if w.lower() in NEGATION]
    if negated_left or negated_right:
        left = [w for w in left if w not in negated_left]
        right = [w for w in right if w not in negated_right]
        if flipped and bool(negated_left) != bool(negated_right):
            return True if _same_words(left, right) else None
    if (not left and not right) or _same_words(left, right):
        return False
    if not left or not right:
        return None
    if all(w[0].isdigit() for w in (*left, *right)):
        return _numbers_differ(left, right)
    if any(w[0].isdigit() for w in left) and any(w[0].isdigit() for w in right):
        return _quantities_differ(left, right)
    if all(w.lower() in names and w.lower() not in CALENDAR for w in (*left, *right)):
        return True  # one name put in place of another
    return None


def _meaningful(words: Sequence[str]) -> list[str]:
    return [w for w in words if w.lower() in NEGATION or (w.lower() not in STOP and w.lower() not in AUXILIARIES)]


def _same_words(left: Sequence[str], right: Sequence[str]) -> bool:
    return (all(any(soft_match(w, v) for v in right) for w in left)
            and all(any(soft_match(v, w) for w in left) for v in right))


def _numbers_differ(left: Sequence[str], right: Sequence[str]) -> bool:
    values_left, values_right = [read_number(w) for w in left], [read_number(w) for w in right]
    return (any(not _has_close(v, values_right) for v in values_left)
            or any(not _has_close(v, values_left) for v in values_right))


def _has_close(value: float | None, others: list[float | None]) -> bool:
    return value is not None and any(o is not None and close(value, o, CLOSE_NUMBER) for o in others)


def _quantities_differ(left: Sequence[str], right: Sequence[str]) -> bool | None:
    """A figure with its unit on each side ('10 miles' / '16 kilometres'): False when they state one value, True
    when they state two values of one dimension, None (a rewording) otherwise."""
    if max(len(left), len(right)) > UNIT_EDIT:
        return None
    x, y = quantities(" ".join(left)), quantities(" ".join(right))
    if len(x) != 1 or len(y) != 1 or x[0].dimension != y[0].dimension:
        return None
    return not agree(x[0], y[0])
