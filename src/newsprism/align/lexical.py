"""Lexical evidence that two sentences say the same thing: the features of the same-statement model.

Each sentence is read once into a :class:`Profile` (normalised tokens, crude stems,
content words, numbers, capitalised names, negation, word weights); a pair of profiles
gives one row of :data:`FEATURES`. Every feature is symmetric: the pair is put in a
canonical order (shorter sentence first) before anything is measured, so the row for
(a, b) equals the row for (b, a).

Word weights stand in for inverse document frequency without shipping a word list:
the sentence encoder's WordPiece vocabulary is ordered by frequency (after its special
tokens and single characters), so ``log(rank)`` of a word is an IDF-like weight, and a
word the vocabulary splits into pieces is rare and weighs the most.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from sys import intern  # a profile's words and stems share one string per spelling (see :func:`profile`)

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, LCSseq

from newsprism.lexicon import NEGATION, STOP, WEEKDAY_NAMES
from newsprism.nlp.encoder import TOKENIZER
from newsprism.values import read_number

FIRST_WORD_ID = 1996
"""Id of 'the' in the BERT uncased vocabulary: ids below are special tokens and single characters."""
SOFT_MATCH = 85.0
"""rapidfuzz ratio from which two words are one word spelled or inflected differently (organise/organize,
approve/approved). MSRP accuracy is flat in it (75 to 100 all within 0.1 point, 5-fold cross-validation of a
logistic regression on the fit part); 85 matches those variants without matching distinct short words."""
CLOSE_NUMBER = 0.05
"""Two numbers within 5 % are one figure rounded or updated (1,950 and 2,000 people: MSRP's annotators accept such
pairs as paraphrases), not a contradiction. MSRP accuracy is flat in it (0 to 0.2 within 0.2 point, cross-validated
as SOFT_MATCH)."""

BENIGN = frozenset(
    "said says say saying told tell tells according statement spokesman spokeswoman spokesperson added adds stated "
    "announced mr mrs ms dr yesterday today tonight week also however meanwhile".split()) | set(WEEKDAY_NAMES)
"""Words whose absence from one side rarely changes what is stated: attribution, titles, the day of the report.
Hand-written from news style; in MSRP, pairs where one of them is on one side only are paraphrases 74-90 % of the
time (said 74 %, told 80 %, according 81 %, statement 90 %) against 68 % of all pairs."""

_REWRITES = [
    (re.compile(r"(?<=\d)\s*%"), " percent"),
    (re.compile(r"\bper cent\b", re.IGNORECASE), "percent"),
    (re.compile(r"n['’]t\b"), " not"),
    (re.compile(r"\b(do|does|did|is|was|are|were|have|has|had|could|would|should|wo|ca)nt\b", re.IGNORECASE),
     r"\1 not"),  # dont, havent: the apostrophe lost
    (re.compile(r"\bU\.S\.(?=\W|$)"), "US"),
    (re.compile(r"['’]s\b"), ""),
    (re.compile(r"\$"), ""),
]
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[.'’][^\W\d_]+)*")
_QUOTE = re.compile(r"[\"“”]|''|``")
_SUFFIXES = ("ing", "ed", "es", "s", "ly")

LEXICAL_FEATURES = (
    "cosine", "uni_min", "uni_max", "bi_min", "bi_max", "tri_max", "weighted_min", "weighted_max",
    "unmatched_min", "unmatched_max", "unmatched_short", "benign", "char3", "token_sort", "ratio", "partial",
    "token_set", "lcs_min", "lcs_max", "fragments", "gap_max", "length_min", "length_max", "number_diff",
    "number_close", "name_diff", "name_jaccard", "negation_diff", "quote_diff",
)
"""Names of the lexical feature columns (the sentence cosine first), in order."""


@dataclass(frozen=True)
class Profile:
    """What the features need to know about one sentence."""

    text: str
    words: tuple[str, ...]
    """the words as written, after normalisation (n't -> not, % -> percent, no thousands commas)"""
    lower: tuple[str, ...]
    stems: tuple[str, ...]
    content: frozenset[str]
    """stems of the words that are neither stop words nor numbers"""
    numbers: frozenset[str]
    names: frozenset[str]
    """capitalised words after the first, lowercased"""
    negated: bool
    quoted: bool
    trigrams: bytes
    """the distinct character trigrams of the lowercased text, each as one number (:func:`_trigrams`), sorted, as
    the bytes of an int64 array: read by :func:`_shared_trigrams` and :func:`_trigram_count`"""
    weight: dict[str, float]
    """stem -> IDF-like weight in [0, 1]"""
    unigrams: frozenset[str]
    """what a pair compares, read once per sentence rather than once per pair: the lowercased words, their
    word bigrams and trigrams, the stems, the total word weight, each number's value (in the order of
    ``numbers``), the content words sorted and how many non-stop stems precede each position"""
    bigrams: frozenset[tuple[str, ...]]
    trigram_words: frozenset[tuple[str, ...]]
    stem_set: frozenset[str]
    total_weight: float
    values: tuple[float | None, ...]
    content_sorted: tuple[str, ...]
    open_before: tuple[int, ...]


@lru_cache(maxsize=1 << 16)
def profile(text: str) -> Profile:
    """Read one sentence (cached: the aligner scores the same sentence against many others). Its words and stems
    are interned: one string per spelling for all profiles, not one per sentence, and its character trigrams are
    numbers (:func:`_trigrams`) (issue #20: the scoring holds two blocks of profiles at once, a quarter of a
    one-event 500 story's 32,858 texts each)."""
    normalised = text
    for pattern, replacement in _REWRITES:
        normalised = pattern.sub(replacement, normalised)
    words = [intern(w.replace(",", "") if w[0].isdigit() else w) for w in _WORD.findall(normalised)]
    lower = tuple(intern(w.lower()) for w in words)
    stems = tuple(intern(_stem(w)) for w in lower)
    ranks = _vocabulary()
    weight = {s: _weight(ranks, w) for s, w in zip(stems, lower, strict=True)}
    content = frozenset(s for s in stems if s not in STOP and not s[0].isdigit())
    numbers = frozenset(w for w in words if w[0].isdigit())
    return Profile(
        text=text, words=tuple(words), lower=lower, stems=stems, content=content, numbers=numbers,
        names=frozenset(w.lower() for w in words[1:] if w[0].isupper()),
        negated=any(w in NEGATION for w in lower),
        quoted=_QUOTE.search(normalised) is not None,
        trigrams=_trigrams(text.lower()), weight=weight,
        unigrams=frozenset(lower), bigrams=frozenset(_ngrams(lower, 2)), trigram_words=frozenset(_ngrams(lower, 3)),
        stem_set=frozenset(stems), total_weight=sum(weight.values()), values=tuple(read_number(v) for v in numbers),
        content_sorted=tuple(sorted(content)), open_before=_running_count([w not in STOP for w in stems]),
    )


def _running_count(flags: list[bool]) -> tuple[int, ...]:
    """How many of the flags before each position (and in all, last) are set."""
    out, count = [0], 0
    for flag in flags:
        count += flag
        out.append(count)
    return tuple(out)


PARTIAL_COLUMN = LEXICAL_FEATURES.index("partial")
"""The column of rapidfuzz's partial_ratio of the two texts: the costliest feature of a pair (about 73 µs of a pair's
about 85 µs of rapidfuzz ratios on invented sentences, issue #20), left unread (NaN) by ``pair_features(...,
partial=False)`` and read by :func:`partial_ratio`."""


def pair_features(a: Profile, b: Profile, cosine: float, near: NearWords | None = None,
                  partial: bool = True) -> list[float]:
    """The features of one pair, in the order of :data:`LEXICAL_FEATURES`; ``near``: the near-spelled words of
    one of them and its partners, read at once (without it, this pair's are read); without ``partial``, the
    :data:`PARTIAL_COLUMN` is NaN (unread)."""
    a, b = _canonical(a, b)
    return [cosine, *_overlap(a, b), *_unmatched(a, b, near), *_edits(a, b, near, partial), *_details(a, b)]


def partial_ratio(a: Profile, b: Profile) -> float:
    """What :func:`pair_features` puts in the :data:`PARTIAL_COLUMN`."""
    a, b = _canonical(a, b)
    return fuzz.partial_ratio(a.text, b.text) / 100


def _canonical(a: Profile, b: Profile) -> tuple[Profile, Profile]:
    """The pair in canonical order: the result does not depend on which sentence came first."""
    return (b, a) if (len(b.stems), b.text) < (len(a.stems), a.text) else (a, b)


class NearWords:
    """The content words of one sentence and of all its partners that are one word spelled or inflected
    differently (rapidfuzz ratio from SOFT_MATCH, lengths within 3), from one comparison of the sentence's words
    with all its partners' words: what :func:`_soft_difference` reads pair by pair, for all its pairs at once. It
    also counts the character trigrams the sentence shares with each partner, in one search (:meth:`shared`)."""

    def __init__(self, left: Profile, partners: Sequence[Profile]) -> None:
        self.left = left.text
        self.trigrams = _shared_with_each(left, partners)
        words = left.content_sorted
        union = sorted(frozenset().union(*(q.content for q in partners)))
        self.near: dict[str, set[str]] = {}
        if not words or not union:
            return
        close = process.cdist(words, union, scorer=fuzz.ratio, score_cutoff=SOFT_MATCH) >= SOFT_MATCH
        lengths = np.abs(np.array([len(w) for w in words])[:, None] - np.array([len(v) for v in union])[None, :])
        for i, j in zip(*np.nonzero(close & (lengths <= 3)), strict=True):
            self.near.setdefault(words[i], set()).add(union[j])
            self.near.setdefault(union[j], set()).add(words[i])

    def difference(self, p: Profile, q: Profile) -> set[str]:
        """:func:`_soft_difference` of p and q, the sentence and one of its partners (either way round)."""
        y = q.content
        rest = [w for w in p.content_sorted if w not in y]
        if not rest or not y:
            return set(rest)
        return {w for w in rest if w not in self.near or self.near[w].isdisjoint(y)}

    def shared(self, p: Profile, q: Profile) -> int:
        """:func:`_shared_trigrams` of p and q, the sentence and one of its partners (either way round)."""
        found = self.trigrams.get(q.text if p.text == self.left else p.text)
        return found if found is not None else _shared_trigrams(p.trigrams, q.trigrams)


GROUPED_TRIGRAMS = 8
"""Partners from which a sentence's shared trigrams are counted for all of them at once: one search costs about as
much as several pairs counted alone (measured on PolNeAR sentences, 2-core machine under load, 2026-12-07: a sentence
with 2 partners 143-153 against 121-124 µs a pair before the numbers, with 8 about 113 against 105, with 40 115
against 114)."""


def _shared_with_each(left: Profile, partners: Sequence[Profile]) -> dict[str, int]:
    """How many character trigrams ``left`` shares with each partner, by the partner's text: every partner's
    numbers looked up among the sentence's at once (each side's numbers are distinct, so a hit is a shared trigram)."""
    mine = np.frombuffer(left.trigrams, dtype=np.int64)
    if len(partners) < GROUPED_TRIGRAMS:
        return {}  # each pair counted alone (:func:`_shared_trigrams`)
    if not len(mine):
        return {q.text: 0 for q in partners}
    theirs = np.frombuffer(b"".join(q.trigrams for q in partners), dtype=np.int64)
    hits = np.concatenate(([0], np.cumsum(mine[np.minimum(np.searchsorted(mine, theirs), len(mine) - 1)] == theirs)))
    ends = np.cumsum([_trigram_count(q.trigrams) for q in partners])
    return {q.text: int(hits[end] - hits[end - _trigram_count(q.trigrams)]) for q, end in zip(partners, ends.tolist(),
                                                                                             strict=True)}


def _overlap(a: Profile, b: Profile) -> list[float]:
    uni = _coverage(a.unigrams, b.unigrams)
    bi = _coverage(a.bigrams, b.bigrams)
    tri = _coverage(a.trigram_words, b.trigram_words)
    shared = a.stem_set & b.stem_set if a is not b else set(a.stems) & set(b.stems)  # the sum's order of before
    weighted = [sum(p.weight[s] for s in shared) / max(p.total_weight, 1e-9) for p in (a, b)]
    return [min(uni), max(uni), min(bi), max(bi), max(tri), min(weighted), max(weighted)]


def _unmatched(a: Profile, b: Profile, near: NearWords | None) -> list[float]:
    """Weight of the content each side adds (numbers and benign words apart), and the benign words."""
    if near is None:
        only_a, only_b = _soft_difference(a, b), _soft_difference(b, a)
    else:
        only_a, only_b = near.difference(a, b), near.difference(b, a)
    mass = [sum(p.weight[s] for s in only if s not in BENIGN) for p, only in ((a, only_a), (b, only_b))]
    benign = sum(1 for s in only_a | only_b if s in BENIGN)
    short_share = mass[0] / max(a.total_weight, 1e-9)  # a is the shorter sentence
    return [math.log1p(min(mass)), math.log1p(max(mass)), short_share, math.log1p(benign)]


def _edits(a: Profile, b: Profile, near: NearWords | None = None, partial: bool = True) -> list[float]:
    lcs = LCSseq.similarity(a.stems, b.stems)
    shortest, longest = max(min(len(a.stems), len(b.stems)), 1), max(len(a.stems), len(b.stems), 1)
    blocks, gap = _blocks_and_gap(a, b)
    shared = near.shared(a, b) if near is not None else _shared_trigrams(a.trigrams, b.trigrams)
    return [
        shared / max(_trigram_count(a.trigrams) + _trigram_count(b.trigrams) - shared, 1),
        fuzz.token_sort_ratio(a.text, b.text) / 100, fuzz.ratio(a.text, b.text) / 100,
        fuzz.partial_ratio(a.text, b.text) / 100 if partial else math.nan, fuzz.token_set_ratio(a.text, b.text) / 100,
        lcs / longest, lcs / shortest, blocks / max(lcs, 1), math.log1p(gap),
        math.log1p(shortest), math.log1p(longest),
    ]


def _details(a: Profile, b: Profile) -> list[float]:
    """Numbers, names, negation and quotation: where MSRP's near-identical non-paraphrases differ."""
    names = a.names | b.names
    return [
        math.log1p(len(a.numbers ^ b.numbers)), _close_numbers(a.values, b.values),
        math.log1p(len(a.names ^ b.names)), len(a.names & b.names) / len(names) if names else 1.0,
        float(a.negated != b.negated), float(a.quoted != b.quoted),
    ]


def _coverage(x: frozenset[tuple[str, ...]] | frozenset[str],
              y: frozenset[tuple[str, ...]] | frozenset[str]) -> tuple[float, float]:
    """Share of x found in y and of y found in x."""
    if not x or not y:
        return 0.0, 0.0
    shared = len(x & y)
    return shared / len(x), shared / len(y)


TRIGRAM_BITS = 21
"""Bits of one code point in a trigram's number (Unicode's last code point, U+10FFFF, needs 21): three fit in an
int64 with no two trigrams on one number."""


def _trigrams(text: str) -> bytes:
    """The distinct character trigrams of ``text``, each as the number of its three code points, sorted, as an int64
    array's bytes (issue #20: a frozenset of a 125-character sentence's trigrams is an 8.4 KB hash table of
    pointers, 42 % of a profile; its numbers are 1 KB, and a pair's shared count is the same; the scoring holds two
    blocks of profiles, 8,215 texts each at one-event 500)."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    if len(points) < 3:
        return b""
    numbers = (points[:-2] << 2 * TRIGRAM_BITS) | (points[1:-1] << TRIGRAM_BITS) | points[2:]
    return np.unique(numbers).tobytes()


def _trigram_count(trigrams: bytes) -> int:
    return len(trigrams) // 8


def _shared_trigrams(a: bytes, b: bytes) -> int:
    """How many trigrams two profiles' :attr:`Profile.trigrams` share (both sorted, each number once)."""
    both = np.sort(np.frombuffer(a + b, dtype=np.int64))  # a number in both sides is there twice, side by side
    return int(np.count_nonzero(both[1:] == both[:-1]))


def _ngrams(tokens: tuple[str, ...], n: int) -> set[tuple[str, ...]]:
    return set(zip(*(tokens[i:] for i in range(n)), strict=False))


def _soft_difference(p: Profile, q: Profile) -> set[str]:
    """Content words of p with no exact or near-spelled counterpart among q's (rapidfuzz compares all pairs at
    once)."""
    y = q.content
    rest, others = [w for w in p.content_sorted if w not in y], q.content_sorted
    if not rest or not others:
        return set(rest)
    close = process.cdist(rest, others, scorer=fuzz.ratio, score_cutoff=SOFT_MATCH) >= SOFT_MATCH
    lengths = np.abs(np.array([len(w) for w in rest])[:, None] - np.array([len(v) for v in others])[None, :])
    matched = (close & (lengths <= 3)).any(axis=1)
    return {w for w, found in zip(rest, matched.tolist(), strict=True) if not found}


def _blocks_and_gap(a: Profile, b: Profile) -> tuple[int, int]:
    """Number of shared runs of stems (more runs: reordered wording) and the longest run of non-stop stems
    on either side that the other does not have (an added clause)."""
    blocks, gap = 0, 0
    x, y = a.open_before, b.open_before
    for op in Indel.opcodes(a.stems, b.stems):
        if op.tag == "equal":
            blocks += 1
            continue
        gap = max(gap, x[op.src_end] - x[op.src_start], y[op.dest_end] - y[op.dest_start])
    return blocks, gap


def _close_numbers(vx: tuple[float | None, ...], vy: tuple[float | None, ...]) -> float:
    """Share of the numbers on both sides (their values) that have a counterpart within CLOSE_NUMBER on the
    other side."""
    if not vx and not vy:
        return 1.0
    found = sum(has_close(v, vy) for v in vx) + sum(has_close(v, vx) for v in vy)
    return found / (len(vx) + len(vy))


def has_close(value: float | None, others: Sequence[float | None]) -> bool:
    return value is not None and any(o is not None and abs(o - value) <= CLOSE_NUMBER * max(abs(value), 1e-9)
                                     for o in others)


def soft_match(word: str, other: str) -> bool:
    """One word spelled, inflected or abbreviated differently (organise/organize, HP's/HPs, Jan/January)."""
    w, v = word.lower(), other.lower()
    if w == v or w.rstrip("s") == v.rstrip("s"):
        return True
    if min(len(w), len(v)) >= 3 and (w.startswith(v) or v.startswith(w)):
        return True
    return abs(len(w) - len(v)) <= 3 and fuzz.ratio(_stem(w), _stem(v)) >= SOFT_MATCH


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[:-len(suffix)]
    return word


@cache
def _vocabulary() -> dict[str, int]:
    with TOKENIZER.open(encoding="utf-8") as handle:
        vocab: dict[str, int] = json.load(handle)["model"]["vocab"]
    return vocab


def vocabulary_weight(word: str) -> float:
    """IDF-like weight in [0, 1] of a lowercased word or word piece (see the module's docstring)."""
    return _weight(_vocabulary(), word)


def _weight(vocab: dict[str, int], word: str) -> float:
    """IDF-like weight in [0, 1] from the word's frequency rank in the encoder's vocabulary."""
    size = len(vocab) - FIRST_WORD_ID
    rank = vocab.get(word, len(vocab)) - FIRST_WORD_ID + 1
    return math.log1p(min(max(rank, 1), size)) / math.log1p(size)
