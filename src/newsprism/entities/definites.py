"""Definite descriptions of places and bodies: "the church" after "Wasilla Harbour Church" is that church.

In one article, "the <noun>" or "her <noun>", "Berg's <noun>" (a lower-case noun heading its phrase, with a
definite article, "this", "that" or a possessor; not a compound: "the church members" is no mention of the
church) refers to the place or body named earlier in the article whose multi-word name ends
in that noun ("Odeon Theatre" → "the theatre", "Verda Party" → "the party"), when exactly one such name came
before; where the article names none, to the story's one such name, if it has exactly one and the article has
named no other name of its type before the description ("the city" of an article that names Athens is no "New York
City" of another article). People are tied to their descriptions by :mod:`.descriptors` instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from newsprism.clean.outlet_table import known_name
from newsprism.entities.kind_words import BODY_WORDS, NAME_CONNECTORS, PLACE_WORDS
from newsprism.entities.mentions import make_mention
from newsprism.entities.merge import Resolved
from newsprism.entities.names import fold
from newsprism.entities.surnames import StoryNames
from newsprism.lexicon import ONE_PERSON_NOUNS, ORDINAL_WORDS
from newsprism.memo import per_article
from newsprism.nlp.sentences import ParsedArticle

_DEFINITE = frozenset({"the", "this", "that"})
GOVERNMENT_NOUNS = frozenset({"administration", "government"})
"""Nouns that with "the" name the government of the day ("the administration's commitment", "the Lumo
administration"), never an agency whose name ends in them ("Lumo Highway Administration"; ECB+ topic 9, issue #19's
thirteenth round: "Bush administration" taken for the highway agency)."""
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def story_endings(named: list[Resolved], names: StoryNames) -> dict[str, set[str]]:
    """Last word (a noun, lower case) → keys of the story's multi-word place and body names ending in it."""
    found: dict[str, set[str]] = {}
    for r in _endings(named, names):
        found.setdefault(head_noun(r.mention.tokens), set()).add(r.target)
    return found


def head_noun(tokens: tuple[str, ...]) -> str:
    """The noun a definite description of the name repeats: its last word, or the head before "of" ("the bureau"
    of "State Bureau of Investigation"; "the investigation" is no mention of it: gun-violence incident 598115,
    issue #19's thirteenth round), unless the last word is a body's or place's word ("the stadium" of "Bank of America
    Stadium"); none ("") for two nouns joined by "and" that end in no such word ("Fish and Wildlife": "the threatened
    wildlife" is no mention of it, ECB+ topic 9, the same round)."""
    if tokens[-1] in BODY_WORDS or tokens[-1] in PLACE_WORDS:
        return tokens[-1]  # "Bank of America Stadium": the stadium
    for at in range(1, len(tokens) - 1):
        if tokens[at] in NAME_CONNECTORS:
            return tokens[at - 1]
    return "" if "and" in tokens else tokens[-1]


_MEDIUM_NOUNS = frozenset({"agency", "network", "magazine", "newspaper", "channel"})
"""An outlet's last words that stay a description of it ("Anadolu Agency": "the agency"). Its other last words are
a nameplate's, common nouns in lower case: "the press" is the news media, not "Associated Press" (AllSides roundup
5688, D15's second honest reading, issue #19's twenty-seventh round), nor "the times", "the post" a newspaper."""


def _endings(named: list[Resolved], names: StoryNames) -> list[Resolved]:
    return [r for r in named if len(r.mention.tokens) > 1 and not r.mention.descriptive
            and names.types.get(r.target) in ("place", "organisation")
            and (head_noun(r.mention.tokens) in _MEDIUM_NOUNS or not known_name(r.mention.text))]


def definite_mentions(parsed: ParsedArticle, named: list[Resolved], names: StoryNames,
                      story: dict[str, set[str]], roles: frozenset[str] = frozenset()) -> Iterator[Resolved]:
    """Mentions of the article's definite references to its places and bodies, each with its key.

    ``story`` (:func:`story_endings`) decides where the article itself has named no such place or body before
    the description: then the story must have exactly one. Nouns in ``roles`` (:func:`role_words` of the story's
    articles) stand for people, never for a body ("the coach" beside "head coach Ana Lee")."""
    endings = sorted((r.mention.start, head_noun(r.mention.tokens), r.target) for r in _endings(named, names))
    nouns = {last for _, last, _ in endings} | set(story)
    first_of: dict[str, int] = {}
    for r in named:
        if not r.mention.descriptive:
            kind = names.types.get(r.target, r.mention.label)
            first_of[kind] = min(first_of.get(kind, r.mention.start), r.mention.start)
    starts = [p.start for p in parsed.paragraphs]
    for start, lower, length, modifiers in _definite_nouns(parsed):
        if lower not in nouns or lower in roles or lower in GOVERNMENT_NOUNS or _CONTRAST in modifiers:
            continue
        targets = {target for at, last, target in endings if last == lower and at < start
                   and _fits(modifiers, target)}
        if not targets:
            targets = {target for target in story.get(lower, set()) if _fits(modifiers, target)}
            if len(targets) == 1 and first_of.get(names.types[next(iter(targets))], len(parsed.article.text)) < start:
                continue  # the article named another place or body of that type: the description may be its
        if len(targets) != 1:
            continue
        target = next(iter(targets))
        if names.types[target] == "organisation" and lower.endswith("s") and not lower.endswith("ss"):
            continue  # 'the scientists', 'the news': people or things, not 'Union of Scientists', 'Daily News'
        mention = make_mention(parsed.article.id, parsed.article.text, (start, start + length),
                               names.types[target], max(0, bisect_right(starts, start) - 1))
        yield Resolved(replace(mention, descriptive=True, cue=None), target)


@per_article  # read once per article and story (issue #20)
def role_words(parsed: ParsedArticle) -> frozenset[str]:
    """Lower-case nouns the article writes right before a person's name ("head coach Ana Lee", "juror Tom Berg"):
    words for a person's role."""
    return frozenset(token.lower_ for paragraph in parsed.paragraphs for token in paragraph.doc[:-1]
                     if token.pos_ == "NOUN" and token.is_lower and token.nbor().ent_type_ == "PERSON"
                     and token.nbor().ent_iob_ == "B")


@per_article  # read once per article and story (issue #20); the story's names pick among them
def _definite_nouns(parsed: ParsedArticle) -> list[tuple[int, str, int, tuple[str, ...]]]:
    """(start in the article, lower-case form, length, :func:`_modifiers`) of every definite noun
    (:func:`_definite`), in text order."""
    return [(paragraph.start + token.idx, token.lower_, len(token.text), _modifiers(token))
            for paragraph in parsed.paragraphs for token in paragraph.doc if _definite(token)]


_CONTRAST = "<another>"
"""What :func:`_modifiers` gives for a modifier that sets the thing apart from one named before: a comparative or
superlative ("the more expensive school", "the larger museum") or "other", "another", "different"."""
_CONTRAST_WORDS = frozenset({"other", "another", "different"})


def _modifiers(token: Any) -> tuple[str, ...]:
    """The words before a definite noun that a name it repeats must hold (:func:`_fits`): its noun modifiers ("the
    district court" is no "Court of Appeals"; "the appeals court" is) and participles ("the terraced house" is no
    "House of Correction"); :data:`_CONTRAST` for a modifier that sets it apart. Other adjectives describe
    ("this small town" of "Town of Lumo"); so do capitalised words, a name's short form ("the LCR team" of "Lumo
    Crisis Response Team"). Read on gun-violence dev, PolNeAR dev and ECB+ dev (issue #19's fourteenth round: joins
    the thirteenth round's rules made wrongly there)."""
    words: list[str] = []
    for child in token.lefts:
        if child.dep_ == "amod" and (child.tag_ in ("JJR", "JJS") or child.lower_ in _CONTRAST_WORDS or any(
                grand.tag_ in ("RBR", "RBS") for grand in child.children)):
            words.append(_CONTRAST)
        elif child.is_lower and ((child.dep_ == "compound" and child.pos_ == "NOUN") or (
                child.dep_ == "amod" and child.tag_ == "VBN")):
            words.append(child.lower_)
    return tuple(words)


def _fits(modifiers: tuple[str, ...], target: str) -> bool:
    """Whether every word of :func:`_modifiers` is written in the name whose key is ``target`` ("appeals" in
    "unitedstatescourtofappeals")."""
    return all(fold(word).replace("-", "") in target for word in modifiers)


def _named_by(child: Any) -> bool:
    """An "of" after the noun that names it ("the city of Lumo"): the noun is that name's, not the story's."""
    return bool(child.dep_ == "prep" and child.lower_ == "of" and any(
        grand.dep_ == "pobj" and grand.pos_ == "PROPN" for grand in child.children))


def _definite(token: Any) -> bool:
    """A lower-case noun heading its phrase, with "the", "this", "that" or a possessor ("her", "Berg's"); not a
    person noun ("the officer"), not one of a series ("the fifth coach", "the 21st head coach": a class, not the
    body whose name ends in the noun) and not named by an "of" after it ("the city of Lumo")."""
    if token.pos_ != "NOUN" or token.dep_ == "compound" or not token.is_lower or token.lower_ in ONE_PERSON_NOUNS:
        return False
    children = list(token.children)
    if any(c.dep_ == "nummod" or c.lower_ in ORDINAL_WORDS or _ORDINAL.fullmatch(c.lower_) or _named_by(c)
           for c in children):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in children)
