"""The store's errors, and the database drivers' errors told in words.

A database that cannot be written (read-only, full, locked, gone) raises the driver's own error
deep inside a transaction; :func:`explain` turns it into a :class:`StoreError` that says what is
wrong and what to do, so that the CLI exits 2 with that message and the web app answers 503.
Errors that mean a bug (a constraint, an SQL mistake) are left as they are.
"""

from __future__ import annotations

import sqlite3

from newsprism.errors import NewsprismError

WAIT_S = 60.0
"""How long a thread waits for a pooled connection, or SQLite for a write lock, before giving up."""


class StoreError(NewsprismError):
    """The store cannot be opened or used; the message says why and what to do."""


class UnknownStory(StoreError):
    def __init__(self, story_id: str) -> None:
        super().__init__(f"no story '{story_id}' in the store; `newsprism stories` lists them")
        self.story_id = story_id


class UnknownArticle(UnknownStory):
    """The story has no article with this id (a 404, like an unknown story)."""

    def __init__(self, story_id: str, article_id: str) -> None:
        super().__init__(story_id)
        self.args = (f"story '{story_id}' has no article '{article_id}'; `GET /api/stories/{story_id}/articles` "
                     "lists them",)
        self.article_id = article_id


class InvalidValue(StoreError):
    """A value the store cannot keep or look up (a NUL character): the caller's mistake, a 422 in the web app."""


def check_text(what: str, value: str | None) -> None:
    """Refuse a NUL character in a title, an id or a search: PostgreSQL's text cannot hold one, and both stores
    answer the same."""
    if value is not None and "\x00" in value:
        raise InvalidValue(f"the {what} contains a NUL character (\\x00), which the store cannot keep or look up; "
                           "remove it")


def explain(error: BaseException, where: str) -> StoreError | None:
    """The driver's error as a StoreError with its reason, or None when it is not about the store's state."""
    if isinstance(error, sqlite3.Error):
        return _sqlite(error, where)
    try:
        import psycopg
    except ImportError:
        return None
    if isinstance(error, psycopg.Error):
        return _postgres(error, where)
    return None


READ_ONLY = "{where}: the store is read-only ({detail}); it can be read but not changed: open it writable"
FULL = "{where}: the disk (or the database's space) is full ({detail}); free some space and try again"
BUSY = "{where}: the store stayed locked by another writer ({detail}); try again in a moment"
BROKEN = "{where}: the store cannot be used ({detail}); check the file or the database server"


def _sqlite(error: sqlite3.Error, where: str) -> StoreError | None:
    if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None
    name = getattr(error, "sqlite_errorname", "") or ""
    detail = str(error)
    if name.startswith("SQLITE_READONLY") or "readonly" in detail:
        template = READ_ONLY
    elif name == "SQLITE_FULL" or "is full" in detail:
        template = FULL
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in detail:
        template, detail = BUSY, f"{detail}, waited {WAIT_S:.0f} s"
    else:
        template = BROKEN
    return StoreError(template.format(where=where, detail=detail))


POSTGRES_STATES = {"25006": READ_ONLY, "42501": READ_ONLY, "53100": FULL, "53200": FULL, "53300": BUSY,
                   "55P03": BUSY, "40001": BUSY, "40P01": BUSY, "57014": BUSY}
"""PostgreSQL SQLSTATEs about the database's state: read-only transaction, no privilege (the role may only
read), disk full, out of memory, too many connections, lock not available, serialization failure, deadlock,
statement cancelled (a timeout). Connection errors (class 08, or none) and the server shutting down (57P)
are 'cannot be used'."""


def _postgres(error: BaseException, where: str) -> StoreError | None:
    import psycopg

    state = getattr(error, "sqlstate", None) or ""
    detail = " ".join(str(error).split()) or type(error).__name__
    if "NUL" in detail and isinstance(error, psycopg.DataError):
        return InvalidValue(f"{where}: a value contains a NUL character (\\x00), which PostgreSQL cannot keep; "
                            "remove it")
    if state in POSTGRES_STATES:
        return StoreError(POSTGRES_STATES[state].format(where=where, detail=detail))
    if state.startswith(("08", "57P", "53", "58", "XX")) or (not state and isinstance(error, psycopg.OperationalError)):
        return StoreError(BROKEN.format(where=where, detail=detail))
    return None
