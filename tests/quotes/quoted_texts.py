"""The quotes newsprism finds in a text written for a test: one parse, one extraction, shared by the quote tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.model import Article, QuoteVariant
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes.extract import find_quotes


def quotes_of(resources: NlpResources, text: str) -> list[QuoteVariant]:
    """The quotes found in `text`, read as one plain-text article."""
    article = Article(id="a", source="a.txt", format="text", text=text)
    return find_quotes(parse([article], resources, NlpConfig())[0])


def quote_of(resources: NlpResources, text: str, words: str) -> QuoteVariant:
    """The first quote whose content starts with `words`; the assertion lists what was found instead."""
    found = [q for q in quotes_of(resources, text) if q.content.text.startswith(words)]
    assert found, [q.content.text for q in quotes_of(resources, text)]
    return found[0]
