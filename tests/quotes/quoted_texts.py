"""The quotes newsprism finds in a text written for a test: one parse, one extraction, shared by the quote tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article, QuoteVariant
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
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


def second_article_speakers(resources: NlpResources, *texts: str) -> list[tuple[str | None, bool]]:
    """Speaker and anonymity of each quote of the second of ``texts``, read as one story (articles a0, a1, ...):
    what the whole story names can settle a description one article leaves unnamed."""
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", format="text", text=t) for i, t in enumerate(texts)]
    parsed = parse(articles, resources, NlpConfig())
    variants = [v for p in parsed for v in find_quotes(p)]
    found = attribute_speakers(variants, find_entities(parsed), {a.id: a.text for a in articles})
    return [(v.speaker, v.anonymous) for v in found if v.content.article == "a1"]
