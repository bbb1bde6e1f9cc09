"""Fixtures shared by the whole test suite."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def resources():
    from newsprism.config import NlpConfig
    from newsprism.nlp import load_resources

    return load_resources(NlpConfig())


@pytest.fixture(scope="session")
def encoder():
    """The packaged sentence encoder, loaded once for the whole session."""
    from newsprism.nlp.encoder import load_encoder

    return load_encoder(None)


ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def example_report(resources):
    """The bundled example story (examples/), analysed once for the whole session."""
    from newsprism.config import Config
    from newsprism.pipeline import analyze

    return analyze([str(ROOT / "examples")], Config(), resources)


@pytest.fixture(scope="session")
def seeds_report(resources):
    """The five seed articles in ../shared/seeds, analysed once; the tests that use it skip without them."""
    from newsprism.config import Config
    from newsprism.pipeline import analyze

    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the checkout")
    return analyze([str(SEEDS)], Config(), resources)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _missing_service(what: str) -> None:
    """Skip locally; fail where .ci/run set NEWSPRISM_REQUIRE_SERVICES (CI installs every service)."""
    import os

    if os.environ.get("NEWSPRISM_REQUIRE_SERVICES"):
        pytest.fail(f"{what} is required here (NEWSPRISM_REQUIRE_SERVICES is set)")
    pytest.skip(f"{what} is not available")


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """URL of a real PostgreSQL database for the tests (.ci/run starts one and sets NEWSPRISM_TEST_POSTGRES)."""
    import os

    url = os.environ.get("NEWSPRISM_TEST_POSTGRES")
    if not url:
        _missing_service("PostgreSQL (set NEWSPRISM_TEST_POSTGRES; bash .ci/start-postgres makes one)")
    return str(url)


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright, launched once per session."""
    if not CHROMIUM.exists():
        _missing_service("Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Folder for the browser tests' screenshots (test-output/screenshots, kept after the run to be looked at)."""
    folder = ROOT / "test-output" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _fresh_schema(url: str, prefix: str):
    """Yield a URL whose connections use a new, empty PostgreSQL schema, dropped afterwards."""
    import secrets

    import psycopg

    schema = f"{prefix}_{secrets.token_hex(5)}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(scope="session")
def postgres_schema(postgres_url: str):
    """A generator function: ``yield from postgres_schema("np_web")`` in a fixture gives a store URL on a fresh
    schema of the test PostgreSQL, dropped when the fixture ends."""
    return lambda prefix: _fresh_schema(postgres_url, prefix)
