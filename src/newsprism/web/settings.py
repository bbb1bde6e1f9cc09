"""The web app's options, in one object."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from newsprism.config import Config
from newsprism.store import default_store

MAX_UPLOAD_BYTES = 32 * 1024 * 1024
"""Largest request body accepted (texts, files and form fields together). One article is at most
Config().ingest.max_bytes (20 MB); 32 MiB lets a story's worth of saved pages come in one upload."""

GENERATED_TOKEN_BYTES = 32
"""Random bytes in a token the app makes up when its operator set none: 256 bits, secrets.token_urlsafe's
recommendation for keys that must not be guessed (43 URL-safe characters)."""


def generated_token() -> str:
    return secrets.token_urlsafe(GENERATED_TOKEN_BYTES)


@dataclass(frozen=True)
class AccessSettings:
    """Who may do what: the operator's token guards every change (and every read when ``private``)."""

    token: str = field(default_factory=generated_token, repr=False)
    """The operator token: API clients send it as 'Authorization: Bearer TOKEN'; browsers log in with it once."""
    operator_set: bool = False
    """True when the operator chose the token (NEWSPRISM_TOKEN or --token-file), False when it was generated
    for this run: only an operator-set token may guard an app that other machines can reach."""
    private: bool = False
    """Require the token for reading too: pages redirect to /login, the API answers 401."""
    behind_proxy: bool = False
    """The app is behind a TLS proxy: trust its X-Forwarded-Proto (and -For) to know the request came over https."""


@dataclass(frozen=True)
class WebSettings:
    store: str = field(default_factory=default_store)
    """A SQLite path, sqlite:///PATH or postgresql://... (see newsprism.store.open_store)."""
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    config: Config = field(default_factory=Config)
    """Options for reading URLs and uploads and for the analysis."""
    analyse: bool = True
    """Run the background analysis worker; False serves the store without analysing (reports stay queued)."""
    access: AccessSettings = field(default_factory=AccessSettings)
    """The operator token and who needs it (see :mod:`newsprism.web.security`)."""
    analysis_budget_s: float = 600.0
    """Longest one story's analysis may take (the models' loading not counted) before its worker process is
    killed and the story marked 'failed'; ``serve --analysis-budget-s``. 600 s is about 100 times a 6-article
    story on 2 cores: only a story with an enormous article gets near it."""
    fetch_workers: int = 8
    """Threads that read URLs and uploads (see :mod:`newsprism.web.reading`), apart from the server's own. 8: as
    many as the store has connections; each fetch holds one socket and at most 20 MB, and 8 clear the 64 that
    may wait in under 3 minutes even when every one runs to the 20 s fetch deadline."""
    fetch_waiting: int = 64
    """Reads that may wait for a free reading thread; one more is answered 503 'busy, try again'."""
