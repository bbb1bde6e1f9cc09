"""Fixtures of the fetcher's tests: the hostile server on 127.0.0.2 and a good article beside it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_server import HostileServer

GOOD = (
    "Quay closed in Varrow\n\n"
    "The north quay of Varrow harbour was closed on Tuesday while engineers inspected the cranes.\n\n"
    "Ferries will use the south quay until Friday, the port authority said.\n"
)
"""An article that reads fine, given beside a hostile URL: it must still be read."""


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.2") as hostile:
        yield hostile


@pytest.fixture
def good(tmp_path: Path) -> str:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return str(path)
