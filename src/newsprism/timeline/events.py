"""Group event mentions across articles into timeline events.

Two mentions report the same event when their dates agree at the coarser of their
precisions (:func:`newsprism.values.moments.same_time`) and their sentences either are
aligned (a link of the story alignment) or name a common entity and share enough content
words (:data:`WORD_OVERLAP`). Mentions are taken finest first, so a clock time gives its
precision to the event and the day-only reports of it join it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from newsprism.align import StoryAlignment
from newsprism.align.links import sentence_pairs
from newsprism.lexicon import MONTHS, WEEKDAYS
from newsprism.memo import per_text
from newsprism.model import Evidence
from newsprism.timeline.mentions import Mention
from newsprism.values.moments import RANK, TimeValue, same_time

WORD_OVERLAP = 0.25
"""Share of the shorter sentence's content words the other must have (overlap coefficient). Calibrated by hand
on the seeds: of the unlinked cross-article mention pairs with the same date and a common name, those that
report the same event share 0.19 to 0.71, those about different things 0.05 to 0.35; 0.25 gets 4 of 20 pairs
wrong (3 false joins at 0.31 to 0.35, 1 miss), 0.30 gets 6 wrong, 0.35 gets 7 wrong. A small sample: the
alignment links carry most of the grouping."""
TIME_WORDS = frozenset({*MONTHS, *WEEKDAYS, "morning", "afternoon", "evening", "night", "today", "yesterday",
                        "tomorrow", "week", "month", "year", "earlier", "later", "last", "next"})
STORY_WINDOW_DAYS = 7
"""An event over more than this many days before the earliest reference date of the story's articles is
background (an earlier event the articles recall); one that falls in that week or later is the story's own.
Chosen on the seeds and the example story: the story's own events fall 0 to 3 days before the articles' dates (a
Sunday departure in a Wednesday story, a Tuesday collision in Tuesday and Wednesday reports), the background they
recall a month or more before (last month's launch, a 2019 visit); a week keeps a story's run-up in the story."""
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


@dataclass(frozen=True)
class SentenceFeatures:
    """What the grouping compares: the sentence's named entities and content words."""

    names: frozenset[str]
    words: frozenset[str]


@dataclass
class Group:
    value: TimeValue
    mentions: list[Mention] = field(default_factory=list)


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported when first needed: importing newsprism loads no spaCy."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@per_text  # a sentence's words are read once per story (issue #20)
def content_words(text: str) -> frozenset[str]:
    words = (w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text))
    return frozenset(w.rstrip("s") for w in words if len(w) > 2 and w not in _stop_words() and w not in TIME_WORDS)


def features(alignment: StoryAlignment, index: int) -> SentenceFeatures:
    sentence = alignment.table.sentences[index]
    names = frozenset(e.text.lower().removeprefix("the ") for e in sentence.entities if e.label not in NOT_NAMES)
    return SentenceFeatures(names, content_words(sentence.text))


def similar(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """A common named entity and at least WORD_OVERLAP of the shorter sentence's content words in common."""
    if not a.names & b.names or not a.words or not b.words:
        return False
    return len(a.words & b.words) / min(len(a.words), len(b.words)) >= WORD_OVERLAP


def group_mentions(mentions: list[Mention], alignment: StoryAlignment) -> list[Group]:
    """Mentions of the same event together, finest precision first: each joins the first group (in order of
    creation) of the same time holding a mention of the same event, else opens a group.

    Groups are looked up by their value's year: two values of the same time share their start, so its year, and
    a group of another year can never fit (the same groups as trying every group, in time linear in the groups
    of one year: issue #20). Within a group, a mention's sentence and its links are looked up in the group's
    sentences, and its features compared with each distinct features of the group once (:class:`_Reach`)."""
    linked: dict[int, set[int]] = {}
    for a, b in sentence_pairs(alignment.links):  # from the arrays, no record per link (issue #20)
        linked.setdefault(a, set()).add(b)
        linked.setdefault(b, set()).add(a)
    cache: dict[int, SentenceFeatures] = {}
    groups: list[Group] = []
    reach: list[_Reach] = []
    by_year: dict[int, list[int]] = {}
    times = _Times()
    for mention in sorted(mentions, key=lambda m: (-RANK[m.value.precision], m.value.end is not None)):
        if mention.sentence not in cache:
            cache[mention.sentence] = features(alignment, mention.sentence)
        own, neighbours = cache[mention.sentence], linked.get(mention.sentence, _NONE)
        year, value = by_year.setdefault(mention.value.start.year, []), times.number(mention.value)
        fitting = next((g for g in year if times.same(reach[g].value, value)
                        and reach[g].reports(mention.sentence, own, neighbours)), None)
        if fitting is None:
            fitting = len(groups)
            groups.append(Group(mention.value, []))
            reach.append(_Reach(value))
            year.append(fitting)
        groups[fitting].mentions.append(mention)
        reach[fitting].add(mention.sentence, own)
    return groups


_NONE: frozenset[int] = frozenset()


class _Times:
    """:func:`same_time` of two values, read once per pair of distinct values: a story's dated mentions repeat a
    few values (every article of a one-event story dates its events alike), and each mention was compared with
    every group of its year, on every analysis of the story (issue #20: 130,445 comparisons, most of the
    timeline's CPU, when one article was added to a 200-article planted story)."""

    def __init__(self) -> None:
        self._numbers: dict[TimeValue, int] = {}
        self._values: list[TimeValue] = []
        self._known: dict[tuple[int, int], bool] = {}

    def number(self, value: TimeValue) -> int:
        """The value's number among the distinct values read so far."""
        found = self._numbers.setdefault(value, len(self._values))
        if found == len(self._values):
            self._values.append(value)
        return found

    def same(self, a: int, b: int) -> bool:
        """``same_time`` of the values numbered ``a`` and ``b``."""
        found = self._known.get((a, b))
        if found is None:
            found = self._known[(a, b)] = same_time(self._values[a], self._values[b])
        return found


class _Reach:
    """What a group's mentions offer a new mention: their sentences, and their distinct sentence features.

    ``reports`` is whether some mention of the group reports the same event: the same sentence, a linked one, or
    :func:`similar` features. A one-event story has a mention of each event in every article, and each mention of
    another event of that day was compared with every one of them: features are compared once per distinct pair
    (reprints repeat them), and a features' answer is kept with how many of the group's features it has read (a
    group only grows, so a yes stays a yes and a no is read on from there)."""

    def __init__(self, value: int) -> None:
        self.value = value
        """the number of the group's value (:class:`_Times`)"""
        self.sentences: set[int] = set()
        self.features: list[SentenceFeatures] = []
        self._known: set[SentenceFeatures] = set()
        self._read: dict[SentenceFeatures, tuple[int, bool]] = {}

    def add(self, sentence: int, features: SentenceFeatures) -> None:
        self.sentences.add(sentence)
        if features not in self._known:
            self._known.add(features)
            self.features.append(features)

    def reports(self, sentence: int, features: SentenceFeatures, neighbours: AbstractSet[int]) -> bool:
        if sentence in self.sentences or not self.sentences.isdisjoint(neighbours):
            return True
        read, found = self._read.get(features, (0, False))
        if not found:
            found = any(similar(features, self.features[k]) for k in range(read, len(self.features)))
            self._read[features] = (len(self.features), found)
        return found


def is_background(value: TimeValue, story_days: Sequence[date]) -> bool:
    """Whether ``value`` begins before the story's week: the point (a range: its start) is over by
    :data:`STORY_WINDOW_DAYS` before the story's first reference day ('since 2016', 'the 2021-2026 plan').

    Without any reference date nothing can be placed before the story, and nothing is background."""
    if not story_days:
        return False
    start = value.start
    end = _last_day(start.year, start.month if start.precision != "year" else 12,
                    start.day if start.precision in ("day", "time") else None)
    return end < min(story_days) - timedelta(days=STORY_WINDOW_DAYS)


def _last_day(year: int, month: int, day: int | None) -> date:
    """The last day a point covers: the day itself, or the last day of its month."""
    if day is not None:
        return date(year, month, day)
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def representative(group: Group, alignment: StoryAlignment) -> Evidence:
    """The sentence that shares most content words with the others (the first one on a tie).

    A sentence's score, the words it shares with each sentence summed (itself included), is the sum over its
    words of how many sentences hold that word: counted once per group, not once per pair of sentences (an event
    every article of a one-event story reports has as many sentences as the story has articles)."""
    indices = sorted({m.sentence for m in group.mentions})
    words = [content_words(alignment.table.sentences[i].text) for i in indices]
    holding = Counter(word for w in words for word in w)
    scores = [sum(holding[word] for word in w) for w in words]
    return alignment.table.evidence(indices[scores.index(max(scores))])
