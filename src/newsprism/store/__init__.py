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

from newsprism.store.backends import Session, postgres_pool, redact, sqlite_pool
from newsprism.store.errors import InvalidValue, StoreError, UnknownArticle, UnknownStory
from newsprism.store.migrations import migrate
from newsprism.store.records import STATUSES, AddResult, StoredArticle, StoryInfo, StoryStatus
from newsprism.store.store import Store

__all__ = ["DEFAULT_STORE", "STATUSES", "AddResult", "InvalidValue", "Session", "Store", "StoreError", "StoredArticle",
           "StoryInfo", "StoryStatus", "UnknownArticle", "UnknownStory", "default_store", "open_store"]

DEFAULT_STORE = "newsprism.db"
"""The store used when none is named: a SQLite file in the working folder (or $NEWSPRISM_STORE)."""


def default_store() -> str:
    return os.environ.get("NEWSPRISM_STORE") or DEFAULT_STORE


def open_store(location: str | os.PathLike[str]) -> Store:
    """Open (and create or migrate) the store at ``location``.

    A plain path or ``sqlite:///relative/path`` / ``sqlite:////absolute/path``: a SQLite file,
    created on first use; ``sqlite:///PATH?mode=ro`` opens an existing one read-only (every change then fails
    with a :class:`StoreError`). ``postgresql://user:password@host:port/database`` (or ``postgres://``): a
    PostgreSQL database, which needs ``pip install 'newsprism[postgres]'``.
    """
    text = os.fspath(location)
    if text.startswith(("postgresql://", "postgres://")):
        pool, shown = postgres_pool(text), redact(text)
    elif "://" in text and not text.startswith("sqlite://"):
        raise StoreError(f"{text}: not a store; give a file path, sqlite:///PATH or postgresql://...")
    else:
        path, read_only = _sqlite_location(text)
        pool, shown = sqlite_pool(path, read_only), str(path)
    try:
        migrate(pool)
    except BaseException:
        pool.close()
        raise
    return Store(pool, shown)


def _sqlite_location(text: str) -> tuple[Path, bool]:
    """The SQLite file a location names, and whether it asks for read-only (``sqlite:///PATH?mode=ro``)."""
    read_only = False
    if text.startswith("sqlite://"):
        text, _, query = text.removeprefix("sqlite://").removeprefix("/").partition("?")
        if query not in ("", "mode=ro", "mode=rw"):
            raise StoreError(f"sqlite://{text}?{query}: the only option of a SQLite store is mode=ro (read-only)")
        read_only = query == "mode=ro"
    if text in ("", ":memory:"):
        raise StoreError(f"{text}: give the path of a SQLite file (an in-memory database is not shared)")
    if read_only and not Path(text).is_file():
        raise StoreError(f"{text}: no such SQLite store to open read-only")
    return Path(text), read_only
