"""Negation and modality: 'did not pay', "doesn't have", 'no longer holds', 'never won'; 'will meet', 'may meet'.

Each negation names the verb it applies to and that verb's base form, so that 'did not pay' can be matched with
'paid' in another sentence (:func:`same_verb`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from newsprism.lexicon import (
    AUXILIARIES,
    HEDGES,
    MODALS_CERTAIN,
    MODALS_POSSIBLE,
    SKIP_TO_VERB,
    STOP,
    VERB_BASE,
    VERB_NEGATORS,
)

WORD = re.compile(r"n't|[A-Za-z]+(?:'[a-z]+)?")
"""Words, with "n't" split off its auxiliary ('didn't' → 'did', "n't")."""
NOT_A_NEGATION = frozenset({"just", "only", "least", "because", "even"})
"""Words after 'not' that make it no negation of the verb ('not only', 'not just', 'not least')."""


@dataclass(frozen=True)
class Token:
    """A word of a sentence, lower case, with its offsets."""

    word: str
    start: int
    end: int


@dataclass(frozen=True)
class Negation:
    """A negated verb: the cue ('not', "n't", 'never', 'no longer', 'cannot'), the auxiliary before it ('did',
    '' when none), the verb as written and its base form, and the content word after the verb."""

    cue: str
    auxiliary: str
    verb: str
    base: str
    following: str
    start: int
    end: int
    """offsets of the cue to the verb ('did not pay' → the span of 'not pay')"""


Modality = Literal["certain", "possible"]


@dataclass(frozen=True)
class Modal:
    """A modal verb and the verb it governs: 'will meet' is certain, 'may meet' and 'will likely meet' possible."""

    modal: str
    verb: str
    how: Modality
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The words of ``text``, "n't" apart, curly apostrophes read as straight ones."""
    plain = text.replace("’", "'")
    return _split_nt([Token(m.group(0).lower(), m.start(), m.end()) for m in WORD.finditer(plain)])


def _split_nt(words: list[Token]) -> list[Token]:
    out = []
    for token in words:
        if token.word.endswith("n't") and token.word != "n't":
            cut = token.end - 3
            stem = token.word[:-3]
            out += [Token({"wo": "will", "ca": "can", "sha": "shall"}.get(stem, stem), token.start, cut),
                    Token("n't", cut, token.end)]
        elif token.word == "cannot":
            out += [Token("can", token.start, token.start + 3), Token("not", token.start + 3, token.end)]
        else:
            out.append(token)
    return out


def negations(text: str) -> list[Negation]:
    """Every negated verb in ``text``."""
    return list(_negations(text))


@lru_cache(maxsize=1 << 14)
def _negations(text: str) -> tuple[Negation, ...]:
    words = tokens(text)
    found = []
    for i, token in enumerate(words):
        cue = _cue(words, i)
        if not cue:
            continue
        after = i + (2 if cue == "no longer" else 1)
        rest = [t for k, t in enumerate(words[after:], after) if _verb_like(words, k)]
        if not rest:
            continue
        auxiliary = words[i - 1].word if i and words[i - 1].word in AUXILIARIES else ""
        following = rest[1].word if len(rest) > 1 else ""
        found.append(Negation(cue, auxiliary, rest[0].word, base_form(rest[0].word), following, token.start,
                              rest[0].end))
    return tuple(found)


def _verb_like(words: list[Token], k: int) -> bool:
    """A word that can be the negated verb: no adverb or function word, but 'have' and 'be' before a function
    word ('does not have a car') are."""
    word = words[k].word
    if word in ("have", "be") and (k + 1 == len(words) or words[k + 1].word in STOP):
        return True
    return word not in SKIP_TO_VERB and word not in STOP


def _cue(words: list[Token], i: int) -> str:
    word = words[i].word
    nxt = words[i + 1].word if i + 1 < len(words) else ""
    if word == "no" and nxt == "longer":
        return "no longer"
    if word in VERB_NEGATORS and nxt not in NOT_A_NEGATION:
        return word
    return ""


def modals(text: str) -> list[Modal]:
    """Every modal and the verb it governs; a capitalised 'May' inside the sentence is the month."""
    words = tokens(text)
    found = []
    for i, token in enumerate(words):
        if token.word not in MODALS_CERTAIN and token.word not in MODALS_POSSIBLE:
            continue
        if token.word == "may" and text[token.start] == "M" and token.start > 0:
            continue
        between: list[str] = []
        for other in words[i + 1:]:
            if other.word not in SKIP_TO_VERB:
                sure = token.word in MODALS_CERTAIN and not any(w in HEDGES for w in between)
                found.append(Modal(token.word, other.word, "certain" if sure else "possible", token.start, other.end))
                break
            between.append(other.word)
    return found


@lru_cache(maxsize=1 << 14)
def base_form(word: str) -> str:
    """A crude base form of a verb ('paid' → 'pay', 'went' → 'go', 'announced' → 'announc', 'stopped' → 'stop'):
    equal for the forms of one verb, not always a dictionary word."""
    lower = word.lower()
    stem = VERB_BASE.get(lower) or _regular_stem(lower)
    stem = VERB_BASE.get(stem) or VERB_BASE.get(stem + "e") or stem  # 'gives' → 'give', 'taking' → 'take'
    return stem.rstrip("e") if len(stem) > 3 else stem


def _regular_stem(lower: str) -> str:
    for suffix, replacement in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3 and not lower.endswith("ss"):
            stem = lower[:-len(suffix)] + replacement
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]  # 'stopped' → 'stop'
            return stem
    return lower


def same_verb(x: str, y: str) -> bool:
    """Two forms of one verb ('pay' / 'paid', 'announce' / 'announced', 'go' / 'went')."""
    a, b = base_form(x), base_form(y)
    return a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4] and abs(len(a) - len(b)) <= 2)
