"""Readings kept between analyses of one story (issue #20 item 5): what a step reads from one article, or from one
text, is read again only when the article or the text is new.

:class:`Readings` holds them for one story (a :class:`newsprism.story_cache.StoryCache` owns one);
:func:`per_article` and :func:`per_text` mark the steps whose results it keeps, :func:`recall` keeps one
reading of records under the parts of them it reads, :func:`forget` drops one step's text readings. See
:mod:`.readings`.
"""

from newsprism.memo.readings import Readings, forget, per_article, per_text, recall

__all__ = ["Readings", "forget", "per_article", "per_text", "recall"]
