"""newsprism: read one news story through all of its sources.

The public API is what this module exports; everything else is private to the package
and may change (a test pins this list).
"""

from newsprism.config import CleanConfig, Config, IngestConfig, NlpConfig
from newsprism.errors import ModelLoadError, NewsprismError
from newsprism.ingest import RawArticle
from newsprism.model import (
    Article,
    Conflict,
    Entity,
    Evidence,
    Fact,
    InputProblem,
    Quote,
    RemovedLine,
    Report,
    Reuse,
    Sentence,
    SummarySentence,
    TimelineEvent,
)
from newsprism.nlp import NlpResources, load_resources
from newsprism.pipeline import analyze, analyze_raw
from newsprism.render import report_schema, to_html, to_json, to_markdown

__all__ = [
    "Article",
    "CleanConfig",
    "Config",
    "Conflict",
    "Entity",
    "Evidence",
    "Fact",
    "IngestConfig",
    "InputProblem",
    "ModelLoadError",
    "NewsprismError",
    "NlpConfig",
    "NlpResources",
    "Quote",
    "RawArticle",
    "RemovedLine",
    "Report",
    "Reuse",
    "Sentence",
    "SummarySentence",
    "TimelineEvent",
    "analyze",
    "analyze_raw",
    "load_resources",
    "report_schema",
    "to_html",
    "to_json",
    "to_markdown",
]
