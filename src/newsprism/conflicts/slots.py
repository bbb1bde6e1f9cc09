"""Slots of the conflict checks: the record of one slot two sentences fill differently (:class:`Disagreement`),
values read by the one value reader, :mod:`newsprism.values`, and the two tests that tell a restatement or another
event from a disagreement: a rounded amount (:func:`rounded_restatement`) and
the predicate a date is attached to (:func:`date_predicates`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.lexicon import AUXILIARIES, STOP, VERB_BASE
from newsprism.lexicon import NUMBER_WORDS as COUNTS
from newsprism.model import ConflictKind, Sentence
from newsprism.values import Quantity, scaled_digits

__all__ = ["ROUNDED_DIGITS", "Disagreement", "SameEntity", "date_predicates", "dated_noun", "rounded_restatement"]

SameEntity = Callable[[Sentence, int, Sentence, int], bool]
"""(sentence a, entity index in a, sentence b, entity index in b) → the two names are one entity of the story."""


@dataclass(frozen=True)
class Disagreement:
    """One slot two sentences fill differently: the kind, each value as written, and what it is about."""

    kind: ConflictKind
    a: str
    b: str
    about: str
    slot: str = ""
    """the finer kind: 'money', 'percent', 'rank', 'count', 'measure' for a number; 'year', 'month', 'day',
    'weekday', 'time' for a date; 'aux-negation' for a negation the verb changes for ('paid' / 'did not pay'),
    else 'negation'"""


ROUNDED_DIGITS = 1
"""Significant digits of an amount written with a scale word that may stand for a more precise amount of the other
sentence: '$1 trillion' restates '$1.2 trillion' (1.2 rounds to 1 at one significant digit), '2 million' restates
'2.4 million'; '$1.5 trillion' does not restate '$1.2 trillion' (two digits given: the writer chose a precision),
and neither '$1 trillion' / '$1.6 trillion' (rounds to 2) nor counts without a scale word ('50 killed' / '49
killed': exact tallies) are restatements. Calibrated on AllSides roundups, where a '$1 trillion' infrastructure bill
(one outlet) is the '$1.2 trillion' bill of another, and on the conflict-pair benchmark, whose changed amounts
(×1.6, ×2, ×3, ÷2) never round back to the original at one digit."""


def rounded_restatement(x: Quantity, y: Quantity) -> bool:
    """One of the two amounts is the other rounded to :data:`ROUNDED_DIGITS` significant digits, and is written
    with a scale word ('$1 trillion' for '$1.2 trillion'); the rounded one may say so ('a nearly $1 trillion plan'
    for the '$1.2 trillion package', AllSides 5824: one bill counted over five years or eight), the precise one is
    exact."""
    if x.dimension != y.dimension:
        return False
    return (_exact(y) and _coarse(x) and _rounds(x, y.value)) or (_exact(x) and _coarse(y) and _rounds(y, x.value))


NEARLY = frozenset({"nearly", "almost", "close to", "just under", "roughly"})
"""Qualifiers of a rounded amount whose upper end stops near it ('nearly $1 trillion'): it still rounds the precise
amount ('about $1 trillion' already reaches $1.2 trillion by its tolerance)."""


def _exact(q: Quantity) -> bool:
    return q.bound == "exact"


def _coarse(q: Quantity) -> bool:
    return q.bound == "exact" or (q.bound == "about" and " ".join(q.qualifier.lower().split()) in NEARLY)


def _rounds(coarse: Quantity, precise: float) -> bool:
    mantissa = scaled_digits(coarse.written)
    if mantissa is None or precise <= 0 or coarse.value <= 0:
        return False
    digits = mantissa.replace(",", "").replace(".", "").strip("0")
    if len(digits) > ROUNDED_DIGITS:
        return False
    exponent = math.floor(math.log10(precise)) - ROUNDED_DIGITS + 1
    return math.isclose(round(precise / 10 ** exponent) * 10 ** exponent, coarse.value, rel_tol=1e-9)


PREDICATE_WINDOW = 5
"""Words read on each side of a date, within its clause, for the verb it dates: 'died early Thursday' (one word
between), 'on Thursday will try to force' (two). Wider windows reach the next clause's verb ('blocked Ode on
Wednesday from calling a vote' would date 'calling'); narrower ones miss 'was reported dead late on
Tuesday'."""
CLAUSE_BREAK = re.compile(r"[,;:()\"“”—–]|\s-\s|\b(?:that|which|who|after|before|when|while|because|until)\b",
                          re.I)
"""Where a date's clause ends: punctuation or a word opening another clause ('said on Friday that the bridge was
safe': 'safe' is not what Friday dates)."""
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
NOT_VERBS = frozenset({"early", "late", "last", "next", "this", "each", "every", "time", "period", "said", "says",
                       "say", "told", "reportedly", "according"})
"""Words next to a date that look like verbs to the shape test but date nothing ('said on Tuesday' is the report,
not the event: two outlets reporting on different days is no disagreement about the event)."""


def date_predicates(text: str, start: int, end: int) -> set[str]:
    """Base forms of the verbs next to the date at ``text[start:end]`` within its clause ('died early Thursday at
    the hospital' → {'died'}): a past or -ing form, an irregular verb form of the lexicon, or the word after an
    auxiliary ('will try' → 'try'); an empty set when none is there ('the Nov. 8 election')."""
    from newsprism.values.polarity import base_form

    left = CLAUSE_BREAK.split(text[:start])[-1]
    right = CLAUSE_BREAK.split(text[end:])[0]
    before = _WORD.findall(left)[-PREDICATE_WINDOW:]
    after = _WORD.findall(right)[:PREDICATE_WINDOW]
    found = set()
    for words in (before, after):
        for i, word in enumerate(words):
            if _verb_shaped(word, words[i - 1].lower() if i else ""):
                found.add(base_form(word))
    return found


def _verb_shaped(word: str, previous: str) -> bool:
    lower = word.lower()
    if lower in NOT_VERBS or lower in STOP or lower in AUXILIARIES or lower in COUNTS or (word[0].isupper()
                                                                                           and previous):
        return False  # a capitalised word inside the sentence is a name
    if lower in VERB_BASE or (previous in AUXILIARIES and len(lower) > 2):
        return True
    return (len(lower) >= 4 and lower.endswith("ed")) or (len(lower) > 5 and lower.endswith("ing"))


DETERMINERS = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|last|next)|['’]s)\s+$", re.I)
"""What comes before a date that is used as an adjective ('the 2016 election', 'Russia's 2014 annexation')."""


def dated_noun(text: str, start: int, end: int) -> str | None:
    """The first four letters of the noun a date used as an adjective dates ('backed the 2017 agency report' →
    'agen'), skipping abbreviations ('the 2016 U.S. election' → 'elec'); None when the date stands on its own ('in
    2016', 'on Tuesday')."""
    if not DETERMINERS.search(text[max(0, start - 12):start]):
        return None
    for word in _WORD.findall(text[end:end + 40])[:3]:
        if len(word) > 2 and word.lower() not in STOP:
            return str(word)[:4].lower()
    return None


def words(text: str) -> list[str]:
    """The sentence's lower-case words, a contraction's "n't" apart ('didn't' → 'did', "n't")."""
    return re.findall(r"[a-z]+(?:'[a-z]+)?|n't", text.lower().replace("’", "'").replace("n't", " n't"))


def same_stem(x: str, y: str) -> bool:
    """Two words of one stem: equal, or the same first four letters and at most three letters apart in length."""
    return x == y or (len(x) >= 4 and len(y) >= 4 and x[:4] == y[:4] and abs(len(x) - len(y)) <= 3)
