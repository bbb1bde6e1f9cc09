"""Versioned schema migrations, applied in order when a store is opened.

A migration is a file in ``newsprism/store/migrations/``:

- ``NNN_name.sql``: SQL for both databases, statements ending in ``;`` at the end of a line,
  ``{serial}`` for an auto-increment primary key column and ``{blob}`` for binary data;
- ``NNN_name.sqlite.sql`` / ``NNN_name.postgres.sql``: for when the two must differ; the one
  for the store's database is taken instead of ``NNN_name.sql``.

``NNN`` is the version (001, 002, ...). The versions not yet in the store's
``schema_migrations`` table are applied in order, all in one transaction, each then recorded
there; a store written by a newer newsprism (a version this one does not know) is refused.
To change the schema, add the next file; never edit one that has shipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from importlib.resources.abc import Traversable

from newsprism.store.backends import Dialect, Pool, Session, StoreError

FILE_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+?)(?:\.(sqlite|postgres))?\.sql$")
MIGRATION_LOCK = 7_467_734_936
"""PostgreSQL advisory-lock key held while migrating, so that two processes opening one database at once
apply each migration once (SQLite's BEGIN IMMEDIATE does the same there)."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        """The statements, split at a ``;`` that ends a line (migrations hold no procedural code)."""
        parts = re.split(r";[ \t]*(?:--[^\n]*)?\n", self.sql + "\n")
        return [p.strip() for p in parts if _code(p)]


def _code(part: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in part.splitlines())


def known_migrations(dialect: Dialect, folder: Traversable | None = None) -> list[Migration]:
    """Every migration in ``folder`` (default: the package's), for this database, in version order."""
    folder = folder or resources.files("newsprism.store").joinpath("migrations")
    chosen: dict[int, tuple[str, str, bool]] = {}
    for entry in folder.iterdir():
        match = FILE_NAME.match(entry.name)
        if not match or match.group(3) not in (None, dialect.name):
            continue
        version, name, specific = int(match.group(1)), match.group(2), match.group(3) is not None
        previous = chosen.get(version)
        if previous and previous[0] != name:
            raise StoreError(f"two migrations are numbered {version:03d}: {previous[0]} and {name}")
        if previous is None or specific:
            chosen[version] = (name, entry.read_text(encoding="utf-8"), specific)
    return [Migration(v, name, dialect.ddl(sql)) for v, (name, sql, _) in sorted(chosen.items())]


def migrate(pool: Pool, folder: Traversable | None = None) -> list[int]:
    """Bring the store's schema up to date; the versions applied now (none when it was up to date)."""
    migrations = known_migrations(pool.dialect, folder)
    if _up_to_date(pool, migrations):
        return []
    with pool.session(write=True) as session:
        if pool.dialect.name == "postgres":
            session.one("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
        session.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                        "name TEXT NOT NULL, applied TEXT NOT NULL)")
        done = {int(row[0]) for row in session.all("SELECT version FROM schema_migrations")}
        _refuse_newer(done, migrations)
        applied = [m.version for m in migrations if m.version not in done]
        for migration in migrations:
            if migration.version not in done:
                _apply(session, migration)
    return applied


def _up_to_date(pool: Pool, migrations: list[Migration]) -> bool:
    """Whether every migration is in the store already, found with a read (no write lock): an up-to-date store
    opens without writing, so a read-only one opens too."""
    exists = ("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
              if pool.dialect.name == "sqlite" else
              "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
              "AND table_name = 'schema_migrations'")
    with pool.session() as session:
        found = session.one(exists)
        if not found or not found[0]:
            return False
        done = {int(row[0]) for row in session.all("SELECT version FROM schema_migrations")}
    _refuse_newer(done, migrations)
    return {m.version for m in migrations} <= done


def _refuse_newer(done: set[int], migrations: list[Migration]) -> None:
    newest = max((m.version for m in migrations), default=0)
    if done and max(done) > newest:
        raise StoreError(f"the store has schema version {max(done):03d}, newer than this newsprism knows "
                         f"({newest:03d}); upgrade newsprism")


def _apply(session: Session, migration: Migration) -> None:
    for statement in migration.statements():
        session.connection.execute(statement)
    session.execute("INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)",
                    (migration.version, migration.name, datetime.now(UTC).isoformat()))


def schema_versions(pool: Pool) -> list[int]:
    """The versions recorded in the store, in order."""
    with pool.session() as session:
        return [int(row[0]) for row in session.all("SELECT version FROM schema_migrations ORDER BY version")]
