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
