"""What story grouping reads of an article: weighted terms, an optional sentence vector, a date.

Features are plain data (a dict of term weights, a float32 vector or None, a datetime or None), so they can be
computed anywhere (a Ray worker, another process) and fed to :class:`~newsprism.stream.stories.StoryGrouper`
in stream order: grouping is a function of the features and their order only.

Terms are the lowercased words of the title and the lead (stop words and one-letter words left out), the
title's counted ``title_weight`` times, plus one term per named entity (``@`` and the lowercased name,
counted ``entity_weight`` times): sharing "@angela merkel" says more than sharing "merkel" in passing.

Event keys: what tells one event from a look-alike (two shootings in two towns on one day) is its names and
numbers, not its words. Without a tagger (ingest must run at 500 articles/s) the names are the capitalised words
of the title and lead that are not a sentence's first word (unless capitalised elsewhere too, or the start of a
run of capitalised words), not a function word, weekday, month or office (:data:`GENERIC`), and not a word of
the article's outlet: each is a term ``^`` + the lowercased word, counted ``name_weight`` times. The title is read
for names only when it is in sentence case (a title-case title capitalises every word). Numbers of two or more
digits in the lead that are no year (ages, counts, addresses) are terms ``#`` + the number. The grouper reads
every ``@``, ``^`` and ``#`` term as an event key (:data:`KEY_PREFIXES`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from newsprism.lexicon import CALENDAR_NAMES, ENGLISH_STOPWORDS

WORD = re.compile(r"[^\W_]{2,}")
STOPWORDS = ENGLISH_STOPWORDS
"""English function words (and the reporting verb "said"): words every story shares tell stories apart no better
than chance."""
ENTITY_PREFIX = "@"
NAME_PREFIX = "^"
NUMBER_PREFIX = "#"
KEY_PREFIXES = (ENTITY_PREFIX, NAME_PREFIX, NUMBER_PREFIX)
"""Terms the grouper reads as event keys (:mod:`newsprism.stream.scoring`)."""
CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][A-Za-z'’\-]*[A-Za-z]")
NUMBER = re.compile(r"(?<![\w.,$])\d{2,}(?![\w.,]\d)")
SENTENCE_BREAK = re.compile(r"(?:^|[.!?:;\u2014\u2013\-\"“(|]\s*|\n)$")
GENERIC = STOPWORDS | CALENDAR_NAMES | frozenset(
    """police officer officers
    sheriff deputy deputies chief department dept county city state court judge mr mrs ms dr sgt lt det capt st
    ave avenue boulevard blvd drive lane way block street road news update updated breaking video photos photo
    watch read more am pm new one two three four five six first second third north south east west officials
    authorities president governor mayor senator
    rep sen gov inc co office center centre hospital medical university school high man woman men women people
    associated press reuters afp copyright all rights reserved share tweet email print story report reports""".split())
"""Capitalised words that are no event key: function words, days and months, offices and the words of the
places' kind (County, Street), and the capitalised words of page furniture and wire credits."""


@dataclass(frozen=True, eq=False)
class StreamItem:
    """One article as it arrives."""

    id: str
    title: str
    lead: str
    """the first paragraph(s): what the article is about"""
    entities: tuple[str, ...] = ()
    """names of the people, places and organisations it mentions"""
    published: datetime | None = None
    vector: NDArray[np.float32] | None = None
    """an L2-normalised embedding of title and lead (:class:`~newsprism.nlp.encoder.Encoder`), when one is used"""
    outlet: str | None = None
    """the outlet that published it: its words are no event key (every article of the outlet names it)"""


@dataclass(frozen=True, eq=False)
class ItemFeatures:
    """What grouping uses of one item."""

    id: str
    terms: dict[str, float]
    """term -> weight (a count, the title's and entities' scaled)"""
    vector: NDArray[np.float32] | None
    published: datetime | None

    @cached_property
    def keys(self) -> list[str]:
        """Its event keys (:data:`KEY_PREFIXES`), in term order; read once."""
        return [t for t in self.terms if t.startswith(KEY_PREFIXES)]


@dataclass(frozen=True)
class FeatureConfig:
    title_weight: float = 1.0
    """GoogleNews-TS gives title and snippet as one bag of words, so it cannot calibrate this; 1 counts a title
    word like a lead word (MStream's setting: one multinomial over the whole text)."""
    entity_weight: float = 1.0
    """An entity counts like one more word; not calibrated (the calibration set has no entities)."""
    name_weight: float = 1.0
    """Weight of each name key (``^`` term) in the word bag, on top of the word itself."""
    number_weight: float = 1.0
    """Weight of each number key (``#`` term)."""
    title_case_share: float = 0.6
    """A title whose words of four or more letters are capitalised at least this often is in title case and gives
    no names (AllSides and gunviolence titles: sentence-case titles capitalise under a third, title-case ones
    over four fifths)."""


def item_features(item: StreamItem, config: FeatureConfig = FeatureConfig()) -> ItemFeatures:
    terms: dict[str, float] = {}
    _add(terms, words(item.title), config.title_weight)
    _add(terms, words(item.lead), 1.0)
    _add(terms, [ENTITY_PREFIX + " ".join(name.lower().split()) for name in item.entities if name.strip()],
         config.entity_weight)
    _add(terms, [NAME_PREFIX + n for n in names(item, config.title_case_share)], config.name_weight)
    _add(terms, [NUMBER_PREFIX + n for n in numbers(item.lead)], config.number_weight)
    return ItemFeatures(item.id, terms, item.vector, item.published)


def names(item: StreamItem, title_case_share: float) -> list[str]:
    """The lowercased name words of the title (in sentence case only) and the lead, each once."""
    outlet = set(WORD.findall((item.outlet or "").lower()))
    title = item.title if _sentence_case(item.title, title_case_share) else ""
    text = f"{title}\n{item.lead}" if title else item.lead
    matches = list(CAPITALISED.finditer(text))
    opens = SENTENCE_BREAK.search  # a word opens a sentence when the 3 characters before it end in a break
    found = [(m.group().lower(), opens(text, max(0, m.start() - 3), m.start()) is not None, m.end()) for m in matches]
    inside = {word for word, first, _ in found if not first}
    starts = {m.start() for m in matches}
    kept = [w for w, first, end in found
            if (not first or w in inside or end + 1 in starts) and w not in GENERIC and w not in outlet]
    return list(dict.fromkeys(w.replace("’", "'").removesuffix("'s") for w in kept))


def numbers(text: str) -> list[str]:
    """Numbers of two or more digits that are not a year (1900-2099), each once."""
    return list(dict.fromkeys(n for n in NUMBER.findall(text) if not (len(n) == 4 and n[:2] in ("19", "20"))))


def _sentence_case(title: str, share: float) -> bool:
    long_words = [w for w in title.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) < share * len(long_words)


def words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if w not in STOPWORDS]


def _add(terms: dict[str, float], tokens: Sequence[str], weight: float) -> None:
    if weight <= 0:
        return
    for token in tokens:
        terms[token] = terms.get(token, 0.0) + weight
