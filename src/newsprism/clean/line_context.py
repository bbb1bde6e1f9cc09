"""Features of a line read against its page (:mod:`newsprism.clean.features` appends them to each row).

They describe shape and context in general terms, no outlet's strings: the line's length against the page's median
prose line, whether it has a finite verb, ends with a period, how many of its words are in capitals, carry digits or
are the vocabulary of share and tool rows (:data:`newsprism.lexicon.UI_WORDS`); how far it stands, in kept lines,
before the first or after the last paragraph of strong prose; what the rules made of the lines two away; whether the
lines next to it carry widget words or are Title Case; and what share of the page's other lines the rules already took.
None tells the rules' verdict on the line itself: the model learns from the lines the rules took too, and a feature
that told it would teach it the rules' verdicts instead of the lines' look (out of fold, with the gap to the prose
set apart for lines the rules took, the model ranked every labelled line better and the lines it is asked about
worse).
"""

from __future__ import annotations

import math
import statistics
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.clean.lines import Line, ends_sentence, lower_words, title_case_ratio, words
from newsprism.lexicon import AUXILIARIES, UI_WORDS, VERB_BASE
from newsprism.model import ClutterKind

CONTEXT_FEATURES: tuple[str, ...] = (
    "relative_length", "finite_verb", "ends_period", "capital_words", "digit_words", "ui_share", "lead_gap",
    "tail_gap", "prev2_clutter", "next2_clutter", "prev_widget", "next_widget", "prev_title_case",
    "next_title_case", "other_clutter_share",
)
"""Column names of :func:`context_row`, in order."""

PROSE_LINE_WORDS = 8
"""A kept line of at least this many words that ends like a sentence is a prose line of the page (the median of
their lengths is the page's yardstick: a report's paragraphs are long on one site, short on another)."""
GAP_LINES = 5
"""Kept lines beyond this many before the lead or after the last strong paragraph read the same."""
FINITE_VERBS = frozenset({*AUXILIARIES, *(form for form, base in VERB_BASE.items() if form != base),
                          "says", "said", "told", "tells"})
"""Auxiliaries and irregular past forms: a finite verb of a report's sentence ('was', 'has', 'said', 'fled'); a
label, a headline fragment or a caption's noun phrase often has none."""

Kinds = Sequence[ClutterKind | None]


@dataclass(frozen=True)
class Page:
    """What the page tells every line: its median prose line in words, the kept lines' order, the strong prose
    paragraphs' ranks and the share of lines the rules took."""

    median_words: float
    kept: tuple[int, ...]
    """the kept lines' indices, in order"""
    lead_rank: int
    tail_rank: int
    clutter: int
    """lines the rules took as clutter (not the header's title, byline, date ...)"""


def page_of(lines: Sequence[Line], kinds: Kinds, lead: int, tail: int, meta: frozenset[str]) -> Page:
    """The page's yardsticks; ``lead`` and ``tail`` index the first and last strong prose lines (or the body's)."""
    kept = [i for i, kind in enumerate(kinds) if kind is None]
    sizes = [len(words(lines[i].text)) for i in kept]
    prose = [size for i, size in zip(kept, sizes, strict=True)
             if size >= PROSE_LINE_WORDS and ends_sentence(lines[i].text)]
    clutter = sum(kind is not None and kind not in meta for kind in kinds)
    return Page(float(statistics.median(prose)) if prose else 20.0, tuple(kept), bisect_left(kept, lead),
                min(bisect_left(kept, tail), len(kept) - 1), clutter)


def context_row(lines: Sequence[Line], kinds: Kinds, i: int, page: Page, meta: frozenset[str]) -> list[float]:
    """One row of :data:`CONTEXT_FEATURES` for line ``i``."""
    text = lines[i].bare
    tokens = words(text)
    lowered = lower_words(text)
    count = max(len(tokens), 1)
    rank = bisect_left(page.kept, i)  # a line the rules took reads as if kept in its place
    before = int(kinds[i] is not None)  # ... so it counts itself before the lead
    own = float(kinds[i] is not None and kinds[i] not in meta)
    return [
        math.log((len(tokens) + 1) / (page.median_words + 1)),
        float(not FINITE_VERBS.isdisjoint(lowered)), float(text.rstrip().endswith(".")),
        sum(len(token) > 1 and token.isupper() for token in tokens) / count,
        sum(any(ch.isdigit() for ch in token) for token in tokens) / count,
        sum(map(UI_WORDS.__contains__, lowered)) / count, float(min(max(page.lead_rank - rank + before, 0), GAP_LINES)),
        float(min(max(rank - page.tail_rank, 0), GAP_LINES)),
        _clutter(kinds, i - 2, meta), _clutter(kinds, i + 2, meta),
        *(_widget(lines, j) for j in (i - 1, i + 1)), *(_title_case(lines, j) for j in (i - 1, i + 1)),
        (page.clutter - own) / max(len(kinds) - 1, 1),
    ]


def _clutter(kinds: Kinds, j: int, meta: frozenset[str]) -> float:
    return float(0 <= j < len(kinds) and kinds[j] is not None and kinds[j] not in meta)


def _widget(lines: Sequence[Line], j: int) -> float:
    from newsprism.clean.features import widget_word  # features imports this module

    return float(0 <= j < len(lines) and widget_word(lines[j].text))


def _title_case(lines: Sequence[Line], j: int) -> float:
    return title_case_ratio(lines[j].text) if 0 <= j < len(lines) else 0.0
