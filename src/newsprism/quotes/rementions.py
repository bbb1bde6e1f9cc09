"""A definite description that goes on about the person the sentence before names as its subject ('Ana Ruiz says
the plan will fail. The veteran budget analyst predicted …'): that person, not an anonymous source. Reporters vary a
re-mention so; each article is read alone, so a description with no title written before a name anywhere in the
story was left anonymous (AllSides roundup 5759, read in issue #19's twenty-second round's tune set: three quotations
of a named expert credited to 'The world-renowned … expert' and 'The White House … czar')."""

from __future__ import annotations

import re

from newsprism.entities.kind_words import ORGANISATION_HEADS
from newsprism.lexicon import ONE_PERSON_NOUNS, TITLES
from newsprism.model import QuoteVariant
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.authored import AUTHORED_NOUNS
from newsprism.quotes.company_subjects import renamed_companies
from newsprism.quotes.descriptions import INSTITUTION_NOUNS
from newsprism.quotes.documents import RULING_NOUNS
from newsprism.quotes.gender import noun_gender
from newsprism.quotes.indirect import STATEMENT_NOUNS
from newsprism.quotes.speakers import SpeakerResolver, titled_description, titles_before
from newsprism.quotes.words_at import opens, sentence_before, word_at

_DEFINITE = re.compile(r"^[Tt]he\s+(?:[\w.’'-]+\s+){0,5}([a-z]+)$")
"""A definite description of one to six words ending in a lower-case noun, with no possessive or 'of' phrase ('the
president's spokesman' is someone else: see :func:`_describes_one`)."""
_NOT_PEOPLE = frozenset({*INSTITUTION_NOUNS, *ORGANISATION_HEADS, *STATEMENT_NOUNS, *AUTHORED_NOUNS, *RULING_NOUNS})
"""Heads of a description that stands for a body or a document, not a person ('The party said' after 'Ana Ruiz
said': NeuS train 502, 0-based, in this rule's flip audit, had gone to the party's leader)."""
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "aide", "adviser",
                          "advisor", "representative", "counsel"})
"""Heads of someone who speaks for another ('Ana Ruiz denied it. The spokeswoman said …' is most often her
spokeswoman): no re-mention of the person before."""
NO_RE_MENTION = frozenset({*_NOT_PEOPLE, *ONE_PERSON_NOUNS, *SPOKESPEOPLE})
"""Heads a re-mention is not read from: bodies and documents, people by what befell them or by kin and role ('the
man', 'the officer', 'the suspect': someone in the events the person before reported on; a gun-violence dev page in
this rule's flip audit had 'Capt. Ana Ruiz said. The man told police …', the man shot), and spokespeople."""


def renamed_subjects(variants: list[QuoteVariant], resolver: SpeakerResolver,
                     paragraphs: Paragraphs | None) -> list[QuoteVariant]:
    """An anonymous definite description of one person (:data:`_DEFINITE`) opening its sentence, with no one named
    before it there, stands for the person named as the main subject of the sentence before (across a paragraph's
    start too), when the article has not brought in someone so described with 'a'/'an' before ('a senior official
    … The official said' stays that official), the noun's sex does not disagree with the person's, and no title the
    article writes before the person's name contradicts the description's (:func:`titled_otherwise`). A company's
    description goes so to the company (:func:`~newsprism.quotes.company_subjects.renamed_companies`)."""
    out = []
    for variant in variants:
        source = variant.source
        if source is not None and variant.anonymous and (variant.speaker or "").strip() == source.text.strip() \
                and paragraphs is not None and _describes_one(source.text, resolver.text[:source.start]):
            name = _subject_before(paragraphs, source.start)
            named = resolver.fullest(name) if name is not None else None
            told = noun_gender(source.text.split()[-1])
            if named is not None and resolver.names_person(named) and (
                    told is None or resolver.genders.get(named.lower()) in (None, told)) \
                    and not titled_otherwise(resolver, named, source.text):
                variant = variant.model_copy(update={"speaker": named, "anonymous": False})
        out.append(variant)
    return renamed_companies(out, resolver, paragraphs)


DEGREES = frozenset({"doctor"})
"""Titles before a name that hold no office a description could contradict ('Dr. Ana Ruiz … The veteran climate
scientist'; the tune set's 'Dr. Anthony Fauci … The world-renowned infectious disease expert')."""


def titled_otherwise(resolver: SpeakerResolver, named: str, words: str) -> bool:
    """The description names a title (:func:`~newsprism.quotes.speakers.titled_description`) and the article writes
    the person with titles of office (:data:`~newsprism.lexicon.TITLES`; not 'a confident Ana Ruiz') before the
    name, none of them this one ('Former President Ben Ode spoke. The president
    said …' is the sitting president; 'Sen. Ana Ruiz' is no 'president')."""
    described = titled_description(words)
    if described is None:
        return False
    titles = [{t for t in titles_before(resolver.text, m.start)[0] if t.split()[-1] in TITLES} - DEGREES
              for m in resolver.people if resolver.fullest(m.text, m.start + 1) == named]
    return any(titles) and not any(described.matches(found) for found in titles)


_PLACE_POSSESSOR = re.compile(r"^[Tt]he\s+(?:nation|country|state|city|world)[’']s\s+")
"""A possessive of the place a person serves, which leaves the description one person's re-mention ('Dr. Ana Ruiz
said … The nation's top infectious disease expert announced …': AllSides 5941, read in E22's seed-100 honest reading,
left the description); any other possessor is someone else's ('the president's spokesman')."""


def _describes_one(source: str, before: str) -> bool:
    """The source is a definite description of one person (:data:`_DEFINITE`, its noun no body's or document's) that
    the text before it has not brought in with 'a'/'an'/'one' ('a senior official … the official')."""
    source = _PLACE_POSSESSOR.sub("The ", source.strip())
    match = _DEFINITE.match(source)
    if match is None or "’s " in source or "'s " in source:
        return False
    noun = match.group(1)
    if noun in NO_RE_MENTION or (noun.endswith("s") and not noun.endswith("ss")):
        return False
    return re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.’'-]+\s+){{0,5}}{noun}\b", before) is None


def _subject_before(paragraphs: Paragraphs, at: int) -> str | None:
    """The name of the person the sentence before the one opening with the source at ``at`` has as its main
    subject (by the entity recogniser), when no one is named in the source's sentence before it."""
    found = word_at(paragraphs, at)
    if found is None or not opens(found[1]):
        return None
    earlier = sentence_before(paragraphs, *found)
    subject = next((c for c in earlier.root.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if earlier is not None else None
    if subject is None or subject.ent_type_ != "PERSON" or any(t.is_quote for t in earlier[:subject.i - earlier.start]):
        return None
    entity = next((ent for ent in subject.doc.ents if ent.start <= subject.i < ent.end), None)
    return str(entity.text) if entity is not None else None
