"""A report a story names again ('the report said') after a sentence before introduced it with its issuer ('a first
draft from the Lumo Water Commission … “…,” the report said'): the issuer's words, not the anonymous report's
(AllSides roundup 5611, E23's honest reading of issue #19: 'the report' of a commission's draft, whose issuer the
sentence before names, was left as the report)."""

from __future__ import annotations

from newsprism.model import Evidence
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.authored import issuer
from newsprism.quotes.cues import Token
from newsprism.quotes.source_spans import source_span

INTRODUCED_AS = {"report": frozenset({"report", "draft"}), "study": frozenset({"study"}),
                 "draft": frozenset({"draft"})}
"""Documents a story introduces once ('a new study by …', 'a draft from …') and then names by their noun alone, and
the nouns that may introduce each: a report may be introduced as the draft it is ('a draft from X … the report
said'), never as another document ('a study by X … the report said' is no re-mention)."""
INTRODUCED_REACH = 2
"""How many paragraphs back (the source's own included) the introducing phrase may lie: the sentence before or the
paragraph before, a reader's 'just said'; set by hand from AllSides 5611 (the paragraph before)."""
_INDEFINITE = frozenset({"a", "an"})


def introduced_issuer(source: Evidence, paragraphs: Paragraphs) -> Evidence | None:
    """Who issued the document a definite source re-mentions ('the report', 'the new study'): the issuer that the
    last indefinite mention of such a document before it names ('a draft from X', 'a study by X'); None when that
    mention names no issuer (it is then no other's: 'according to a new report … the report says')."""
    words = source.text.lower().split()
    if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in INTRODUCED_AS:
        return None
    nouns = INTRODUCED_AS[words[-1]]
    for paragraph in reversed(paragraphs.before(source.start)[-INTRODUCED_REACH:]):
        for token in reversed(paragraph.tokens_from(paragraph.start, source.start)):
            if token.lower_ in nouns and any(c.lower_ in _INDEFINITE for c in token.children if c.dep_ == "det"):
                named = issuer(token)
                if named is None:
                    return None
                first, last = _name_run(named) if named.pos_ == "PROPN" else source_span(named)
                return Evidence(article="", start=paragraph.start + first, end=paragraph.start + last,
                                text=paragraph.text[first:last])
    return None


def _name_run(named: Token) -> tuple[int, int]:
    """The character span, in its paragraph, of the proper noun run that ends at ``named``: no article, no possessor
    ("Governor Ana Ruiz's Lumo Water Commission": the commission's name, not hers)."""
    first = named
    while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN":
        first = first.doc[first.i - 1]
    return first.idx, named.idx + len(named.text)
