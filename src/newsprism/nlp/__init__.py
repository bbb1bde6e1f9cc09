"""NLP: sentences and named entities (spaCy), with resources loaded once and injected."""

from newsprism.nlp.resources import NlpResources, load_resources
from newsprism.nlp.sentences import annotate

__all__ = ["NlpResources", "annotate", "load_resources"]
