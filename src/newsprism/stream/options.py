"""The options of a stream run (`newsprism ingest`), in one object."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.config import Config
from newsprism.nlp.encoder import DOCUMENT_TOKENS
from newsprism.stream.dedup_records import DedupConfig
from newsprism.stream.features import FeatureConfig
from newsprism.stream.stories import StoryConfig
from newsprism.stream.story_config import STATIC


@dataclass(frozen=True)
class StreamConfig:
    """What a run reads, how it decides, what it analyses."""

    batch_size: int = 256
    """Articles per batch: one transaction each (articles, signatures, story assignments), so a killed run loses
    at most one batch of work and never half of one. 256 keeps a batch's transaction under a second on SQLite
    and numpy's per-call overhead small in MinHash (benchmarks/README.md, bench_stream)."""
    embeddings: bool = True
    """Embed each article's title and lead for story grouping (MiniLM, or the static word-piece vectors:
    ``stories.document_vector``); off: words and names only (faster)."""
    lead_words: int = 60
    """Words of the body read as the article's lead for grouping: a news snippet's length (GoogleNews-TS
    snippets, which the grouper was calibrated on, run to 30-60 words); not tuned further."""
    embed_tokens: int = DOCUMENT_TOKENS
    """Word pieces of title + lead the encoder reads for an article's vector (see
    :data:`newsprism.nlp.encoder.DOCUMENT_TOKENS`: 64 keeps story discrimination at a little over half the cost)."""
    analyse: bool = True
    """Analyse every story whose articles changed (its report, for `newsprism show` and the web app)."""
    analyse_every: int = 0
    """0: analyse the changed stories once, at the end of the run; N: also after every N batches."""
    analysis_cap: int = 60
    """At most this many articles per story analysis: originals first, then their copies, in stream order. A
    60-article story takes about 30 s to analyse on 2 cores (benchmarks/bench_analyses.py); a larger one is
    summarised from its first 60 distinct articles (its copies repeat them)."""
    workers: int = 2
    """Processes (or Ray CPUs) that clean, fingerprint and embed: the reference machine's 2 cores."""
    dedup: DedupConfig = field(default_factory=DedupConfig)
    features: FeatureConfig = field(default_factory=FeatureConfig)
    stories: StoryConfig = field(default_factory=StoryConfig)
    pipeline: Config = field(default_factory=Config)

    @property
    def needs_encoder(self) -> bool:
        """Whether workers load the sentence encoder: with embeddings, unless the document vector is the static one
        (which reads the model's word-piece table alone)."""
        return self.embeddings and self.stories.document_vector != STATIC
