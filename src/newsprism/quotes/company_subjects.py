"""A company's description ('the pharmaceutical giant said', 'the company said') that goes on about the company the
sentence before has as its main subject, where the entity recogniser did not tag that name an organisation: spaCy
leaves one-word makers' names untagged or a person's ('Velmora tweeted on Monday that the companies had applied to the
Lumo Drug Agency. "…," the pharmaceutical giant said.'), so :mod:`newsprism.quotes.bodies` (ORG subjects only) left the
description, and the story-wide :mod:`newsprism.quotes.named_companies` took the one agency named, a regulator for the
company (AllSides roundup 5636, read in E27's seed-107 reading and E28's flip audit)."""

from __future__ import annotations

import re
from typing import Any

from newsprism.clean.outlet_table import known_name
from newsprism.model import QuoteVariant
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.bodies import COMPANY_NOUNS
from newsprism.quotes.speakers import SpeakerResolver
from newsprism.quotes.words_at import sentence_before, word_at

_DESCRIBED = re.compile(r"^[Tt]he\s+(?:(?:[a-z-]+\s+)?(" + "|".join(sorted(COMPANY_NOUNS)) + r")|[a-z-]+\s+(giant))$")
"""'the company', 'the German drugmaker', 'the pharmaceutical giant': a company's definite singular description; a
'giant' only with the trade before it (a bare 'the giant' may be anyone)."""
_NOT_COMPANIES = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC", "DATE", "EVENT", "LAW", "WORK_OF_ART"})
"""Entity labels a subject's name may not bear to be read as the company ('Lumo tweeted' of a state is no company)."""


def renamed_companies(variants: list[QuoteVariant], resolver: SpeakerResolver,
                      paragraphs: Paragraphs | None) -> list[QuoteVariant]:
    """Each quotation still credited to a company's description (:data:`_DESCRIBED`) goes to the name the sentence
    before the source's has as its main subject (:func:`_subject_name`); the description stays where there is
    none."""
    out = []
    for variant in variants:
        source = variant.source
        if paragraphs is not None and source is not None and variant.anonymous \
                and (variant.speaker or "").strip() == source.text.strip() \
                and _DESCRIBED.match(source.text.strip()) is not None \
                and (found := word_at(paragraphs, source.start)) is not None \
                and (name := _subject_name(sentence_before(paragraphs, *found), resolver)) is not None:
            variant = variant.model_copy(update={"speaker": name, "anonymous": False})
        out.append(variant)
    return out


def _subject_name(sentence: Any, resolver: SpeakerResolver) -> str | None:
    """The proper name that is the main subject of ``sentence`` (a spaCy span; its root's nsubj with the proper
    nouns compounded before it), when it is one name, no conjunct's ('Velmora and Kade Labs said': two), no
    person's, place's or outlet's, and stands outside quotation marks."""
    if sentence is None:
        return None
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None or not _proper(subject, resolver.text) or subject.ent_type_ in _NOT_COMPANIES \
            or any(c.dep_ in ("conj", "cc", "appos") for c in subject.children) \
            or any(t.is_quote for t in subject.doc[sentence.start:subject.i]):
        return None
    words = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [subject]
    if any(w.ent_type_ in _NOT_COMPANIES or not w.text[:1].isupper() for w in words):
        return None
    name = " ".join(w.text for w in words)
    return None if resolver.names_person(name) or known_name(name) else name


def _proper(word: Any, text: str) -> bool:
    """The word is a proper name: tagged so, or a capitalised singular noun the article never writes in lower case
    (the small model tags a maker's name a common noun before a no-break space, 'Velmora\u00a0tweeted'; 'Research
    shows' is no name where the article writes 'research' too)."""
    if word.pos_ == "PROPN":
        return True
    return word.pos_ == "NOUN" and word.tag_ == "NN" and word.text[:1].isupper() and word.text[1:].islower() \
        and re.search(rf"\b{re.escape(word.lower_)}\b", text) is None
