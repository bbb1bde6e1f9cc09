"""A quotation in a sentence that opens 'As X pointed out, …' / 'As X said, …' with no cue of its own: X's words
('As Ana Ruiz of Lumo University noted recently, the plan consists of “slogans and little else.”'). AllSides 5877,
read in issue #19's twenty-second round's honest check, left such a partial with no speaker."""

from __future__ import annotations

from newsprism.model import Evidence, QuoteVariant
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.cues import NAME_LABELS, Token, is_cue
from newsprism.quotes.descriptions import described
from newsprism.quotes.source_spans import source_evidence
from newsprism.quotes.speakers import SpeakerResolver
from newsprism.quotes.words_at import word_at

PARTICLE_CUES = frozenset({"pointed", "points", "point"})
"""Verbs that are speech only with their particle ('As X pointed out'): not among the cues alone."""


def as_clause_sources(variants: list[QuoteVariant], paragraphs: Paragraphs,
                      resolver: SpeakerResolver) -> list[QuoteVariant]:
    """Each direct or partial quotation with no source, in a sentence whose main clause follows an opening 'As X
    <speech verb>' clause, credited to X when X is a name (:data:`~newsprism.quotes.cues.NAME_LABELS`)."""
    out = []
    for variant in variants:
        if variant.source is None and variant.kind != "indirect":
            source = _as_subject(paragraphs, variant.content.start, variant.content.article)
            if source is not None:
                speaker = resolver.resolve(source.text, source.start)
                variant = variant.model_copy(update={"source": source, "speaker": speaker,
                                                     "anonymous": described(speaker)})
        out.append(variant)
    return out


def _as_subject(paragraphs: Paragraphs, at: int, article: str) -> Evidence | None:
    """The named subject of the 'As X said,' clause opening the sentence that holds ``at``, as evidence."""
    found = word_at(paragraphs, at)
    if found is None:
        return None
    paragraph, word = found
    sentence = word.sent
    opener = next((t for t in sentence if not t.is_punct), None)
    if opener is None or opener.lower_ != "as" or opener.dep_ != "mark" or not _speech(opener.head) \
            or opener.head.dep_ != "advcl" or opener.head.head.i != sentence.root.i or word.i <= opener.head.i:
        return None
    subject = next((c for c in opener.head.children if c.dep_ == "nsubj" and c.ent_type_ in NAME_LABELS), None)
    if subject is None:
        return None
    return source_evidence(paragraph, subject, article)


def _speech(verb: Token) -> bool:
    """A speech verb, or 'point' with its particle 'out'."""
    return is_cue(verb) or (verb.lower_ in PARTICLE_CUES and any(c.dep_ == "prt" and c.lower_ == "out"
                                                                 for c in verb.children))
