"""NLP: sentences and named entities (spaCy), with resources loaded once and injected."""

from newsprism.nlp.encoder import EncodedText, Encoder, Encoding, load_encoder
from newsprism.nlp.resources import NlpResources, load_resources
from newsprism.nlp.sentences import Paragraph, ParsedArticle, parse

__all__ = ["EncodedText", "Encoder", "Encoding", "NlpResources", "Paragraph", "ParsedArticle",
           "load_encoder", "load_resources", "parse"]
