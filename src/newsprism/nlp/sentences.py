"""Sentences and named entities, with offsets into the article's cleaned text.

Each paragraph is parsed on its own (a sentence never crosses a paragraph break), all
paragraphs of all articles in one stream of ``nlp.pipe`` batches so spaCy can batch them;
a paragraph printed again (a reprint's copy of the wire's paragraph) is parsed once and its
Doc shared by every copy (:func:`_docs`).
A paragraph longer than :data:`~newsprism.nlp.paragraphs.PIECE_CHARS` is parsed in pieces cut
at line breaks or sentence ends (:mod:`newsprism.nlp.paragraphs`), so an article of any length
is parsed in bounded memory and never reaches spaCy's ``max_length``; every offset still indexes
the article's text. The parsed paragraphs are kept (:class:`ParsedArticle`): the later stages
(quotes, entities, timeline) read their dependency trees and entities instead of running spaCy again.
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from newsprism.config import NlpConfig
from newsprism.model import Article, EntityMention, Sentence
from newsprism.nlp.paragraphs import PIECE_CHARS, Paragraph, Paragraphs, paragraph_spans
from newsprism.nlp.resources import NlpResources

__all__ = ["BATCH_CHARS", "Paragraph", "Paragraphs", "ParsedArticle", "paragraph_spans", "parse"]

BATCH_CHARS = 100_000
"""Most characters of text in one spaCy batch (on top of ``NlpConfig.batch_size`` texts): the parser's arrays
grow with the batch's text (whole PolNeAR articles in batches of 64, about 300,000 characters, took 1 GB), so
a long article's pieces go in batches of about 10. Never reached by 64 news paragraphs (PolNeAR: 13,000
characters on average)."""

_Read = tuple[int, str, tuple[tuple[str, str, int, int], ...]]
"""One sentence of a Doc as :func:`_read` reads it: its start in the Doc's text, its text, and its entities' text,
label, start and end in the Doc's text."""

_SENTENCE_FIELDS = {"start", "end", "text", "entities"}
_ENTITY_FIELDS = {"text", "label", "start", "end"}
"""The given fields of every sentence and entity record a parse builds (all of them), one set each for all records
(:func:`_placed`). A validated record keeps a set of its own (216 bytes): with it, an entity mention took 662
bytes, a 100-article one-event story's 29,806 sentences and 73,243 entities 66 MB, as much as its Docs."""

_NO_TENSOR = np.zeros((0, 0), dtype=np.float32)
"""What a parsed Doc keeps as ``doc.tensor``: the tok2vec layer's output (96 float32 per token in
en_core_web_sm, 384 bytes) is three quarters of a Doc's size (513 bytes a token serialised) and no stage reads
it (tags, dependencies and entities are already set; newsprism never asks spaCy for token vectors or
similarity). A 500-article planted PolNeAR story (2.4 million characters, about 450,000 tokens) held about
170 MB of tensors.
spaCy reads an empty tensor as none (``tensor.size == 0``)."""


@dataclass(frozen=True)
class ParsedArticle:
    """An article with its sentences and entities filled in, and the parsed paragraphs they came from."""

    article: Article
    paragraphs: Paragraphs


def parse(articles: list[Article], resources: NlpResources, config: NlpConfig,
          step: Callable[[int, int], None] | None = None, piece_chars: int = PIECE_CHARS,
          known: Mapping[str, Any] | None = None) -> list[ParsedArticle]:
    """Parse every paragraph of every article once; fill in each article's sentences (and their entities).
    ``step`` is told (articles done, articles) as each article's last paragraph is parsed; ``piece_chars``: the
    longest text parsed as one Doc (longer paragraphs are cut); ``known``: Docs parsed before with the same
    pipeline, by their text (an earlier analysis of the story, :class:`newsprism.story_cache.StoryCache`): a
    piece of that text gets that Doc, not parsed again."""
    limit = min(piece_chars, resources.spacy.max_length)
    spans = [(index, start, end) for index, article in enumerate(articles)
             for start, end in paragraph_spans(article.text, limit)]
    texts = [articles[index].text[start:end] for index, start, end in spans]
    found: list[list[Paragraph]] = [[] for _ in articles]
    docs = _docs(resources, texts, config.batch_size, known or {})
    last = {index: number for number, (index, _, _) in enumerate(spans)}
    for number, ((index, offset, end), doc) in enumerate(zip(spans, docs, strict=True)):
        found[index].append(Paragraph(offset, doc, end, texts[number]))
        if step and last[index] == number:
            step(index + 1, len(articles))
    reads: dict[int, list[_Read]] = {}  # a shared Doc's sentences, read once (its copies differ in offset alone)
    for paragraphs in found:
        for p in paragraphs:
            if id(p.doc) not in reads:
                reads[id(p.doc)] = list(_read(p.doc, p.text))
    return [ParsedArticle(article.model_copy(update={"sentences": [s for p in paragraphs
                                                                   for s in _placed(reads[id(p.doc)], p.start)]}),
                          Paragraphs(paragraphs))
            for article, paragraphs in zip(articles, found, strict=True)]


def _docs(resources: NlpResources, texts: list[str], batch_size: int, known: Mapping[str, Any]) -> Iterator[Any]:
    """The Docs of ``texts`` in order, each distinct text parsed once (:func:`_pipe`): a copy gets the Doc of its
    first occurrence (or ``known``'s), the same object. spaCy reads each text on its own (its batches change no
    parse), so a copy's Doc is the one parsing it again would give, and every stage reads Docs without changing
    them (issue #20: 31 % of a 500-article planted story's sentences are exact copies)."""
    parsed: dict[str, Any] = {text: known[text] for text in texts if text in known}
    fresh = _pipe(resources, [text for text in dict.fromkeys(texts) if text not in parsed], batch_size)
    for text in texts:
        if text not in parsed:
            parsed[text] = next(fresh)
        yield parsed[text]


def _pipe(resources: NlpResources, texts: list[str], batch_size: int) -> Iterator[Any]:
    """The Docs of ``texts`` in order, parsed in batches of at most ``batch_size`` texts and :data:`BATCH_CHARS`,
    each without its ``tensor`` (see :data:`_NO_TENSOR`); the entities set by ``resources.entities`` where there is
    one (the same as spaCy's component sets, in a fraction of its CPU)."""
    nlp, entities = resources.spacy, resources.entities
    for batch in _batches(texts, batch_size):
        docs = nlp.pipe(batch, batch_size=len(batch)) if entities is None else entities.pipe(
            list(nlp.pipe(batch, batch_size=len(batch), disable=["ner"])), len(batch))
        for doc in docs:
            doc.tensor = _NO_TENSOR
            yield doc


def _batches(texts: Iterable[str], batch_size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    chars = 0
    for text in texts:
        if batch and (len(batch) >= batch_size or chars + len(text) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    if batch:
        yield batch


def _read(doc: Any, written: str) -> Iterator[_Read]:
    """Each sentence of ``doc`` (blank ones left out), with its entities, at offsets within the Doc's text
    (``written``: a Span's text is ``written`` between its first and last characters, which spaCy joins anew
    from the tokens at each read)."""
    ents = list(doc.ents)
    starts = [e.start_char for e in ents]
    for sent in doc.sents:
        low, high = sent.start_char, sent.end_char
        whole = written[low:high]
        text = whole.strip()
        if not text:
            continue
        inside = ents[bisect_left(starts, low):bisect_left(starts, high)]
        yield low + len(whole) - len(whole.lstrip()), text, tuple(
            (written[e.start_char:e.end_char], sys.intern(e.label_), e.start_char, e.end_char)
            for e in inside if e.end_char <= high)


def _placed(reads: list[_Read], offset: int) -> Iterator[Sentence]:
    """The sentences of :func:`_read` as records at ``offset`` in the article's text. Built with
    ``model_construct`` (the values are a parse's offsets and texts, valid by construction: what validation would
    check, non-negative offsets and strings) and one set of given fields for all records of a kind (pydantic's
    ``__pydantic_fields_set__``: records are frozen, so it is never changed in place, and ``model_copy`` copies it
    before adding to it): the records equal, field for field and in their given fields, those built with
    validation, in about half their memory (:data:`_SENTENCE_FIELDS`)."""
    for start, text, entities in reads:
        yield Sentence.model_construct(
            _SENTENCE_FIELDS, start=offset + start, end=offset + start + len(text), text=text,
            entities=[EntityMention.model_construct(_ENTITY_FIELDS, text=words, label=label, start=offset + low,
                                                    end=offset + high)
                      for words, label, low, high in entities])
