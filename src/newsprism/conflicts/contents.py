"""A whole-story check's items read once per distinct content (issue #20).

A one-event story reprints each sentence in most of its articles: the dated clauses and weekdays of the story are
the same few contents again and again, each in many articles. A check whose decision for two items depends on their
contents alone (the words, the dates) and on their articles only through 'which article' reads each pair of
contents once, here: the items numbered by content, and each content's closest item in every article found with
one pass of array operations, not item by item (the scans were quadratic in the story's items).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
from numpy.typing import NDArray

from newsprism.model import Sentence

CLOSEST_ROWS = 256
"""Contents whose closest items are found at a time (:func:`closest_in_articles`): a block of 256 rows by the story's
items (6.6 MB at 6,500 dated clauses, the one-event 500 story's) instead of every content at once."""


def content_numbers(keys: Sequence[Hashable]) -> tuple[list[int], list[int]]:
    """Each item's content number (equal keys, one number; numbered in order of first item) and each content's
    first item."""
    numbers: dict[Hashable, int] = {}
    content = [numbers.setdefault(key, len(numbers)) for key in keys]
    first = [0] * len(numbers)
    for i in reversed(range(len(content))):
        first[content[i]] = i
    return content, first


def sentence_contents(sentences: Sequence[Sentence]) -> tuple[list[int], list[int]]:
    """:func:`content_numbers` of sentences: the same text and the same entity mentions (label, words and place in the
    sentence) share one, and a check that reads nothing else of a sentence reads each content once (a one-event
    story reprints each sentence hundreds of times)."""
    return content_numbers([(s.text, *((e.label, e.text, e.start - s.start, e.end - s.start) for e in s.entities))
                            for s in sentences])


def closest_in_articles(similarity: NDArray[np.float32], content: Sequence[int], article: Sequence[int],
                        apart: NDArray[np.bool_]) -> NDArray[np.int64]:
    """For each content ``c`` and article ``a`` (numbered from 0), the item of ``a`` whose content is the most
    similar to ``c`` (``similarity[c, content[j]]``; of equals, the first item), among the items ``j`` with
    ``apart[c, content[j]]``; -1 where ``a`` has none. What ``max(items of a, key=similarity)`` gives, item by item."""
    contents, items = len(similarity), len(content)
    articles = max(article, default=-1) + 1
    order = np.argsort(np.asarray(article, dtype=np.int64), kind="stable")  # items by article, in item order
    by_content = np.asarray(content, dtype=np.int64)[order]
    sorted_articles = np.asarray(article, dtype=np.int64)[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_articles[1:] != sorted_articles[:-1])))
    held = sorted_articles[starts]
    positions = np.arange(items, dtype=np.int64)
    counts = np.diff(np.append(starts, items))
    found = np.full((contents, articles), -1, dtype=np.int64)
    if not items:
        return found
    for low in range(0, contents, CLOSEST_ROWS):
        scores = np.where(apart[low:low + CLOSEST_ROWS][:, by_content],
                          similarity[low:low + CLOSEST_ROWS][:, by_content].astype(np.float64), -np.inf)
        best = np.maximum.reduceat(scores, starts, axis=1)
        top = (scores == np.repeat(best, counts, axis=1)) & np.isfinite(scores)
        first = np.minimum.reduceat(np.where(top, positions, items), starts, axis=1)
        found[low:low + CLOSEST_ROWS, held] = np.where(first < items, order[np.minimum(first, items - 1)], -1)
    return found
