"""The people an article names, for the speakers of its quotations: PERSON entities from their first proper noun,
the names the entity recogniser missed and their later bare surnames, each with what tells its gender, its title
and whether it is its clause's subject; and a name's bare form without honorifics and titles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsprism.entities import kind_words
from newsprism.lexicon import TITLE_SHORT_FORMS, TITLES, alternation
from newsprism.nlp.sentences import Paragraph
from newsprism.quotes.gender import Gender, first_name_gender, mention_gender

SUBJECT_DEPS = ("nsubj", "nsubjpass")
SPEAKER_TITLES = (*TITLES, "rev", "lord", "lady", "councillor", "councilman", "councilwoman", "sheriff", "coach",
                  "atty", "dist", "det", "undersheriff", "cmdr", "commander")
"""The entities' titles, and titles that stand before a speaker's name in a source phrase but would cut a name
short in an entity ('Lady Gaga'), or abbreviations a name's entity may open with ('Dist. Atty. Ana Ruiz')."""
HONORIFICS = re.compile(
    r"^(?:(?:" + alternation(SPEAKER_TITLES) + r")\.?\s+)+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_INNER_TITLE = re.compile(
    r"\b(?:" + alternation(SPEAKER_TITLES) + r")\.?\s+"
    r"(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+$)", re.IGNORECASE)
"""A title word followed by a name of two capitalised words or more that ends the phrase."""


@dataclass(frozen=True)
class PersonMention:
    """A PERSON entity in the article: offsets into its text and the words."""

    start: int
    end: int
    text: str
    subject: bool = False
    """the mention is the subject of its sentence's main verb: who a following 'he' most likely stands for"""
    gender: Gender | None = None
    """what this mention tells of the person's gender (an honorific, the pronoun after it)"""
    title: str = ""
    """the common noun standing as a title right before the name, lower-cased ('comedian'), else ''"""
    title_start: int = -1
    """where that title starts in the article's text (-1: no title)"""


def people_in(paragraphs: Sequence[Paragraph], title: str | None = None) -> list[PersonMention]:
    """Every PERSON entity of the parsed paragraphs, in text order, from its first proper noun ('Having Jackman',
    'Comedian Ellen DeGeneres' at a sentence's start: Jackman, Ellen DeGeneres), but names that only modify a
    common noun ("a former Kestrel instructor pilot", "a strong Oscar contender": no person Kestrel speaks or is
    'she'); first the people the article's title names (:func:`title_people`)."""
    found = title_people(title)
    for p in paragraphs:
        for ent in p.doc.ents:
            if ent.label_ != "PERSON":
                continue
            first = next((t for t in ent if t.pos_ == "PROPN"), None)
            if first is None or (_modifier(ent.root) and not _behind_title(first)) or _title_alone(
                    ent.doc[first.i:ent.end].text) or _body(ent):
                continue
            name = ent.doc[first.i:ent.end]
            title, title_at = _title_of(ent, first.i)
            found.append(PersonMention(p.start + name.start_char, p.start + name.end_char, name.text,
                                       _main_subject(ent.root), mention_gender(ent), title,
                                       p.start + title_at if title else -1))
    found += [_mention(p, span) for p in paragraphs for span in _unlabelled_names(p.doc, p.text) if not _body(span)]
    starts = {m.start for m in found}
    found += [m for p in paragraphs for span, title in _titled_names(p.doc, p.text)
              if (m := _titled_mention(p, span, title)).start not in starts]
    return sorted([*found, *_unlabelled_surnames(paragraphs, found)], key=lambda mention: mention.start)


TITLE_AT = -1
"""Where a person the title names stands in the text: before its first character (the title is read first)."""
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{5,}\b")
"""A lower-case word of five letters or more: a title with none is in headline case, where capitals tell no names
('Mother Mourns Son Killed In Park'); set by hand (headline styles may leave 'with' or 'from' in lower case)."""


def title_people(title: str | None) -> list[PersonMention]:
    """The people a sentence-case title names ('Ana Ruiz mourns a son killed on Friday.'): two or three capitalised
    words whose first is a first name that tells the sex (as :func:`_unlabelled_names`) and that hold no body's or
    place's word, placed before the text (:data:`TITLE_AT`), so that a 'she' opening the text and the person's bare
    surname later are read as that person (gun-violence incident 516341, issue #19's twelfth round: the text opened
    with '“…,” she said' and the surname was tagged an organisation). No subject of a clause: a pronoun goes to them
    only when no one of its sex is named before it in the text (as a subject, a title's name took a 'he' from the
    person named in the sentence before: gun-violence incident 270733, read on 300 dev pages)."""
    if not title or not _LOWER_WORD.search(title):
        return []
    found = []
    for match in _NAME_RUN.finditer(title):
        gender = first_name_gender(match.group(1))
        if gender is not None and not any(word.lower() in _NOT_NAME_WORDS | BODY_WORDS
                                          for word in match.group(0).split()):
            found.append(PersonMention(TITLE_AT, TITLE_AT + 1, match.group(0), False, gender))
    return found


BODY_WORDS = frozenset({"police", "department", "office", "council", "committee", "agency", "county", "city"})
"""Last words of a name the recogniser took for a person that name a body or a place ('Houston Police')."""
PLACE_PREPOSITIONS = frozenset({"from", "in"})
"""A lone proper noun after these is where someone is from, not someone ('a 17-year-old from Dorchester')."""


def _body(ent: Any) -> bool:
    """A 'person' that is a body ('Houston Police') or a place a person comes from ('a 17-year-old from
    Dorchester') or something is in ('a hospital in Royal Oak': ECB+ dev topic 18, issue #19's twelfth round, found
    on its check half): no one a pronoun stands for."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    owner = ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in ("'s", "’s")  # 'a shift in Ana Ruiz's view'
    return ent[-1].lower_ in BODY_WORDS or (len(ent) == 1 and before in PLACE_PREPOSITIONS) or (
        before == "in" and not owner)


def _mention(paragraph: Paragraph, span: Any) -> PersonMention:
    return PersonMention(paragraph.start + span.start_char, paragraph.start + span.end_char, span.text,
                         _main_subject(span.root), mention_gender(span))


NAME_RUN = (2, 3)
"""How many capitalised proper nouns a person's name that the entity recogniser missed has ('Autumn Perkins',
'Bettie Mae Page')."""


def _unlabelled_names(doc: Any, text: str) -> list[Any]:
    """Names of people the entity recogniser left unlabelled or took for an organisation ('Bettie Page' labelled
    ORG): a run of two or three capitalised proper nouns, none in a person entity, whose first word is a first name
    that tells the sex (:func:`~newsprism.quotes.gender.first_name_gender`: 'Autumn', not 'Kim') or that is joined
    by 'and' to a person's name. Candidates are found in the text first (few), then checked against the parse."""
    found = []
    for match in _NAME_RUN.finditer(text):
        known = first_name_gender(match.group(1)) is not None
        if not known and " and " not in (text[max(0, match.start() - 5):match.start()], text[match.end():
                                                                                          match.end() + 5]):
            continue  # neither a first name that tells the sex nor 'and' beside it
        span = doc.char_span(match.start(), match.end())
        if span is not None and all(_name_word(t) for t in span) and not (
                span.end < len(doc) and _name_word(doc[span.end])) and (known or _joined_to_person(span.root)) \
                and not any(_no_name_word(t.lower_) for t in span):
            found.append(span)
    return found


def _no_name_word(word: str) -> bool:
    """A body's, a place's or a rank's word, which no person's name holds ('Troy Police Lt. Ana Ruiz': the run
    'Troy Police Lt' opens with a first name; ECB+ dev topic 18, issue #19's twelfth round, found on its check
    half)."""
    return word in BODY_WORDS or word in _NOT_NAME_WORDS or word in TITLE_SHORT_FORMS


_TITLED_NAME = re.compile(r"(?<![\w.])((?i:" + alternation(SPEAKER_TITLES) + r"))\.?[^\S\n]+([A-Z][a-z]+(?:[^\S\n]+"
                          r"[A-Z][a-z]+)?)(?![\w'’-])")
"""A title and one or two capitalised words after it ('Lt. Harlan', 'Detective Ana Harlan')."""


def _titled_names(doc: Any, text: str) -> list[tuple[Any, str]]:
    """Names the entity recogniser left unlabelled or took for an organisation behind a capitalised title ('Lt.
    Harlan', 'Detective Harlan', 'Officer Ana Lee': the officer who speaks, whom a later 'he' stands for; gun-violence
    incident 558796, issue #19's eleventh round): the words after the title, all proper nouns outside every entity
    but an organisation, with no proper noun right after them, and the title."""
    found = []
    for match in _TITLED_NAME.finditer(text):
        span = doc.char_span(match.start(2), match.end(2))
        if not match.group(1)[:1].isupper() or span is None or _body(span) or _inside_name(text, match.start(1)) or any(
                t.lower_ in _NOT_NAME_WORDS for t in span):
            continue
        if all(_name_word(t) for t in span) and not (span.end < len(doc) and doc[span.end].pos_ == "PROPN"):
            found.append((span, match.group(1).lower()))
    return found


_NOT_NAME_WORDS = frozenset({*kind_words.BODY_WORDS, *kind_words.HOSPITAL_WORDS, *kind_words.PLACE_WORDS,
                             *kind_words.STREET_WORDS})
"""Words that make the capitalised words after a title a body's or a place's name ('General Hospital')."""
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\.?[^\S\n]+$")


def _inside_name(text: str, at: int) -> bool:
    """A capitalised word that is no title stands right before the title at ``at`` ('Lumo General Hospital'): the
    title word is part of a name."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and before.group(1).lower() not in SPEAKER_TITLES and before.group(1).lower() not in (
        "police", "county", "city", "state")


def _titled_mention(paragraph: Paragraph, span: Any, title: str) -> PersonMention:
    """A name found behind its title (:func:`_titled_names`), with the title's full noun ('lt' -> 'lieutenant')."""
    mention = _mention(paragraph, span)
    start = paragraph.start + span.start_char
    return PersonMention(mention.start, mention.end, mention.text, mention.subject, mention.gender,
                         TITLE_SHORT_FORMS.get(title, title), start - 1 - len(title))


def _joined_to_person(root: Any) -> bool:
    """The name is joined by 'and' to a person's name ('Odalis Lugo and Gelissa Watson'): a person too, though its
    first name tells no sex."""
    joined = [root.head] if root.dep_ == "conj" else []
    joined += [child for child in root.children if child.dep_ == "conj"]
    return any(token.ent_type_ == "PERSON" for token in joined)


_NAME_RUN = re.compile(r"(?<![\w.])([A-Z][a-z]+)(?:[^\S\n]+[A-Z][a-z]+){1,2}(?![\w'’-])")
"""Two or three capitalised words in a row (a name's candidate)."""


def _name_word(token: Any) -> bool:
    return bool(token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()
                and token.ent_type_ in ("", "ORG"))


def _unlabelled_surnames(paragraphs: Sequence[Paragraph], people: Sequence[PersonMention]) -> list[PersonMention]:
    """The later mentions of a person's surname that the entity recogniser left unlabelled ('Bettie Page' labelled
    a person, then 'Page later said she ...' unlabelled): a capitalised proper noun alone (no proper noun next to
    it) outside every entity but an organisation (a subject when tagged a common noun), whose word is the last of
    a full name of a person the article names."""
    surnames = {m.text.split()[-1] for m in people if len(m.text.split()) >= 2 and m.text.split()[-1].isalpha()}
    if not surnames:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, surnames))) + r")\b")
    found = []
    for p in paragraphs:
        for match in pattern.finditer(p.text):
            span = p.doc.char_span(match.start(), match.end())
            token = span[0] if span is not None and len(span) == 1 else None
            if token is None or token.ent_type_ not in ("", "ORG") or _in_name(token):
                continue
            if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.dep_ in SUBJECT_DEPS):
                found.append(_mention(p, span))
    return found


def _in_name(token: Any) -> bool:
    """The token stands beside another proper noun (part of a longer name: 'Page Six', 'Anna Page Smith')."""
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].pos_ == "PROPN" for i in (token.i - 1, token.i + 1))


def _title_alone(name: str) -> bool:
    """A title with no name ('Atty.' labelled a person on its own, 'NOPD Supt.' before the name the parse cut
    off)."""
    words = bare_name(name).lower().split()
    return not words or " ".join(words).rstrip(".") in SPEAKER_TITLES or words[-1].rstrip(".") in TITLE_SHORT_FORMS


_BEFORE_MODIFIER = frozenset({"DT", "PRP$", "POS", "JJ", "CD"})
"""Tags of a word before a title that make the titled name a modifier again ('the President Lee era', 'a former
Sen. Ode aide')."""


def _behind_title(first: Any) -> bool:
    """The name stands right behind a person's title with no determiner, possessive or adjective before the title
    ('President Ana Lee misunderstood the question', where the parse tagged the verb a noun and hung the name on it
    as a modifier: NeuS train 751, issue #19's seventeenth round): a person, not a modifier."""
    doc = first.doc
    if first.i == 0 or doc[first.i - 1].lower_.rstrip(".") not in SPEAKER_TITLES:
        return False
    return first.i < 2 or doc[first.i - 2].tag_ not in _BEFORE_MODIFIER


def _modifier(root: Any) -> bool:
    """The name modifies a common noun or a word after it ('a Kestrel pilot', 'an Oscar contender', 'the
    Oscar-winning director'), alone or joined by 'and' to another that does ('the Democrat and Chronicle
    newspaper')."""
    if root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.head.i <= root.i:
        return False
    return bool(root.dep_ == "npadvmod" or (root.dep_ in _MODIFIERS and root.head.pos_ == "NOUN"))


_MODIFIERS = ("compound", "amod", "nmod")


def _title_of(ent: Any, first: int) -> tuple[str, int]:
    """The common noun standing as a title right before the name ('comedian Ellen DeGeneres', 'Comedian Ellen
    DeGeneres' at a sentence's start, 'ABC Entertainment Group prexy Paul Lee'), lower-cased, and where it
    starts; ('', -1) when there is none."""
    title = ent.doc[first - 1] if first > 0 else None
    if title is None or title.pos_ != "NOUN" or not title.is_alpha or title.text[1:] != title.text[1:].lower():
        return "", -1
    if title.i < ent.start and title.text[:1].isupper() and not title.is_sent_start:
        return "", -1  # 'Academy producers ...': the capitalised word belongs to a name before
    return title.lower_, title.idx


def _main_subject(token: Any) -> bool:
    """The subject of its sentence's main verb ('Lopez told reporters that Brown ...': Lopez, not Brown), also where
    the parse made the quotation that follows the verb the sentence's root ('McCaskill scolded him: “The … is …”',
    'scolded' a clause of the quotation's 'is', itself one of the 'said' after it)."""
    if token.dep_ == "appos" and token.head.i < token.i:
        token = token.head  # 'Her daughter, Ada Ruiz, lived ...': the apposition names the subject
    if _according_to(token):
        return True  # 'according to Lt. Ada Ruiz': the source the next 'she said' goes on with
    if token.dep_ == "compound" and token.head.pos_ == "VERB" and token.head.dep_ == "ROOT" and not any(
            child.dep_ in SUBJECT_DEPS for child in token.head.children):
        return True  # 'Ruiz bristles at …' with the name a compound of the verb: a misparsed subject (PolNeAR dev)
    if token.dep_ not in SUBJECT_DEPS:
        return False
    head = token.head
    while head.dep_ in ("ccomp", "parataxis") and head.head.i > head.i:
        head = head.head
    return bool(head.dep_ == "ROOT")


def _according_to(token: Any) -> bool:
    head = token.head
    return bool(token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and head.doc[head.i - 1].lower_
                == "according")


def bare_name(text: str) -> str:
    """The name without honorifics, titles or a possessive ending: 'Mr. Putin's' -> 'Putin'; a title phrase
    before a full name goes too ('New Postmaster General Ray Dolan' -> 'Ray Dolan')."""
    name = _POSSESSIVE.sub("", HONORIFICS.sub("", text.strip())).strip()
    titled = list(_INNER_TITLE.finditer(name))
    return name[titled[-1].end():] if titled else name
