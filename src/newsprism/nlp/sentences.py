"""Sentences and named entities, with offsets into the article's cleaned text.

Each paragraph is parsed on its own (a sentence never crosses a paragraph break), all
paragraphs of all articles in one ``nlp.pipe`` stream so spaCy can batch them. The parsed
paragraphs are kept (:class:`ParsedArticle`): the later stages (quotes, entities, timeline)
read their dependency trees and entities instead of running spaCy again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from newsprism.config import NlpConfig
from newsprism.model import Article, EntityMention, Sentence
from newsprism.nlp.resources import NlpResources


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph; paragraphs are separated by a blank line."""
    start = 0
    for part in text.split("\n\n"):
        end = start + len(part)
        if part.strip():
            yield start, end
        start = end + 2


@dataclass(frozen=True)
class Paragraph:
    """One paragraph as spaCy parsed it."""

    start: int
    """offset of the paragraph in the article's text: ``doc`` character ``i`` is text character ``start + i``"""
    doc: Any
    """the ``spacy.tokens.Doc`` of ``article.text[start:start + len(doc.text)]``"""


@dataclass(frozen=True)
class ParsedArticle:
    """An article with its sentences and entities filled in, and the parsed paragraphs they came from."""

    article: Article
    paragraphs: list[Paragraph]


def parse(articles: list[Article], resources: NlpResources, config: NlpConfig) -> list[ParsedArticle]:
    """Parse every paragraph of every article once; fill in each article's sentences (and their entities)."""
    spans = [(index, start, end) for index, article in enumerate(articles)
             for start, end in paragraph_spans(article.text)]
    texts = (articles[index].text[start:end] for index, start, end in spans)
    found: list[list[Paragraph]] = [[] for _ in articles]
    for (index, offset, _), doc in zip(spans, resources.spacy.pipe(texts, batch_size=config.batch_size),
                                       strict=True):
        found[index].append(Paragraph(offset, doc))
    return [ParsedArticle(article.model_copy(update={"sentences": [s for p in paragraphs
                                                                   for s in _sentences(p.doc, p.start)]}),
                          paragraphs)
            for article, paragraphs in zip(articles, found, strict=True)]


def _sentences(doc: object, offset: int) -> Iterator[Sentence]:
    ents = list(doc.ents)  # type: ignore[attr-defined]
    for sent in doc.sents:  # type: ignore[attr-defined]
        text = sent.text.strip()
        if not text:
            continue
        start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        yield Sentence(
            start=start,
            end=start + len(text),
            text=text,
            entities=[EntityMention(text=e.text, label=e.label_, start=offset + e.start_char,
                                    end=offset + e.end_char)
                      for e in ents if e.start_char >= sent.start_char and e.end_char <= sent.end_char],
        )
