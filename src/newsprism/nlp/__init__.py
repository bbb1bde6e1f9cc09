"""NLP: sentences and named entities (spaCy), with resources loaded once and injected."""

from newsprism.nlp.encoder import EncodedText, Encoder, Encoding, load_encoder
from newsprism.nlp.resources import NlpResources, load_resources
from newsprism.nlp.sentences import Paragraph, Paragraphs, ParsedArticle, parse

__all__ = ["EncodedText", "Encoder", "Encoding", "NlpResources", "Paragraph", "Paragraphs", "ParsedArticle",
           "load_encoder", "load_resources", "parse"]
