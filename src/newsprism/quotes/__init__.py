"""Quotes: who said what, in every article's wording.

:func:`find_quotes` reads one parsed article: direct, partial and reported quotes with the
words that name their speaker and the cue. :func:`attribute_speakers` resolves speakers to
the story's entities, and :func:`cluster_quotes` groups the variants of one statement
across articles.
"""

from newsprism.quotes.clusters import attribute_speakers, cluster_quotes
from newsprism.quotes.extract import find_quotes

__all__ = ["attribute_speakers", "cluster_quotes", "find_quotes"]
