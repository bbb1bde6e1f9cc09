"""The store: stories, their articles and their reports, kept in SQLite (default) or PostgreSQL.

    from newsprism.store import open_store

    with open_store("newsprism.db") as store:            # or "postgresql://user:pass@host/db"
        story = store.create_story("Flood in Elm")
        store.add_articles(story.id, raws)                # RawArticle records (newsprism.ingest)
        report = analyze_raw(store.articles(story.id))    # newsprism.pipeline

The schema is created on first use and migrated by the versioned files in
``store/migrations/`` (see :mod:`newsprism.store.migrations`).
"""

from __future__ import annotations

import os
from pathlib import Path

from newsprism.store.backends import Session, StoreError, UnknownStory, postgres_pool, redact, sqlite_pool
from newsprism.store.migrations import migrate
from newsprism.store.records import STATUSES, AddResult, StoredArticle, StoryInfo, StoryStatus
from newsprism.store.store import Store

__all__ = ["DEFAULT_STORE", "STATUSES", "AddResult", "Session", "Store", "StoreError", "StoredArticle", "StoryInfo",
           "StoryStatus", "UnknownStory", "default_store", "open_store"]

DEFAULT_STORE = "newsprism.db"
"""The store used when none is named: a SQLite file in the working folder (or $NEWSPRISM_STORE)."""


def default_store() -> str:
    return os.environ.get("NEWSPRISM_STORE") or DEFAULT_STORE


def open_store(location: str | os.PathLike[str]) -> Store:
    """Open (and create or migrate) the store at ``location``.

    A plain path or ``sqlite:///relative/path`` / ``sqlite:////absolute/path``: a SQLite file,
    created on first use. ``postgresql://user:password@host:port/database`` (or ``postgres://``): a
    PostgreSQL database, which needs ``pip install 'newsprism[postgres]'``.
    """
    text = os.fspath(location)
    if text.startswith(("postgresql://", "postgres://")):
        pool, shown = postgres_pool(text), redact(text)
    elif "://" in text and not text.startswith("sqlite://"):
        raise StoreError(f"{text}: not a store; give a file path, sqlite:///PATH or postgresql://...")
    else:
        path = Path(text.removeprefix("sqlite://").removeprefix("/") if text.startswith("sqlite://") else text)
        if str(path) in ("", ":memory:"):
            raise StoreError(f"{text}: give the path of a SQLite file (an in-memory database is not shared)")
        pool, shown = sqlite_pool(path), str(path)
    try:
        migrate(pool)
    except BaseException:
        pool.close()
        raise
    return Store(pool, shown)
