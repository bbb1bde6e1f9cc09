"""Store fixtures: every store test runs on SQLite (a fresh file) and on the real PostgreSQL (a fresh schema)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest


def postgres_schema_url(url: str) -> Iterator[str]:
    """A URL whose connections use a new, empty schema, dropped afterwards."""
    import psycopg

    schema = f"np_test_{secrets.token_hex(5)}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a fresh, empty store goes: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "stories.db")
    else:
        yield from postgres_schema_url(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(store_location: str):
    from newsprism.store import open_store

    with open_store(store_location) as opened:
        yield opened

