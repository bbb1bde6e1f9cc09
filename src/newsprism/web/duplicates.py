"""Articles already stored: a paste of articles the store holds offers the story that holds them.

An article's identity is its fingerprint (:func:`newsprism.store.identity.fingerprint`: the URL and the
normalised content), the one the store itself uses to skip an article it already has.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress

from newsprism.ingest import RawArticle
from newsprism.store import Store, StoryInfo, UnknownStory
from newsprism.store.identity import fingerprint
from newsprism.store.store import storable

LOOKUP_CHUNK = 500
"""Fingerprints asked for in one query (SQLite allows 32,766 parameters, PostgreSQL 65,535: far below both)."""


def story_holding_all(store: Store, raws: Sequence[RawArticle]) -> StoryInfo | None:
    """The story (the most recently changed, when several) whose current articles include every one of ``raws``;
    None when some article is new to every story."""
    wanted = {fingerprint(storable(raw)) for raw in raws}
    if not wanted:
        return None
    holders: dict[str, set[str]] = {}
    prints = sorted(wanted)
    with store.session() as session:
        for start in range(0, len(prints), LOOKUP_CHUNK):
            chunk = prints[start:start + LOOKUP_CHUNK]
            marks = ", ".join("?" * len(chunk))
            for story_id, print_ in session.all(f"SELECT story_id, fingerprint FROM articles WHERE latest = 1 AND "
                                                f"fingerprint IN ({marks})", chunk):
                holders.setdefault(str(story_id), set()).add(str(print_))
    stories = []
    for story_id in (story_id for story_id, found in holders.items() if found >= wanted):
        with suppress(UnknownStory):  # deleted since
            stories.append(store.get_story(story_id))
    return max(stories, key=lambda s: s.updated) if stories else None
