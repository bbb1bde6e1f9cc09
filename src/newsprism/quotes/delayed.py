"""A lede's description named in the sentence after it: reporters open with who someone is and name them next ('The
No. 2 Democrat in the state Senate on Tuesday said the governor was “wrecking the budget” … ¶ State Senator Ana
Ruiz, a longtime critic of the governor, attacked him in a post'). Each article is read alone, and the description
stayed an anonymous source though the next sentence names her (AllSides crawled 6076, read in issue #19's
twenty-seventh round's honest reading at 32049ce: two quotations of a named congresswoman credited to 'The No. 3
Republican')."""

from __future__ import annotations

import re
from typing import Any

from newsprism.model import QuoteVariant
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.gender import noun_gender
from newsprism.quotes.rementions import NO_RE_MENTION, titled_otherwise
from newsprism.quotes.speakers import SpeakerResolver, titled_description, titles_before
from newsprism.quotes.story_holders import PARTY_DESCRIPTION

_DESCRIPTION = re.compile(r"^[Tt]he\s+(?:[\w.’'-]+\s+){0,5}([\w-]+)$")
"""A definite description of two to seven words ('The No. 3 Republican')."""
_OWNED = re.compile(r"['’]s\b|\sfor\s")
"""A possessive or 'for' that ties the one described to someone else ("the governor's closest ally", 'a lawyer for
the family'), in the source or right after it (the parse often ends the source before the phrase): the person named
next may be that other one."""


def named_next(variants: list[QuoteVariant], resolver: SpeakerResolver,
               paragraphs: Paragraphs | None) -> list[QuoteVariant]:
    """An anonymous definite description of one person (:func:`_one_described`) in the article's first sentence
    stands for the person the next sentence has as its main subject when that person is first named there, the
    noun's sex does not disagree with theirs, no title the article writes before their name contradicts the
    description's (:func:`~newsprism.quotes.rementions.titled_otherwise`) and no one else holds its title
    (:func:`_held_once`)."""
    named = _next_subject(paragraphs, resolver) if paragraphs else None
    if named is None:
        return variants
    lede, person = named
    out = []
    for variant in variants:
        source = variant.source
        if source is not None and variant.anonymous and source.end <= lede \
                and (variant.speaker or "").strip() == source.text.strip() \
                and _one_described(source.text, resolver.text[source.end:source.end + 6]) \
                and _agrees(resolver, person, source.text) and not titled_otherwise(resolver, person, source.text) \
                and _held_once(resolver, source.text):
            variant = variant.model_copy(update={"speaker": person, "anonymous": False})
        out.append(variant)
    return out


def _agrees(resolver: SpeakerResolver, person: str, source: str) -> bool:
    """The description's noun tells no sex, or the article tells none of the person's, or the same."""
    told = noun_gender(source.split()[-1])
    return told is None or resolver.genders.get(person.lower()) in (None, told)


def _held_once(resolver: SpeakerResolver, words: str) -> bool:
    """The description names no title (:func:`~newsprism.quotes.speakers.titled_description`), or the article
    titles no more than one person so ('The mayor says … ¶ Mayor Joe Hart opened the bridge. Mayor Ann Poe came
    too': either mayor)."""
    described = titled_description(words)
    return described is None or len({resolver.fullest(m.text, m.start + 1) for m in resolver.people
                                     if described.matches(titles_before(resolver.text, m.start)[0])}) <= 1


def _one_described(source: str, after: str) -> bool:
    """The source's words (with the six characters ``after`` them): a definite description (:data:`_DESCRIPTION`) ending
    in a lower-case noun or a party's member ('The No. 3 Republican'), owned by no one (:data:`_OWNED`), whose head
    is no body, document, spokesperson or person known by what befell them
    (:data:`~newsprism.quotes.rementions.NO_RE_MENTION`) and no plural."""
    match = _DESCRIPTION.match(source.strip())
    if match is None or _OWNED.search(source + after):
        return False
    noun = match.group(1)
    if not noun.islower() and PARTY_DESCRIPTION.match(source.strip()) is None:
        return False  # a name ('The Pentagon', 'The White House'): NeuS train 11, 0-based, in this rule's audit
    return noun.lower() not in NO_RE_MENTION and not (noun.endswith("s") and not noun.endswith("ss"))


def _next_subject(paragraphs: Paragraphs, resolver: SpeakerResolver) -> tuple[int, str] | None:
    """The end of the article's first sentence and the fullest name of the person the sentence after it (in the
    first paragraph, else opening the second) has as its main subject, named there for the first time."""
    sentences = [(paragraph, sent) for paragraph in paragraphs[:2] for sent in paragraph.doc.sents][:2]
    if len(sentences) < 2:
        return None
    (first, lede), (paragraph, sent) = sentences
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ != "PERSON" or any(t.is_quote for t in sent[:subject.i - sent.start]):
        return None
    entity: Any = next((ent for ent in subject.doc.ents if ent.start <= subject.i < ent.end), None)
    start = paragraph.start + entity.start_char if entity is not None else -1
    if entity is None or not resolver.names_person(name := resolver.fullest(str(entity.text))):
        return None
    if any(resolver.fullest(m.text, m.start + 1) == name for m in resolver.people if m.start < start):
        return None  # named before: no delayed naming
    return first.start + lede.end_char, name
