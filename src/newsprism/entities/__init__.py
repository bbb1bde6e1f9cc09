"""Entities: people, places and organisations merged across the articles of a story.

:func:`find_entities` reads the parsed articles (spaCy's entity spans), cleans each mention
(:mod:`.names`), resolves one-word person names to the full names they stand for
(:mod:`.surnames`), merges the mentions across articles (:mod:`.merge`) and returns an
:class:`EntityIndex` whose ``resolve`` and ``by_name`` map a span or a written name back to
its entity (:mod:`.index`).
"""

from newsprism.entities.find import find_entities
from newsprism.entities.index import EntityIndex

__all__ = ["EntityIndex", "find_entities"]
