"""NLP: sentences and named entities (spaCy), with resources loaded once and injected."""

from newsprism.nlp.encoder import Encoder, load_encoder
from newsprism.nlp.resources import NlpResources, load_resources
from newsprism.nlp.sentences import annotate

__all__ = ["Encoder", "NlpResources", "annotate", "load_encoder", "load_resources"]
