"""An indefinite spokesperson the article names elsewhere ('..., a police spokesman said.' then 'Police spokesman Ana
Ruiz said ...'): the one person the article itself titles with the same noun, whose title holds the body the
description gives ('police'; 'for the Lumo Party' after it). Issue #19's twenty-fifth round; the existing rule
(:func:`~newsprism.quotes.story_holders.story_holder`) only reads 'a <Capitalised Body> spokesman' across the story."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsprism.lexicon import SPOKESPERSON, SPOKESPERSON_NOUNS
from newsprism.model import Entity, QuoteVariant
from newsprism.quotes.cues import CUE_FORMS
from newsprism.quotes.story_holders import MentionTitles

_INDEFINITE = re.compile(r"^[Aa]n?\s+((?:[a-z][\w-]*\s+){0,2})(" + SPOKESPERSON + ")$")
"""'a spokeswoman', 'a police spokesman', 'a hospital spokesperson': lower-case body words before the noun (a
capitalised body is :data:`~newsprism.quotes.story_holders._SPOKESPERSON`'s, read across the story)."""
_BODY_AFTER = re.compile(r"^\s+(?:for|with|from|of|at)\s+((?:[\w.&'’-]+\s+){0,5}[\w.&'’-]+)")
"""The body a prepositional phrase after the description names ('a spokeswoman for the Lumo campaign'): the span the
parse gives as the source stops before it (E's flip set: 'A spokeswoman for <candidate>' beside the other
candidate's 'Spokeswoman <Name>', which must not be tied)."""
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "in", "at", "on", "to"})


def named_spokesperson(variant: QuoteVariant, entities: Sequence[Entity], texts: Mapping[str, str],
                       titles: MentionTitles) -> Entity | None:
    """The one person of the description's own article titled a spokesperson (any of :data:`SPOKESPERSON_NOUNS`)
    before a name, when that title is the description's noun and holds every body word the description gives
    (:func:`_body_words`); None when the article titles none or several people so."""
    source = variant.source
    match = _INDEFINITE.match(source.text.strip()) if source is not None else None
    if source is None or match is None:
        return None
    body = _body_words(match.group(1), texts.get(source.article, "")[source.end:])
    noun = match.group(2)
    spokespeople: dict[str, bool] = {}
    for entity in entities:
        if entity.type != "person":
            continue
        for mention in entity.mentions:
            read = titles.at(mention.article, mention.start) if mention.article == source.article else None
            if read is None or not read[1] or read[1][-1].lower() not in SPOKESPERSON_NOUNS:
                continue
            before = {_bare(word) for word in read[1]}
            fits = read[1][-1].lower() == noun and body <= before
            spokespeople[entity.id] = spokespeople.get(entity.id, False) or fits
    if len(spokespeople) != 1 or not next(iter(spokespeople.values())):
        return None
    return next(e for e in entities if e.id in spokespeople)


def _body_words(before_noun: str, after: str) -> set[str]:
    """The body words a description gives: its lower-case words before the noun and the content words of a
    'for/with/from <body>' phrase right after it, lower-cased without a possessive mark."""
    words = before_noun.split()
    if (phrase := _BODY_AFTER.match(after)) is not None:
        for word in re.split(r"[\s,.;]+", re.split(r"[,.;]", phrase.group(1))[0]):
            if word.lower() in CUE_FORMS:
                break  # 'a spokesman for Lumo police said ...': the phrase ends at the cue
            words.append(word)
    return {_bare(word) for word in words if word and word.lower() not in _FUNCTION_WORDS}


def _bare(word: str) -> str:
    """A word lower-cased without its possessive mark ("Sheriff's" -> 'sheriff')."""
    return re.sub(r"['’]s?$", "", word.lower().rstrip("."))
