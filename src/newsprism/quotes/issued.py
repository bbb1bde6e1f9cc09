"""Words that go on from a document its issuer put out in the sentence before: 'In a statement issued on Sunday
night, Foreign Minister Ivo Marsh asked that the reporter be freed. ¶ “Our government condemns …' (the credit
cut by the crawl), or 'In a press release, the agency said it cleared a second dose. These cover adults at “grave
risk …”' (no credit of their own). The statement's words are its issuer's, not those of the last person the
sentence names (a critic of a president, in a relative clause: the president got them) nor no one's (AllSides
crawled 6016, E29's seed-110 reading, and 5678, R5s's seed-109 reading, of issue #19)."""

from __future__ import annotations

from typing import Any

from newsprism.nlp.paragraphs import Paragraph, Paragraphs
from newsprism.quotes.attribution import Attribution
from newsprism.quotes.cues import Token
from newsprism.quotes.indirect import STATEMENT_NOUNS
from newsprism.quotes.source_spans import source_span

_PUTTING_OUT = frozenset({"issued", "released", "put", "posted", "published", "sent", "tweeted", "emailed"})
"""Verbs by which the sentence's subject puts out the statement ('X issued a statement')."""


def issued_before(paragraphs: Paragraphs, at: int) -> Attribution | None:
    """The issuer of a statement (:data:`~newsprism.quotes.indirect.STATEMENT_NOUNS`) that the sentence right
    before the one holding ``at`` puts out: the named subject of its main verb when the statement hangs on that
    verb ('In a statement, X called for …', 'X said in a release …', 'X issued a statement …'); else None."""
    found = _sentence_before(paragraphs, at)
    if found is None:
        return None
    paragraph, sentence = found
    verb = sentence.root
    if verb.pos_ not in ("VERB", "AUX") or not any(_puts_out(token, verb) for token in sentence):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("PRP", "WP", "DT") or subject.lower_ in STATEMENT_NOUNS:
        return None
    first, last = source_span(subject)
    return Attribution((paragraph.start + first, paragraph.start + last), None)


def _puts_out(token: Token, verb: Token) -> bool:
    """``token`` is a statement noun on the main ``verb``: 'in a statement' hung on it, or its object after a
    verb of putting out."""
    if token.lower_ not in STATEMENT_NOUNS:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "in":
        return bool(token.head.head.i == verb.i)
    return bool(token.dep_ == "dobj" and token.head.i == verb.i and verb.lower_ in _PUTTING_OUT)


def _sentence_before(paragraphs: Paragraphs, at: int) -> tuple[Paragraph, Any] | None:
    """The sentence right before the one holding ``at`` (the previous paragraph's last when it opens its own),
    with its paragraph."""
    paragraph = paragraphs.at(at)
    if paragraph is None:
        return None
    tokens = paragraph.tokens_from(at, at + 1)
    index = tokens.start if len(tokens) else len(paragraph.doc)
    sentences = [s for s in paragraph.doc.sents if s.start <= index and s.text.strip()]
    if len(sentences) > 1:
        return paragraph, sentences[-2]
    earlier = paragraphs.before(paragraph.start)
    if not earlier:
        return None
    last = [s for s in earlier[-1].doc.sents if s.text.strip()]
    return (earlier[-1], last[-1]) if last else None
