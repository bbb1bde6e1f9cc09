"""A capitalised common noun opening a person's name ("Landlord Ana Vell", "Gymnasts Ana Vell" in a headline): the
noun is the person's role, not a word of the name. The role lists of :mod:`.find` are closed; here the story itself
tells a common noun: it writes the word in lower case too ("the landlord"), or it writes the person's full name
without it elsewhere ("Haiti Ana Vell" beside "Ana Vell")."""

from __future__ import annotations

import re

from newsprism.entities.given_names import given_name
from newsprism.entities.kind_words import BODY_WORDS, HOSPITAL_WORDS, PLACE_WORDS, STREET_WORDS
from newsprism.entities.names import name_key, name_tokens
from newsprism.lexicon import ENGLISH_STOPWORDS

_OPENING = re.compile(r"([A-Z][a-z]{2,})\s+(?=[A-Z][a-z])")
"""One capitalised word of three letters or more opening a span before another capitalised word."""

_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")
"""A word written in lower case: a common noun's (or verb's) evidence, never a name's."""

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
"""'The' right before the opening word: a title's or body's name ("The Notorious Ana Vell", a film; ECB+ dev topic
4), no role before a person's name."""

_NOT_NAME_ENDS = BODY_WORDS | PLACE_WORDS | STREET_WORDS | HOSPITAL_WORDS
"""Last words of a body's, place's, street's or hospital's name: no person's name ends in one ("Southwest Lumo Kade
Hospital" beside "Lumo Kade Hospital" tagged PERSON is a second hospital)."""


def lower_words(texts: list[str]) -> frozenset[str]:
    """Every word of three letters or more the story writes in lower case."""
    return frozenset(word for text in texts for word in _LOWER_WORD.findall(text))


def common_opening(text: str, start: int, end: int, people: set[str], lowered: frozenset[str]) -> int | None:
    """Where the person's name starts in ``text[start:end]`` when a common noun opens it, else None.

    The opening word is no given name of the census lists and is followed by a person's full name of two words or
    more whose last word (or its singular) is no body's, place's, street's or hospital's (AllSides 5978: "Charleston
    Gazette-Mail" is no "Gazette-Mail" tagged PERSON; ECB+ dev topic 9: "National Marine Fisheries Services"), and
    'the' is not written before it: one the story writes as a person (``people``: keys of full person names) that
    opens with a given name or whose opening word the story writes in lower case (ECB+ dev topic 26: "Gaetano Lo
    Presti" beside "Lo Presti", a given name the census lists lack), or a given name the story never writes in lower
    case ("Star" of "Movie Star News" beside "a pin-up star", ECB+ dev topic 4) and a surname (two or three words)
    when the story writes the opening word in lower case (``lowered``, :func:`lower_words`, singular or plural:
    "Landlord" beside "the landlord", "Gymnasts" beside "a gymnast")."""
    opening = _OPENING.match(text, start, end)
    if opening is None or given_name(word := opening.group(1).lower()) or word in ENGLISH_STOPWORDS or (
            _THE_BEFORE.search(text[max(0, start - 4):start])):
        return None
    rest = opening.end()
    tokens = name_tokens(text[rest:end])
    if len(text[rest:end].split()) < 2 or not tokens or {tokens[-1], tokens[-1].removesuffix("s")} & _NOT_NAME_ENDS:
        return None
    common = {word, word.removesuffix("s"), f"{word}s"} & lowered
    if name_key(text[rest:end]) in people and (common or given_name(tokens[0])):  # not "Gaetano | Lo Presti"
        return rest
    named = 2 <= len(tokens) <= 3 and given_name(tokens[0]) and tokens[0] not in lowered
    return rest if named and common else None
