"""The records of near-duplicate detection (:mod:`newsprism.stream.dedup`): its options, an article as it
reads it, the links it finds, the decision on each added article and the groups of copies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

LinkKind = Literal["reprint", "rewrite"]
MemberKind = Literal["original", "reprint", "rewrite"]


@dataclass(frozen=True)
class DedupConfig:
    """Options of near-duplicate detection. The thresholds were chosen on the calibration half of the planted
    corpus (``python -m newsprism.eval.dedup CORPUS`` prints the sweep; figures in :mod:`newsprism.eval.dedup`),
    never on the half the evaluation reports on."""

    shingle_words: int = 5
    """5-word shingles: 4-word ones made articles on the same story share more runs ("the white house said")."""
    permutations: int = 128
    bands: int = 32
    rows: int = 4
    """32 x 4 over 128 values: candidates from J ~ 0.42 (see :mod:`newsprism.stream.lsh`)."""
    seed: int = 7
    reprint_jaccard: float = 0.5
    reprint_containment: float = 0.8
    """Calibration half (``python -m newsprism.eval.dedup CORPUS``): of 10,064 candidate reprint pairs 98.4 %
    reach Jaccard 0.5 and 94.6 % containment 0.8 (the rest are two reprints with different headers and trims,
    joined through the original), while of 1,500 candidate pairs of different articles none reaches Jaccard
    0.15 or containment 0.30: wide margins on both sides."""
    min_shingles: int = 20
    """Containment of a text of under 20 shingles (a headline and a line) says little."""
    rewrite_jaccard: float = 0.5
    """Calibration half, candidate pairs: 94.0 % of 8,444 rewrite pairs and 11 of 1,500 pairs of different
    articles (other outlets' ledes on the same event) reach 0.5; 0.45 takes 98.1 % and 57, 0.55 86.2 % and 4.
    Adding a floor on shingle Jaccard or a linear mix with containment did no better."""
    window_days: float = 7.0
    """Reprints and rewrites appear within days of the original: two articles are compared when their published
    times are at most a week apart, whatever order they arrive in."""
    late_days: float = 14.0
    """How far behind the newest article seen a feed may run and still be deduplicated in full: the index keeps
    the articles published up to ``window_days + late_days`` before the newest (two weeks: a feed a week late,
    as in ``benchmarks/bench_stream.py``'s backfill, with a week to spare). An older article is compared with what
    is still kept, and its decision says so. Memory grows with it: about 2 kB per kept article."""


@dataclass(frozen=True)
class DedupItem:
    """One article as dedup reads it: ``published`` in seconds since the epoch (the arrival time when the
    article states none), ``outlet`` and ``credit`` (the wire agency it credits) when known."""

    id: str
    text: str
    published: float
    outlet: str | None = None
    credit: str | None = None


@dataclass(frozen=True)
class Link:
    """Two articles found to be copies, with the similarity evidence (estimates from the signatures)."""

    a: str
    b: str
    kind: LinkKind
    shingle_jaccard: float
    shingle_containment: float
    content_jaccard: float


@dataclass(frozen=True)
class Decision:
    """What happened to one added article and why."""

    id: str
    duplicate: bool
    reason: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class DuplicateGroup:
    """Articles that are copies of one another: every member, the original, each member's kind, the links."""

    members: tuple[str, ...]
    original: str
    kinds: tuple[tuple[str, MemberKind], ...]
    links: tuple[Link, ...]
