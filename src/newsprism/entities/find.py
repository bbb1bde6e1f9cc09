"""The entity stage: parsed articles → :class:`EntityIndex` (people, places, organisations merged across articles)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from newsprism.entities.and_names import join_cut_and_names
from newsprism.entities.capitals import drop_shouted, written_name
from newsprism.entities.clutter import (
    drop_common_acronyms,
    drop_common_phrases,
    drop_degrees,
    drop_products,
    drop_widgets,
    undouble,
)
from newsprism.entities.common_openings import common_opening, lower_words
from newsprism.entities.definites import definite_mentions, role_words, story_endings
from newsprism.entities.descriptors import descriptor_mentions
from newsprism.entities.evidence import VESSEL_PREFIX
from newsprism.entities.excerpt_cuts import join_excerpt_cuts
from newsprism.entities.index import EntityIndex
from newsprism.entities.kind_words import HOSPITAL_WORDS, NUMBERED_STREET_ENDS, STREET_WORDS
from newsprism.entities.mayors import mayors_cities
from newsprism.entities.mentions import Mention, article_mentions, make_mention
from newsprism.entities.merge import Resolved, absorb_bodies, cluster
from newsprism.entities.names import TITLE_OPENING, initial_variants, name_key
from newsprism.entities.pairs import cut_nationalities, join_bodies, split_pairs
from newsprism.entities.records import build_entity, rank
from newsprism.entities.spread import drop_common_words, missed_mentions, trim_headlines
from newsprism.entities.styled import drop_styled
from newsprism.entities.surnames import AMBIGUOUS, StoryNames, by_lines, resolve_article, story_names
from newsprism.entities.untagged_names import untagged_full_names
from newsprism.entities.variants import hyphenated_surnames, initial_given_names, person_variants
from newsprism.entities.widened import widen_cut_names
from newsprism.nlp.sentences import ParsedArticle


def find_entities(parsed: list[ParsedArticle]) -> EntityIndex:
    """Every person, place and organisation of the story, merged across articles, most-mentioned first."""
    texts = [p.article.text for p in parsed]
    titles = [p.article.title or "" for p in parsed]
    found = undouble(drop_widgets(drop_common_words(trim_headlines(drop_degrees(
        [article_mentions(p) for p in parsed], texts), texts), texts, titles), texts), texts)
    nationalities = {ent.text for p in parsed for paragraph in p.paragraphs for ent in paragraph.doc.ents
                     if ent.label_ == "NORP" and " " not in ent.text}
    found = cut_nationalities(split_pairs(join_bodies(found, texts), texts), texts, nationalities)
    found = widen_cut_names(found, texts)  # "House | Freedom Caucus" where the story tags the caucus
    found = join_cut_and_names(found, texts)  # "The Lumo Security and | Civic Affairs Committee"
    per_article = by_lines(_join_nicknames(_unify_initials(untagged_full_names(_untitled(drop_products(drop_styled(
        drop_common_phrases(drop_common_acronyms(_open_streets(_ships(missed_mentions(parsed, found), texts)), texts),
                            texts), texts)), texts), texts)), texts), texts)
    per_article = drop_shouted(per_article, texts)  # names in lines written in capitals need the story's support
    per_article = join_excerpt_cuts(per_article, texts)  # "the Department of..." where a page's excerpt ends
    per_article = mayors_cities(per_article, texts)  # "New York's mayor" beside "New York City": the city
    names = story_names([m for mentions in per_article for m in mentions])
    named = [[Resolved(_as_target(m, target, names), target)
              for m, target in zip(mentions, resolve_article(mentions, names), strict=True) if target != AMBIGUOUS]
             for mentions in per_article]
    endings = story_endings([r for article in named for r in article], names)
    roles = frozenset().union(*(role_words(p) for p in parsed))
    resolved: list[Resolved] = []
    for article, article_named in zip(parsed, named, strict=True):
        people = {(r.mention.start, r.mention.end): r.target for r in article_named if names.is_person(r.target)}
        resolved.extend(article_named)
        resolved.extend(Resolved(m, target) for m, target in descriptor_mentions(article, people))
        resolved.extend(definite_mentions(article, article_named, names, endings, roles))
    by_id = {p.article.id: p.article.text for p in parsed}
    return EntityIndex(rank([written_name(build_entity(group))
                             for group in cluster(absorb_bodies(resolved, names), by_id)]))


def _ships(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """A ship's name written with its prefix or kind ("INS Lumo", "Warship INS Lumo", :data:`.evidence.VESSEL_PREFIX`)
    and without it ("Lumo"): one key, the most written prefixed form's, so that the story's "Lumo" alone is the ship
    too (ECB+ dev topic 12, issue #19's twelfth round: one frigate in three records)."""
    prefixed: dict[str, Counter[str]] = {}
    for mentions, text in zip(per_article, texts, strict=True):
        for m in mentions:
            if (prefix := VESSEL_PREFIX.match(text, m.start, m.end)) is not None:
                prefixed.setdefault(name_key(text[prefix.end():m.end]), Counter())[m.key] += 1
    rewrite = {key: forms.most_common(1)[0][0] for bare, forms in prefixed.items() for key in (bare, *forms)}
    return [[replace(m, key=rewrite[m.key]) if m.key in rewrite else m for m in mentions] for mentions in per_article]


def _open_streets(per_article: list[list[Mention]]) -> list[list[Mention]]:
    """A name with a street's cue ("at Lumo and Kade", "the 400 block of North Lumo") that opens a street's name the
    story writes ("Lumo Ave.", "North Lumo Drive") or a hospital's ("at Lumo and Kade hospitals" beside "Lumo
    Hospital") is that street: it takes the street's key when it opens one such name only (no person's surname then
    takes it: "Wilson and Cooper streets" beside "Ana Wilson", gun-violence incident 595166), else it loses the cue,
    and :mod:`.contained` joins it. Names of two words or more open a street's name ending in any street's word
    ("Drive", "Court": gun-violence incident 444458, issue #19's eleventh round)."""
    openers: dict[tuple[str, ...], set[str]] = {}
    for m in (m for mentions in per_article for m in mentions if len(m.tokens) > 1):
        if m.tokens[-1] in STREET_WORDS or m.tokens[-1] in HOSPITAL_WORDS:
            openers.setdefault(m.tokens[:1], set()).add(m.key)
        if m.tokens[-1] in _STREET_ENDS:
            for size in range(2, len(m.tokens)):
                openers.setdefault(m.tokens[:size], set()).add(m.key)
    return [[_opened(m, openers[m.tokens]) if m.cue is not None and m.cue.street and m.tokens in openers else m
             for m in mentions] for mentions in per_article]


_STREET_ENDS = STREET_WORDS | HOSPITAL_WORDS | NUMBERED_STREET_ENDS
"""Last words of a street's (or hospital's) name that a shorter name of two words or more with a street's cue
opens ("Pecan Valley" of "Pecan Valley Drive"); a one-word name opens only names ending in :data:`STREET_WORDS` or
a hospital's word, as before."""


def _opened(mention: Mention, streets: set[str]) -> Mention:
    return replace(mention, key=next(iter(streets)), label="place") if len(streets) == 1 else replace(
        mention, cue=None)


def _as_target(mention: Mention, target: str, names: StoryNames) -> Mention:
    """A short name resolved to a full name votes with the full name's type ("Trump" tagged ORG is a person)."""
    return mention if target == mention.key else replace(mention, label=names.types[target])


def _unify_initials(per_article: list[list[Mention]]) -> list[list[Mention]]:
    """Person names written with middle initials take the key of the same name without them, and variants of one
    person's name (:mod:`.variants`) one key, where unambiguous; a two-word name spaCy tags otherwise is read as
    a variant when it ends in a person's surname ("Mo Cheeks" tagged a place beside "Maurice Cheeks"), and so is an
    initial before a person's surname whatever its tag ("J. Varga" tagged ORG beside "Julio Varga": spaCy's tag of
    such a form depends on the surname, issue #19)."""
    people = {m.tokens for mentions in per_article for m in mentions if m.label == "person" and len(m.tokens) > 1}
    rewrite = initial_variants(people)
    surnames = {tokens[-1] for tokens in people}
    variants = person_variants(people | {m.tokens for mentions in per_article for m in mentions
                                         if len(m.tokens) == 2 and m.tokens[-1] in surnames})
    rewrite.update({key: rewrite.get(variants[key], variants[key]) for key in variants if key not in rewrite})
    initialled = {m.tokens for mentions in per_article for m in mentions
                  if len(m.tokens) > 1 and len(m.tokens[0]) == 1 and m.tokens[-1] in surnames}
    rewrite.update({key: full for key, full in initial_given_names(people | initialled, rewrite).items()
                    if key not in rewrite})
    rewrite = {key: _followed(key, rewrite) for key in rewrite}  # "John E. Lee" → "John Lee" → "John Ernest Lee"
    return _hyphenated([[replace(m, key=rewrite[m.key]) if m.key in rewrite else m for m in mentions]
                        for mentions in per_article], people, rewrite)


def _hyphenated(per_article: list[list[Mention]], people: set[tuple[str, ...]],
                rewritten: dict[str, str]) -> list[list[Mention]]:
    """A hyphenated surname written alone takes the one full name's key, as :func:`_unify_initials` rewrote it
    (:func:`.variants.hyphenated_surnames`)."""
    hyphenated = {m.tokens for mentions in per_article for m in mentions
                  if len(m.tokens) > 1 and _HYPHENATED.fullmatch(m.text)}
    rewrite = hyphenated_surnames(hyphenated, people)
    return [[replace(m, key=rewritten.get(rewrite[m.key], rewrite[m.key])) if m.key in rewrite else m
             for m in mentions] for mentions in per_article]


_HYPHENATED = re.compile(r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+")
"""One word of capitalised parts joined by hyphens ("Lumo-Kade"): a surname when a full person name ends in it."""


def _untitled(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """A span tagged a place or body that opens with a title before a full person name the story writes as a person
    elsewhere ("Trooper Ana Lee" tagged ORG beside "Ana Lee") is that person's mention, the title left out; so is a
    span opening with a role's or body's acronym ("GM Ana Lee", "NBA Ana Lee", :data:`_ACRONYM_OPENING`), whatever its
    tag, and one a common noun opens ("Landlord Ana Lee", :func:`.common_openings.common_opening`)."""
    people = {m.key for mentions in per_article for m in mentions if m.label == "person" and not m.short}
    lowered = lower_words(texts)
    result: list[list[Mention]] = []
    for mentions, text in zip(per_article, texts, strict=True):
        kept: list[Mention] = []
        for m in mentions:
            title = (TITLE_OPENING.match(m.text) if m.label != "person" else None) or _ACRONYM_OPENING.match(
                m.text) or _ROLE_OPENING.match(m.text)
            start = m.start + title.end() if title is not None else m.start
            if title is not None and name_key(text[start:m.end]) in people:
                m = make_mention(m.article, text, (start, m.end), "person", m.paragraph)
            elif m.label != "work" and (common := common_opening(text, m.start, m.end, people, lowered)) is not None:
                m = make_mention(m.article, text, (common, m.end), "person", m.paragraph)
            kept.append(m)
        result.append(kept)
    return result


_ACRONYM_OPENING = re.compile(r"^[A-Z]{2,4}\s+(?=[A-Z][a-z])")
"""Two to four capitals opening a span before a capitalised word ("GM Ana Lee" for general manager,
ECB+ topic 5, issue #19's eleventh round): a role's or body's acronym, cut off when what follows is a person's full
name the story writes."""


_ROLE_OPENING = re.compile(r"^(?:Comedian|Producers?|Director|Author|Writer|Novelist|Filmmaker|Journalist|"
                           r"Columnist|Presenter|Host|Star|Veterans?|Broadcaster|Designer|Chef|Artist|Musician|"
                           r"Singer|Actor|Actress|Rapper|Gymnast|Swimmer|Sprinter|Skater|Skier|Golfer|Boxer|"
                           r"Athlete|Coach)\s+(?=[A-Z][a-z])")
"""A role in capitals opening a span before a capitalised word ("Comedian Ana Lee", which spaCy keeps in the name at a
sentence's start; ECB+ topic 2, issue #19's eleventh round): cut off when what follows is a person's full name the
story writes. The athletes' roles were added from D28's seed-105 reading (AllSides 5826: "Gymnast" kept in a
gymnast's name opening an article, the span typed a body)."""


def _followed(key: str, rewrite: dict[str, str]) -> str:
    """Where a chain of rewrites ends (each key is rewritten at most once per step; a cycle stops where it closes)."""
    seen = {key}
    while (key := rewrite.get(key, key)) not in seen:
        seen.add(key)
    return key


def _join_nicknames(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """A nickname written in quotation marks or brackets between a person's given name and surname ('Ana "The Fox"
    Lee', however spaCy cut it) and written alone ("Fox", "the Fox") is that person, when the story gives it to one
    person only and the person's name is written as a name of the story; where the bracket holds the name the story
    writes ("Taya (Wilta) Lee" beside "Wilta Lee"), the word before it is that person's other name (gun-violence
    incident 412069, issue #19); the nickname and the surname written as a name elsewhere ("Josue 'Josh' Lee" beside
    "Josh Lee" in another article) are that person too (gun-violence incident 653539)."""
    keys = {m.key for mentions in per_article for m in mentions if len(m.tokens) > 1}
    owners: dict[str, set[str]] = {}
    for text in texts:
        for match in _NICKNAMED.finditer(text):
            nickname = _THE_NICKNAME.sub("", match.group(2))
            given = name_key(f"{match.group(1)} {match.group(3)}")
            person = given if given in keys else name_key(f"{nickname} {match.group(3)}")  # "Luis (Jerry) Ortiz"
            if person in keys:
                owners.setdefault(name_key(nickname), set()).add(person)
            if person != given and person in keys:  # "Taya (Wilta) Lee" beside "Wilta Lee": "Taya" is hers too
                owners.setdefault(name_key(match.group(1)), set()).add(person)
            called = name_key(f"{nickname} {match.group(3)}")
            if person == given and called != given and called in keys:  # "Josue 'Josh' Lee" beside "Josh Lee"
                owners.setdefault(called, set()).add(given)
    rewrite = {nick: next(iter(people)) for nick, people in owners.items() if len(people) == 1 and nick}
    return [[replace(m, key=rewrite[m.key], label="person") if m.key in rewrite else m for m in mentions]
            for mentions in per_article]


_NICKNAMED = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:``|[\"“‘'(])([A-Z][^\"“”‘’'`()\n]{0,28})(?:''|[\"”’')])\s+"
                        r"((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")
"""A given name, a nickname in quotation marks or brackets and a surname ('Ana "The Fox" Lee', "Ana (Annie) Lee");
the person is the given name's or, when the story writes that name, the nickname's with the surname ("Annie
Lee")."""
_THE_NICKNAME = re.compile(r"^[Tt]he\s+")
"""'The' opening a nickname ("The Fox"): the nickname alone is written without it ("Fox")."""
