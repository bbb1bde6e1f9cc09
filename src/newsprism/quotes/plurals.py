"""What a 'they' standing as a quotation's source stands for: the plural subject of people opening its sentence, or
the one the sentence before has; an 'it' read the same way for a body (read for
:func:`~newsprism.quotes.antecedents.described_antecedents`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsprism.entities import kind_words
from newsprism.lexicon import ONE_PERSON_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS, TITLES
from newsprism.model import Evidence
from newsprism.nlp.sentences import Paragraphs
from newsprism.quotes.cues import MAX_SOURCE_TOKENS, Token
from newsprism.quotes.descriptions import INSTITUTION_NOUNS
from newsprism.quotes.gender import bare_pronoun
from newsprism.quotes.source_spans import of_phrase_last
from newsprism.quotes.words_at import opens, sentence_before, word_at


def plural_antecedent(text: str, paragraphs: Paragraphs | None, at: int) -> str | None:
    """The people a 'they' source at ``at`` stands for: the plural subject opening its sentence, else the one the
    sentence before has as its subject; None when neither is read."""
    return _plural_opener(text, at) or _plural_before(paragraphs, at) or _subject_before(paragraphs, at)


PERSON_HEAD_NOUNS = frozenset({*ONE_PERSON_NOUNS, *TITLES, *kind_words.PERSON_HEADS})
"""Nouns of one person ('officer', 'investigator', 'the agency's director'): a description ends in one, and their
plural names people a 'they' can stand for."""


PLURAL_SOURCES = frozenset({"police", "people", "staff", "family", "authorities", "officials"})
"""Last words of a source that a later 'they' can stand for besides a plural in -s ('the attorneys', 'jurors')."""


def plural_source(source: str) -> bool:
    """A source of several people ('both attorneys', 'Deputies', 'Democrats', 'Ana Ruiz and Ben Ode') that 'they'
    can stand for; not a pronoun."""
    words = source.split()
    last = words[-1] if words else ""
    if not last or bare_pronoun(last) in (*PERSON_PRONOUNS, "they", "it", "we"):
        return False
    plural = last.lower().endswith("s") and not last.lower().endswith(("ss", "us", "is", "'s", "’s"))
    return plural or last.lower() in PLURAL_SOURCES or " and " in source


_JOINED_AFTER = re.compile(r"[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
"""A second name joined right after a source ('the Lumo Health Agency | and the Borovia Disease Office said')."""


def joined_source(text: str, end: int) -> bool:
    """The source ending at ``end`` is the first name of a joint subject (:data:`_JOINED_AFTER`), which a later
    'they' can stand for (the joint rule names both at the story stage: :mod:`newsprism.quotes.joint`)."""
    return _JOINED_AFTER.match(text, end) is not None


_PLURAL_OPENING = re.compile(r"(?:[Tt]he\s+)?(?:[a-z]+\s+)?([A-Za-z]+)\s+(?:are|were|have|had|say|said|will|would|"
                             r"could|did|do|also)\b[^.!?\n\"“”]*$")
"""A sentence opening with a plural subject and going on, with no name or quotation, to a 'they' ("Investigators are
still trying to …, but they did say"): the 'they' is that subject (gun-violence incident 518436, issue #19)."""


def _plural_opener(text: str, at: int) -> str | None:
    """The plural subject opening the sentence holding a 'they' source at ``at``, if any (:data:`_PLURAL_OPENING`)."""
    start = max(text.rfind(mark, 0, at) for mark in (". ", "\n", "! ", "? ")) + 1
    sentence = text[start:at].lstrip()
    opening = _PLURAL_OPENING.match(sentence)
    if opening is None or not plural_source(opening.group(1)):
        return None
    return sentence[:opening.end(1)]


def _plural_before(paragraphs: Paragraphs | None, at: int) -> str | None:
    """For a 'they' opening its sentence at ``at``: the people the sentence before in its paragraph has as its main
    subject ('Members of the Ode family, including his aunt, described him as kind. They said …': the members of the
    family, with the 'of' phrase up to a comma; gun-violence incident 552111, issue #19's eleventh round), when its
    head is a plural noun of people (:data:`PERSON_HEAD_NOUNS` with an 's', :data:`PLURAL_SOURCES`); else None."""
    found = word_at(paragraphs, at) if paragraphs is not None else None
    if found is None or found[1].i != found[1].sent.start or found[1].sent.start == 0:
        return None
    paragraph, word = found
    earlier = paragraph.doc[word.sent.start - 1].sent
    subject = next((c for c in earlier.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or (subject.lower_[:-1] not in PERSON_HEAD_NOUNS
                                                    and subject.lower_ not in PLURAL_SOURCES):
        return None
    last = subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == subject.i + 1), None)
    if of is not None:
        last = next((t.nbor(-1) for t in paragraph.doc[of.i:of.right_edge.i + 1] if t.text == ","), of.right_edge)
    return str(paragraph.doc[subject.left_edge.i:last.i + 1].text)


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def joint_antecedent(paragraphs: Paragraphs | None, at: int, word: str = "they") -> str | None:
    """The joint subject a 'they' at ``at`` stands for, as written: the nearest noun subject before it in its
    sentence, or for a 'they' opening its sentence the main subject of the sentence before, when it is a name joined
    to other names or to a plural of people ('Ana Ruiz, Ben Ode and Cleo Marr shocked the panel, blasting the agency,
    which they say …', 'Ana Ruiz and three fellow skaters testified, charging …'; the 'they' had been left
    unresolved or credited to the first name: AllSides 5699 and 5880, read in issue #19's twenty-third and twentieth
    rounds' honest checks); the names only, no common noun before the first ('Skaters Ana Ruiz, …')."""
    subject = _subject_of(word, paragraphs, at, _joint, nouns_only=True)
    if subject is None:
        return None
    members = [subject, *_conjuncts(subject)]
    first = next(t for t in subject.subtree if (t.pos_ == "PROPN" and t.tag_ != "NNPS") or t.i == subject.i)
    last = max((_named_noun(t) or _counted_people(t) or t).i for t in members)
    return str(subject.doc[first.i:last + 1].text)


_DESCRIBED_PLURAL = re.compile(r"^[Tt]he\s+([a-z]+)$")
"""A source that is 'the' and a plural noun of people ('The lawmakers', 'the senators')."""


def described_joint(source: Evidence, paragraphs: Paragraphs | None, text: str,
                    speaking: Evidence | None) -> str | None:
    """The joint subject a plural description of people (:func:`plural_description`) stands for, read as a 'they'
    is (:func:`joint_antecedent`), when the last source credited before it (``speaking``) is in that subject: 'Steny
    Hoyer and his colleagues said … The lawmakers said …' (AllSides 5667, left anonymous in E16's honest reading,
    issue #19, helper E19); not 'X and Y were charged. The prosecutors said', where the joint subject said nothing."""
    joint = joint_antecedent(paragraphs, source.start, "the") if plural_description(source.text) else None
    at = text.rfind(joint, 0, source.start) if joint is not None and speaking is not None else -1
    return joint if speaking is not None and 0 <= at <= speaking.start < at + len(joint or "") else None


def plural_description(source: str) -> bool:
    """The source is 'the' and a plural noun of people alone ('The lawmakers', 'the senators', 'the officials'), as
    :func:`_people` reads a parsed one."""
    described = _DESCRIBED_PLURAL.match(source.strip())
    word = described.group(1) if described is not None else ""
    return word.endswith("s") and (word in PERSON_NOUNS or word in GROUP_PLURALS or word[:-1] in PERSON_HEAD_NOUNS)


def _joint(token: Token) -> bool:
    """A name with others joined to it, each a name, a plural noun ('Ana Ruiz and three fellow skaters'), a noun
    with a name in apposition ('Vexo and its partner Lumo Pharma': AllSides 5703's 'Pfizer and its partner …', the
    'they' after it left unresolved, issue #19's twenty-fifth round's list) or a count of people
    (:func:`_counted_people`)."""
    conjuncts = _conjuncts(token)
    return token.pos_ == "PROPN" and bool(conjuncts) and all(
        t.pos_ == "PROPN" or t.tag_ == "NNS" or _named_noun(t) is not None or _counted_people(t) is not None
        for t in conjuncts)


def _counted_people(token: Token) -> Token | None:
    """The plural noun of people a number counts out of, right after it ('four of her colleagues', '11 of his fellow
    Republicans': 'colleagues', 'Republicans'), if any: E18 read 'X and four of his colleagues wrote … They said'
    left unresolved (issue #19, helper E19)."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
    if token.pos_ != "NUM" or of is None:
        return None
    counted = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")), None)
    return counted if counted is not None and (counted.pos_ == "PROPN" or _people(counted)) else None


def _named_noun(token: Token) -> Token | None:
    """The name in apposition right after a singular common noun ('its partner Lumo Pharma': 'Pharma'), if any."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i), None)


def _conjuncts(token: Token) -> list[Token]:
    """The words joined to ``token`` ('and' chains: 'A, B, and C'), not those joined inside a phrase hanging on it
    ('Ana Ruiz, director of the Office of Management and Budget': NeuS train 1502, 0-based, in this rule's audit)."""
    found: list[Token] = []
    chain = [token]
    while chain:
        found += (joined := [c for c in chain.pop().children if c.dep_ == "conj"])
        chain += joined
    return sorted(found, key=lambda t: t.i)


def _subject_before(paragraphs: Paragraphs | None, at: int) -> str | None:
    """The people a 'they' at ``at`` stands for by the parse: inside its sentence, the nearest subject before it
    that is a plural noun of people or a group of them ('as police investigated what they described as', 'The
    family of the boy has hired a lawyer, and they say'); for a 'they' opening its sentence, the main subject of the
    sentence before, also across a paragraph's start ('Lumo County authorities believe … | They say …'). Issue
    #19's seventeenth round: 'they' was left unresolved on PolNeAR dev and gun-violence dev pages."""
    subject = _subject_of("they", paragraphs, at, lambda token: _people(token) or _joint_people(token))
    if subject is None:
        return None
    return str(subject.doc[subject.left_edge.i:_conjuncts(subject)[-1].i + 1].text) if _joint_people(subject) \
        else _phrase(subject)


def _joint_people(token: Token) -> bool:
    """Plural nouns joined by 'and', one of people at least ('As ever, the media and politicians are inflating the
    findings … They declare …': the joint description; AllSides crawled 5786, E22's seed-99 honest reading, issue
    #19: the 'they' was left bare because 'media' names no people)."""
    members = [token, *_conjuncts(token)]
    return len(members) > 1 and all(t.pos_ == "NOUN" and t.tag_ == "NNS" for t in members) and any(
        _people(t) for t in members)


def body_antecedent(paragraphs: Paragraphs | None, at: int) -> str | None:
    """The body or place an 'it' source at ``at`` stands for, read as a 'they' is (:func:`_subject_before`): a
    subject that is an organisation, a place or a nation's people by the entity recogniser, or a body's noun ('The
    city sent a letter. It says …'); the entity's whole name. Read before the last speaker that is no person."""
    subject = _subject_of("it", paragraphs, at, _body)
    if subject is None:
        return None
    entity = next((ent for ent in subject.doc.ents if ent.start <= subject.i < ent.end), None)
    return str(entity.text) if entity is not None else _phrase(subject)


MEDIA_NOUNS = frozenset({"newspaper", "paper", "magazine", "daily", "tabloid"})
"""Nouns by which a story goes on about a publication it has named ('The Lumo Herald reported … The newspaper said'):
NeuS train 2121 and 1739, read in issue #19's nineteenth round's honest checks, left them anonymous. Not 'the
network' / 'the outlet': on the flip set (PolNeAR dev, gun-violence dev pages) 'The network said' followed 'The New
York Times reported that the network's editor …', the broadcaster the report was about."""
_MEDIA = re.compile(r"^[Tt]he\s+(?:[a-z]+\s+)?(" + "|".join(sorted(MEDIA_NOUNS)) + r")$")


def outlet_antecedent(source: str, paragraphs: Paragraphs | None, at: int) -> str | None:
    """The outlet a source 'the newspaper' (:data:`MEDIA_NOUNS`) at ``at`` stands for, read as an 'it' is
    (:func:`body_antecedent`): an organisation the entity recogniser finds as the subject before it in its sentence, or
    of the sentence before for a source opening its sentence; its whole name."""
    if _MEDIA.match(source.strip()) is None:
        return None
    subject = _subject_of("the", paragraphs, at, lambda token: token.ent_type_ == "ORG")
    entity = next((ent for ent in subject.doc.ents if ent.start <= subject.i < ent.end), None) if subject else None
    return str(entity.text) if entity is not None else None


def _subject_of(pronoun: str, paragraphs: Paragraphs | None, at: int, fits: Callable[[Token], bool],
                nouns_only: bool = False) -> Token | None:
    """The subject a pronoun at ``at`` stands for: the nearest one before it in its sentence that ``fits`` (none
    inside quoted words, after an odd count of quotation marks; a subject before a partial quotation is one: 'Lumo
    and its partner Kade will seek … “as soon as possible,” they said', AllSides 5653 in R4s's honest reading of
    issue #19, where any later quotation mark had ruled it out; with ``nouns_only``, the nearest noun subject,
    which must fit: no other subject named between), or for a pronoun opening its sentence the main subject of the
    sentence before (across a paragraph's start too), when it fits."""
    place = word_at(paragraphs, at) if paragraphs is not None else None
    if paragraphs is None or place is None or place[1].lower_ != pronoun:
        return None
    paragraph, word = place
    if not opens(word):
        words = paragraph.doc[word.sent.start:word.i]
        found = [t for t in words if t.dep_ in _SUBJECTS and (fits(t) or (nouns_only and t.pos_ in _NOUNS))]
        found = [t for t in found[-1:] if fits(t)] if nouns_only else found
        quoted = found and sum(t.is_quote for t in words if t.i < found[-1].i) % 2 == 1  # inside quoted words
        return found[-1] if found and not quoted else None
    earlier = sentence_before(paragraphs, paragraph, word)
    subject = next((c for c in earlier.root.children if c.dep_ in _SUBJECTS), None) if earlier is not None else None
    return subject if subject is not None and fits(subject) else None


_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
_PLACE_NOUNS = frozenset({"city", "county", "state", "country", "town", "village", "nation"})
"""Nouns of a place that speaks as a body ('The city sent a letter. It says …')."""


def _body(token: Token) -> bool:
    """A subject that is a body or a place: by its entity label, or a body's or a place's noun."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
        return False
    return token.ent_type_ in _BODY_LABELS or token.lower_ in INSTITUTION_NOUNS or token.lower_ in _PLACE_NOUNS


GROUP_PLURALS = frozenset({"aides", "critics", "insiders", "opponents", "lawmakers", "investigators", "prosecutors",
                           "supporters", "detectives", "witnesses", "activists", "advocates", "voters", "organizers",
                           "organisers", "researchers", "scientists", "doctors", "lawyers", "attorneys", "relatives",
                           "colleagues", "politicians"})
"""Plural nouns of people the person lists lack ('McConnell aides acknowledged … But they emphasized'; PolNeAR dev
and gun-violence dev pages, issue #19's seventeenth round; 'colleagues': 'X and four of his colleagues', E19;
'politicians': 'the media and politicians … They declare', AllSides crawled 5786, E22's seed-99 honest reading)."""


def _people(token: Token) -> bool:
    """A noun of several people: a plural of a person's noun ('deputies', 'investigators') or a group
    (:data:`PLURAL_SOURCES`)."""
    word = token.lower_
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return word in PLURAL_SOURCES or (token.tag_ in ("NNS", "NNPS") and (
        word in PERSON_NOUNS or word in GROUP_PLURALS or word[:-1] in PERSON_HEAD_NOUNS))


def _phrase(subject: Token) -> str:
    """The subject's noun phrase up to its head word, with an 'of' phrase after it up to a comma or a clause ('The
    family of the boy'); the head word and its compounds alone where the phrase is longer than a source's."""
    doc = subject.doc
    last = subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == subject.i + 1), None)
    if of is not None:
        last = of_phrase_last(of)
    first = subject.left_edge.i
    if last.i - first > MAX_SOURCE_TOKENS:
        first = min([subject.i, *(c.i for c in subject.children if c.dep_ == "compound")])
        last = subject
    return str(doc[first:last.i + 1].text)
