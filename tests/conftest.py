"""Fixtures shared by the whole test suite."""

from __future__ import annotations

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
