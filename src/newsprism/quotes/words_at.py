"""Where a source stands in the parse: the word at an offset of the article, whether it opens its sentence, and the
sentence before it (across a paragraph's start), as the resolvers of pronouns and descriptions read them
(:mod:`.plurals`, :mod:`.rementions`, :mod:`.antecedents`, :mod:`.as_clauses`)."""

from __future__ import annotations

from typing import Any

from newsprism.nlp.sentences import Paragraph, Paragraphs
from newsprism.quotes.cues import Token


def word_at(paragraphs: Paragraphs, at: int) -> tuple[Paragraph, Token] | None:
    """The paragraph holding the article offset ``at`` and its first word from ``at``; None where there is none."""
    paragraph = paragraphs.at(at)
    tokens = paragraph.tokens_from(at, at + 1) if paragraph is not None else []
    return (paragraph, tokens[0]) if paragraph is not None and len(tokens) else None


def opens(word: Token) -> bool:
    """The word opens its sentence, with no more than a conjunction, an adverb and punctuation before it ('But,
    they say …', 'Still they insist …')."""
    return all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in word.doc[word.sent.start:word.i])


def sentence_before(paragraphs: Paragraphs, paragraph: Paragraph, word: Token) -> Any:
    """The sentence (a spaCy span) before ``word``'s in ``paragraph``, or the last of the paragraph before where
    ``word``'s sentence opens its paragraph; None where there is none."""
    if word.sent.start > 0:
        return paragraph.doc[word.sent.start - 1].sent
    before = paragraphs.before(paragraph.start)
    return list(before[-1].doc.sents)[-1] if before else None
