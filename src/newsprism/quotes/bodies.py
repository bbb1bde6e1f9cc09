"""Described sources the article itself names: a body's description standing as a quotation's source ('the agency
said', 'the company said') is the body the sentence or the one before it has as its subject ('The Lumo Centre for
Disease Control is shortening the quarantine, the agency said': the centre, no anonymous source; NeuS train 303,
issue #19's tenth round); an unnamed source named right after it ('A neighbor said …. The neighbor, Ana Ruiz,
said') is that person."""

from __future__ import annotations

import re
from typing import Any

from newsprism.entities.kind_words import BODY_WORDS
from newsprism.entities.names import CORPORATE
from newsprism.lexicon import ENGLISH_STOPWORDS
from newsprism.model import QuoteVariant
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.people import PersonMention
from newsprism.quotes.speakers import SpeakerResolver

BODY_NOUNS = frozenset({"agency", "company", "department", "ministry", "organization", "organisation", "firm",
                        "commission", "council", "board", "bank", "union", "network", "university", "airline",
                        "retailer", "carmaker", "automaker", "bureau", "institute", "center", "centre", "office"})
"""Nouns a story names a body it has named again by ('the agency', 'the company'); not 'the group' or 'the
government' (a story's groups and governments are often not the subject before), nor persons' nouns."""
_THE_BODY = re.compile(r"^[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)$")
"""'the agency', 'the federal agency': a definite description of a body (one modifier at most)."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LEADING_THE = re.compile(r"^[Tt]he\s+")


def body_sources(variants: list[QuoteVariant], paragraphs: Paragraphs) -> list[QuoteVariant]:
    """Each quotation credited to 'the <body noun>' goes to the one body (spaCy's ORG) that is the main subject of
    the source's sentence before it, else of the sentence before that; the description stays where there is none or
    several."""
    out = []
    for variant in variants:
        source = variant.source
        match = _THE_BODY.match(source.text.strip()) if source is not None else None
        noun = match.group(1) if match is not None else ""
        body = _subject_body(paragraphs, source.start, noun) if source is not None and noun in BODY_NOUNS else None
        if body is None and source is not None and noun in NAMED_BODY_NOUNS:
            body = _one_named(paragraphs, source.start, noun)
        if body is not None:
            variant = variant.model_copy(update={"speaker": body, "anonymous": False})
        out.append(variant)
    return out


def _subject_body(paragraphs: Paragraphs, at: int, noun: str) -> str | None:
    """The one ORG subject of the sentence holding ``at`` (before ``at``), else of the sentence before it, that the
    description's ``noun`` may name."""
    sentences = _sentences_up_to(paragraphs, at)
    for offset, sentence in reversed(sentences[-2:]):
        found = [ent for ent in sentence.ents if ent.label_ == "ORG" and _subject(ent.root)
                 and offset + ent.end_char <= at and fits(ent.text, noun)]
        bodies = {_LEADING_THE.sub("", ent.text) for ent in found}
        if bodies:  # a conjunct inside the name is none ('Customs and Border Protection': AllSides 5694)
            joined = any(child.dep_ == "conj" and not ent.start <= child.i < ent.end
                         for ent in found for child in ent.root.children)
            return bodies.pop() if len(bodies) == 1 and not joined else None
    return None


NAMED_BODY_NOUNS = BODY_NOUNS | {"county", "committee", "panel"}
"""Nouns that close a body's proper name ('Maricopa County', 'the House Oversight Committee'): 'the county' is the
one such name the article writes before it, however far back (AllSides roundup 5673, read in issue #19's
twenty-eighth round: 'The county' slammed the audit, Maricopa County named in the lede only)."""
NAME_ENDINGS = {"panel": ("committee", "commission")}
"""Last words of the names a noun other than that word stands for: 'the oversight panel' is the one committee or
commission named before it (AllSides roundup 5952, E23's honest reading of issue #19: left 'The oversight panel'
after 'the House Oversight Committee said'). They stand instead of the noun's own word ('the panel' takes no 'X Panel'),
where :data:`NAMED_AS`'s words are read besides the noun's own: two tables, since merging them would change what
'the department' or 'the company' is read as by :func:`_one_named`."""
_NAME_WORD = r"[A-Z][\w.&’'-]*"


def _one_named(paragraphs: Paragraphs, at: int, noun: str) -> str | None:
    """The one proper name ending in the capitalised ``noun`` ('Maricopa County') or in a word it stands for
    (:data:`NAME_ENDINGS`), written before ``at``; None when there is none or several ('Kade County … Lumo County …
    the county'); not a name going on with 'of' ("People's Bank of China … the central bank" is no "People's Bank":
    AllSides 5672 in this rule's flip audit)."""
    last = "|".join(word.capitalize() for word in NAME_ENDINGS.get(noun, (noun,)))
    ending = re.compile(rf"\b((?:{_NAME_WORD}\s+){{1,4}})(?:{last})\b(?!\s+of\s)")
    names = {_name(found.group(0)) for paragraph in paragraphs.before(at + 1)
             for found in ending.finditer(paragraph.text[:max(0, at - paragraph.start)])} - {None}
    return names.pop() if len(names) == 1 else None


def _name(words: str) -> str | None:
    """The name less the capitalised function words a sentence may open with ('In Kade County': Kade County); None
    when only the noun is left ('The County')."""
    kept = words.split()
    while len(kept) > 1 and kept[0].lower() in ENGLISH_STOPWORDS:
        kept = kept[1:]
    return " ".join(kept) if len(kept) > 1 else None


COMPANY_NOUNS = frozenset({"company", "firm", "retailer", "carmaker", "automaker", "airline", "drugmaker"})
NAMED_AS = {"department": frozenset({"police"}), **{noun: CORPORATE for noun in COMPANY_NOUNS}}
"""Last words of a body's name that a noun other than that word stands for: 'the Capitol Police' is 'the department'
(NeuS train 573, 0-based, read in issue #19's twenty-second round's flip audit: left 'The department'); a company's
legal form is its nouns' ('Lumo Inc. ... the company said': helper E15 found 'Inc.' and 'Corp.' names never taken).
Read besides the noun's own word, by :func:`fits` only (:data:`NAME_ENDINGS` stand instead of it)."""


_POSSESSIVE = re.compile(r"['’]s?$")


def fits(name: str, noun: str) -> bool:
    """A body's name the noun may stand for: one not ending in another body's word ("The Lumo Times reported ...
    The network said": a newspaper is no network; PolNeAR dev), unless the noun names such bodies
    (:data:`NAMED_AS`)."""
    last = _POSSESSIVE.sub("", name.split()[-1].lower()).rstrip(".") if name.split() else ""  # "Lumo Times' editor'
    return last == noun or last not in BODY_WORDS or last in NAMED_AS.get(noun, ())


def _subject(token: Any) -> bool:
    """A subject, or a word conjoined to one ('Lumo Motors and Kade Foods signed': two bodies, neither alone, however
    spaCy tagged the second), or the possessor of a subject's title ("KLTV's chief reporter Ana Ruiz admitted that it
    was wrong for the network to …": the body she works for; AllSides 5617, read in issue #19's twenty-second round's
    honest check, where 'the network' after "CNN's … correspondent" was left a description)."""
    if token.dep_ == "poss":
        owned = token.head
        while owned.dep_ == "compound" and owned.head is not owned:
            owned = owned.head
        return owned.dep_ in _SUBJECTS
    return token.dep_ in _SUBJECTS or (token.dep_ == "conj" and token.head.dep_ in _SUBJECTS)


def _sentences_up_to(paragraphs: Paragraphs, at: int) -> list[tuple[int, Any]]:
    """The sentences (spaCy spans, with their paragraph's offset in the article) that start before ``at``, of the
    paragraph holding it and the one before."""
    return [(paragraph.start, sentence) for paragraph in list(paragraphs.before(at + 1))[-2:]
            for sentence in paragraph.doc.sents if paragraph.start + sentence.start_char <= at]


NAMED_LATER_REACH = 300
"""Most characters after an unnamed source's phrase in which the article may name it ('A neighbor said …. The
neighbor, Ana Ruiz, said …': two short sentences); set by hand from issue #19's known wrong kinds, a reader's
"just said"."""
_INDEFINITE_SOURCE = re.compile(r"^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+){0,4}([a-z-]+)$")
"""'a neighbor', 'a senior Danish health official': an indefinite description, up to four words before its noun, a
nation's or place's adjective among them (AllSides 5992, E30's seed-111 reading: 'a top Chinese health official
saying …' then 'The official, George Gao, …' was left unnamed with three words and a capitalised one)."""


def named_later(variants: list[QuoteVariant], resolver: SpeakerResolver) -> list[QuoteVariant]:
    """An unnamed source ('a neighbor said') that the article names right after it with the definite description
    in apposition to a name ('The neighbor, Ana Ruiz, said'): that person, no anonymous source."""
    out = []
    for variant in variants:
        source = variant.source
        match = _INDEFINITE_SOURCE.match(source.text.strip()) if source is not None and variant.anonymous else None
        person = _named_as(resolver, match.group(1), source.end) if match is not None and source is not None \
            else None
        if person is not None:
            variant = variant.model_copy(update={"speaker": resolver.fullest(person.text, person.start),
                                                 "anonymous": False})
        out.append(variant)
    return out


def _named_as(resolver: SpeakerResolver, noun: str, end: int) -> PersonMention | None:
    """The person named in apposition after 'the <noun>,' within :data:`NAMED_LATER_REACH` of ``end``."""
    described = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}" + re.escape(noun) + r",\s+$")
    for person in resolver.people:
        if person.start <= end:
            continue
        if person.start > end + NAMED_LATER_REACH:
            return None
        if described.search(resolver.text, max(end, person.start - 60), person.start):
            return person
    return None
