"""The web app's options, in one object."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.config import Config
from newsprism.store import default_store

MAX_UPLOAD_BYTES = 32 * 1024 * 1024
"""Largest request body accepted (texts, files and form fields together). One article is at most
Config().ingest.max_bytes (20 MB); 32 MiB lets a story's worth of saved pages come in one upload."""


@dataclass(frozen=True)
class WebSettings:
    store: str = field(default_factory=default_store)
    """A SQLite path, sqlite:///PATH or postgresql://... (see newsprism.store.open_store)."""
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    config: Config = field(default_factory=Config)
    """Options for reading URLs and uploads and for the analysis."""
    analyse: bool = True
    """Run the background analysis worker; False serves the store without analysing (reports stay queued)."""
