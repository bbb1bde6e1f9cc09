"""Store fixtures: every store test runs on SQLite (a fresh file) and on the real PostgreSQL (a fresh schema)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(params=["sqlite", "postgres"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a fresh, empty store goes: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "stories.db")
    else:
        yield from request.getfixturevalue("postgres_schema")("np_test")


@pytest.fixture
def store(store_location: str):
    from newsprism.store import open_store

    with open_store(store_location) as opened:
        yield opened

