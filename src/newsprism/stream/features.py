"""What story grouping reads of an article: weighted terms, an optional sentence vector, a date.

Features are plain data (a dict of term weights, a float32 vector or None, a datetime or None), so they can be
computed anywhere (a Ray worker, another process) and fed to :class:`~newsprism.stream.stories.StoryGrouper`
in stream order: grouping is a function of the features and their order only.

Terms are the lowercased words of the title and the lead (stop words and one-letter words left out), the
title's counted ``title_weight`` times, plus one term per named entity (``@`` and the lowercased name,
counted ``entity_weight`` times): sharing "@angela merkel" says more than sharing "merkel" in passing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from numpy.typing import NDArray

WORD = re.compile(r"[^\W_]{2,}")
STOPWORDS = frozenset(
    """about above after again against all also am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here
    hers him his how if in into is it its itself just me more most my no nor not now of off on once only or other
    our ours out over own same she should so some such than that the their theirs them then there these they this
    those through to too under until up very was we were what when where which while who whom why will with would
    you your yours said says say""".split()
)
"""English function words (and the reporting verb "said"): words every story shares tell stories apart no better
than chance."""
ENTITY_PREFIX = "@"


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


@dataclass(frozen=True, eq=False)
class ItemFeatures:
    """What grouping uses of one item."""

    id: str
    terms: dict[str, float]
    """term -> weight (a count, the title's and entities' scaled)"""
    vector: NDArray[np.float32] | None
    published: datetime | None


@dataclass(frozen=True)
class FeatureConfig:
    title_weight: float = 1.0
    """GoogleNews-TS gives title and snippet as one bag of words, so it cannot calibrate this; 1 counts a title
    word like a lead word (MStream's setting: one multinomial over the whole text)."""
    entity_weight: float = 1.0
    """An entity counts like one more word; not calibrated (the calibration set has no entities)."""


def item_features(item: StreamItem, config: FeatureConfig = FeatureConfig()) -> ItemFeatures:
    terms: dict[str, float] = {}
    _add(terms, words(item.title), config.title_weight)
    _add(terms, words(item.lead), 1.0)
    _add(terms, [ENTITY_PREFIX + " ".join(name.lower().split()) for name in item.entities if name.strip()],
         config.entity_weight)
    return ItemFeatures(item.id, terms, item.vector, item.published)


def words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if w not in STOPWORDS]


def _add(terms: dict[str, float], tokens: Sequence[str], weight: float) -> None:
    if weight <= 0:
        return
    for token in tokens:
        terms[token] = terms.get(token, 0.0) + weight
