"""spaCy's entity spans → cleaned mentions of people, places and organisations, in text order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from newsprism.entities.apposed_works import apposed_work
from newsprism.entities.context import block_cue, context_cue
from newsprism.entities.continued import alias_start, continued
from newsprism.entities.evidence import CUE_WEIGHT, Cue, cue
from newsprism.entities.kind_words import (
    BODY_WORDS,
    CHAMBER_WORDS,
    LAW_WORDS,
    NUMBERED_STREET_ENDS,
    PARTY_ADJECTIVES,
    PLACE_WORDS,
    PROGRAMME_WORDS,
    ROLES_BEFORE_NAMES,
    ROOM_NAMES,
    STATION_NAME,
)
from newsprism.entities.laws import law_cue
from newsprism.entities.makers import maker_end
from newsprism.entities.name_lists import listed
from newsprism.entities.names import (
    ABBREVIATIONS,
    PLACE_KEYS,
    clean_span,
    fold,
    name_key,
    name_tokens,
)
from newsprism.entities.not_entities import not_an_entity, trim_score
from newsprism.entities.owned import owner_cue
from newsprism.entities.panels import chamber_of
from newsprism.entities.place_pairs import place_pair
from newsprism.entities.products import (
    is_disease,
    is_product,
    is_the_product,
    is_vehicle,
    members_body,
    pipeline_name,
    plural_body,
)
from newsprism.entities.pronouns import pronoun_after
from newsprism.entities.roles import role_only
from newsprism.entities.states import AP_STATE_BEFORE
from newsprism.entities.title_bodies import titled_name
from newsprism.lexicon import CONTAINERS
from newsprism.memo import per_article
from newsprism.model import EntityType
from newsprism.nlp.sentences import ParsedArticle

if TYPE_CHECKING:  # spaCy loads only with a model (importing newsprism loads none)
    from spacy.tokens import Span

LABELS: dict[str, EntityType] = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "organisation",
}
"""spaCy label → entity type; NORP, DATE, MONEY and the other labels are not entities here (LAW: :func:`_label`)."""


def _label(ent: Any) -> EntityType | None:
    """:data:`LABELS`' type of spaCy's span; a LAW span ending in a law's word is a work ("the Lumo Care Act", NeuS
    train 2257, 0-based: a law named 3 times had no record), other LAW spans no entity ("Section 230"); a PERSON
    span ending in a programme's word (:data:`.kind_words.PROGRAMME_WORDS`) is a work."""
    if ent.label_ == "LAW":
        return "work" if fold(ent[-1].text).strip(".") in LAW_WORDS else None
    if ent.label_ == "PERSON" and len(ent) > 1 and fold(ent[-1].text) in PROGRAMME_WORDS:
        return "work"  # "Emergency Rental Assistance": a programme, no person
    if ent.label_ == "ORG" and len(ent) > 1 and law_cue(ent.doc.text, ent.start_char, ent.end_char, ent[-1].text):
        return "work"  # "passed the Lumo Rescue Plan": a law, no body (:mod:`.laws`)
    if ent.label_ in ("GPE", "LOC") and _DOTTED_BODY.fullmatch(ent.text) and (
            ent.text.replace(".", "").lower() not in ABBREVIATIONS):
        return "organisation"  # "The F.B.I. said": a body's acronym, no place
    return LABELS.get(ent.label_)


_DOTTED_BODY = re.compile(r"(?:[A-Z]\.){3,}")
"""A dotted acronym of three capitals or more ("F.B.I.", "C.D.C."), which spaCy tags a place (AllSides roundup 5973,
D27's seed-104 honest reading; the only such place record of D22's 805 stories but "B.S."): a body's, unless
:data:`.names.ABBREVIATIONS` knows it as a place ("U.A.E."); "U.S." and "U.K." have two letters."""


@dataclass(frozen=True)
class Mention:
    """One cleaned entity mention: ``text == article.text[start:end]``."""

    article: str
    start: int
    end: int
    text: str
    label: EntityType
    """the type spaCy's label gives this one mention (the entity's type is the majority over its mentions)"""
    key: str
    """:func:`newsprism.entities.names.name_key` of the text"""
    tokens: tuple[str, ...]
    paragraph: int
    """index of the paragraph in the article, for the recency rule of short names"""
    honorific: Literal["male", "female"] | None = None
    """"Mr" (male) or "Mrs", "Ms", "Miss" (female) written right before the name"""
    descriptive: bool = False
    """a description ("North Korean leader") rather than a name: counted as a mention, never as a name"""
    cue: Cue | None = None
    """the type the words of the name and around it give (:mod:`.evidence`), voting above spaCy's label"""
    product: bool = False
    """a product word or class suffix follows the name ("the Lumo rocket"): see :func:`.clutter.drop_products`"""
    disease: bool = False
    """an outbreak word follows the name ("the Lumo-19 pandemic"): see :func:`.clutter.drop_products`"""
    the_product: bool = False
    """the name is the product itself ("the Lumo operating system", :func:`.products.is_the_product`)"""
    pronoun: Literal["male", "female"] | None = None
    """the sex of a pronoun right after the name in the clause it opens (:func:`.pronouns.pronoun_after`)"""

    @property
    def short(self) -> bool:
        """A one-word name: a surname, a given name or a one-word place or body."""
        return len(self.tokens) == 1


@per_article  # an article's mentions are read once per story (issue #20)
def article_mentions(parsed: ParsedArticle) -> list[Mention]:
    """Every person, place and organisation spaCy found in the article, cleaned, in text order.

    A span crossing a line break is read as one name per line (a title line glued to the next); a game score
    after a name is cut; units, technical terms and picture credits are left out (:mod:`.evidence`), and so are
    clauses spaCy ran together (:func:`clause_span`)."""
    text = parsed.article.text
    found: list[Mention] = []
    reach = 0  # the end of the last name
    for index, paragraph in enumerate(parsed.paragraphs):
        ents = paragraph.doc.ents
        for at, ent in enumerate(ents):
            label = _label(ent)
            if label is None or clause_span(ent) or paragraph.start + ent.end_char <= reach:
                continue  # inside the name before, which :func:`continued` ran on ("Kade's Grill")
            first = alias_start(text, paragraph.start + _name_start(ent, label), paragraph.start + ent.end_char, reach)
            last, label = continued(text, first, paragraph.start + _and_end(ents, at), label)
            reach = last
            for begin, end, piece in (pair for a, b in _lines(text, first, last, label)
                                      for pair in place_pair(text, a, b, label)):  # "the [U.S.]-[Mexico] border"
                start, kind = titled_name(text, begin, end, piece)  # "Speaker of the [House Ana Lee]"
                span = clean_span(text, start, trim_score(text, start, maker_end(text, start, end)), kind)
                if span is None:
                    continue
                mention = make_mention(parsed.article.id, text, span, kind, index)
                if mention.key and not not_an_entity(text, mention.start, mention.end, mention.tokens) and not (
                        role_only(text, mention)):
                    found.append(mention)
    return listed(sorted(found, key=lambda m: (m.start, m.end)), text)


def _and_end(ents: Any, at: int) -> int:
    """Where spaCy's span ``ents[at]`` ends, or the next span's end when only "and" stands between them, both are
    tagged ORG, this one holds a body's word and a connector and the next names nothing of its own (:func:`_own_name`)
    ("the Lumo Council on Ethical (and) | Judicial Affairs": one body's name cut at its "and", ECB+ dev topic 34,
    issue #19's twelfth round); the next span's end too after a chamber's name cut from its committee's
    (:func:`.panels.chamber_of`)."""
    ent = ents[at]
    if at + 1 < len(ents) and chamber_of(ent, ents[at + 1]):
        return int(ents[at + 1].end_char)  # "the House | Ways and Means Committee" (:mod:`.panels`)
    if at + 1 == len(ents) or not ents[at + 1].label_ == ent.label_ == "ORG" or not _BODY_OF.search(ent.text) or (
            _own_name(ents[at + 1])):
        return int(ent.end_char)
    gap = ent.doc.text[ent.end_char:ents[at + 1].start_char]
    joined = gap == " and " or (gap == " " and ent.text.endswith(" and"))
    return int(ents[at + 1].end_char if joined else ent.end_char)


def _own_name(ent: Any) -> bool:
    """A span that names a body or place of its own: opening with "the" or ending in a body's or place's word ("the
    Lumo Theatre", "Lumo Times")."""
    return ent[0].lower_ == "the" or fold(ent[-1].text).strip(".") in BODY_WORDS | PLACE_WORDS


_BODY_OF = re.compile(r"\b(?:" + "|".join(word.title() for word in BODY_WORDS if word.isalpha()) +
                      r")\s+(?:on|of|for)\s+[A-Z]")


def clause_span(ent: Span) -> bool:
    """A span holding a verb written in lower case ("Smith saw Calloway", "Lee told Reuters") is a clause spaCy
    ran together, no name: names' lower-case words are connectors ("Bank of America", "Stade de Suisse")."""
    return any(token.pos_ in _CLAUSE_POS and token.text.islower() for token in ent)


_SAYING = frozenset({"said", "says", "told", "added", "asked"})
"""Verbs of saying that open a sentence before its speaker's name ("Said Ana Lee, ..."), spaCy running them in; a
span of two words keeps it ("Said Kessel" may be a given name and a surname)."""
_CLAUSE_POS = frozenset({"VERB", "AUX"})
"""spaCy's parts of speech that make a lower-case word a clause's verb inside a span it tagged as a name."""


def _name_start(ent: Any, label: EntityType) -> int:
    """Where a person's name begins in spaCy's span: after leading lower-case words and adjectives
    ("quarterback Ana Lee", "American Ana Lee") and a gerund or participle opening the sentence ("Losing Ana Lee
    is ...", "Born Ana, she ...") and a verb of saying opening it ("Said Ana Lee, ..."); for the other types, after
    a gerund opening the sentence ("Considering Lumo recently bought ...") and a political adjective before a
    chamber's word ("Conservative House"); for a law spaCy tagged a body, after its owner's possessive."""
    tokens = list(ent)
    while label == "person" and len(tokens) > 2 and (tokens[0].is_lower or tokens[0].pos_ == "ADJ"):
        tokens.pop(0)
    if len(tokens) > 1 and tokens[0].tag_ in (("VBG", "VBN") if label == "person" else ("VBG",)) and (
            tokens[0].is_sent_start):
        tokens.pop(0)
    if len(tokens) == 2 and tokens[0].lower_ in PARTY_ADJECTIVES and tokens[1].lower_ in CHAMBER_WORDS:
        tokens.pop(0)  # "Conservative House lawmakers": the chamber (:data:`.kind_words.CHAMBER_WORDS`)
    if len(tokens) > 2 and tokens[0].lower_ in _SAYING and tokens[0].is_title and tokens[0].is_sent_start:
        tokens.pop(0)  # "Said Ana Lee, son of ...": the verb opening the sentence
    if label == "work" and ent.label_ == "ORG" and len(tokens) > 3 and tokens[1].tag_ == "POS":
        del tokens[:2]  # "under Kade's Build Back Lumo Plan": a law's name after its owner's possessive (:mod:`.laws`)
    return int(tokens[0].idx - ent.doc[ent.start].idx + ent.start_char)


_CONTAINER_NAMES = "|".join(sorted((name.title() for name in CONTAINERS if len(name) > 3), key=len, reverse=True))
"""The names of the states, countries and regions (:data:`newsprism.lexicon.CONTAINERS`) as written, longest first."""
_CUT = re.compile(r"(?<=[a-z.])\s*/\s*(?=[A-Z][a-z])|(?<=[a-z])\s+\((?=[A-Z]{2,}\b)|"
                  r"(?<=[A-Za-z])\)(?=[A-Z][a-z])|"
                  r"(?<=[a-z])\s+(?:at|in)\s+(?=[A-Z][a-z])|(?<=[a-z])\s+Courtesy\b\s*|"
                  rf"(?:{AP_STATE_BEFORE})\s+(?=[A-Z][a-z])|(?<=[a-z]),\s+(?=(?:{_CONTAINER_NAMES})$)|"
                  r"(?:(?<=\bHouse)|(?<=\bSenate)|(?<=\bAssembly))\s+and\s+(?=(?:House|Senate|Assembly)\b)")
"""What joins two names spaCy read as one span: a slash between capitalised names, spaced or not ("Ana Lee/Lumo
County", "Ana Lee / Lumo Times": a credit, a caption's list), an opening bracket before an acronym ("Lumo Health
Organization (LHO": the name and its acronym, read on NeuS val story 164), a dateline's closing bracket
("(Lumo)Kade announced"), and "at" or "in" written in lower case ("Lee at Lumo Hospital", "Kade Street in Downtown
Lumo": a person or street, then where), a credit's "Courtesy" ("Ana Lee Courtesy Lumo Police": a caption's
name, then its credit), a state's AP abbreviation ending one sentence before the name opening the next ("Lumo
County, Mo. Ana Lee is ...", gun-violence incident 518436), and the comma of a town and its state or country
("Lumo, New York": two places; as one name it joined the state's other mentions to the town, ECB+ dev topic 21,
issue #19's thirteenth round), and "and" between two chambers ("House and Senate": two bodies, one record in D9's
honest reading of AllSides roundups 5722 and 5843)."""
_NICKNAME_CUT = re.compile(r"(?<=[a-z])\s+\((?=[A-Z][a-z][\w'’-]*$)")
"""A person's span that leaves a bracket unclosed before its last word ("Ana (Annie": a given name and the
nickname spaCy cut before its bracket closes, gun-violence incident 598115, issue #19's thirteenth round). Only a
person's: a body's bracketed word is part of its name ("Lumo Support Command (Forward)"; cut, it lost its
"(Expeditionary)", gun-violence dev incident 121031, issue #19's fourteenth round)."""


def _lines(text: str, start: int, end: int, label: EntityType) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` between line breaks and between names joined as :data:`_CUT` reads."""
    pieces: list[tuple[int, int]] = []
    while (cut := text.find("\n", start, end)) >= 0:
        pieces.append((start, cut))
        start = cut + 1
    pieces.append((start, end))
    return [(a, b) for first, last in pieces for a, b in _slashed(text, first, last, label)]


def _slashed(text: str, start: int, end: int, label: EntityType) -> list[tuple[int, int]]:
    cuts = [*_CUT.finditer(text, start, end), *(_NICKNAME_CUT.finditer(text, start, end) if label == "person" else ())]
    bounds = [start, *(c for match in sorted(cuts, key=lambda m: m.start()) for c in match.span()), end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def make_mention(article: str, text: str, span: tuple[int, int], label: EntityType, paragraph: int) -> Mention:
    """A :class:`Mention` of ``text[span[0]:span[1]]``."""
    start, end = span
    written = text[start:end]
    tokens = name_tokens(written)
    key = name_key(written)
    given = Cue("place", CUE_WEIGHT) if key in PLACE_KEYS else None
    if label == "person" and (plural_body(text, start, tokens) or members_body(text, end) or STATION_NAME.fullmatch(
            written)):
        given = Cue("organisation", CUE_WEIGHT)
    if (label == "person" and pipeline_name(text, end)) or tokens in ROOM_NAMES:
        given = Cue("place", CUE_WEIGHT)  # "the Lumo XL pipeline", "the Oval Office": a facility, a room
    if len(tokens) > 1 and _singular(tokens[-1]) in ROLES_BEFORE_NAMES | _FORCE_MEMBERS:
        given = Cue("organisation", CUE_WEIGHT)  # "Lumo County Sheriff's Deputies": the force's people, no place
    if len(tokens) > 1 and tokens[-1] + "s" in _PLURAL_BODIES:  # "a Crime Stopper tip": the tip line's name
        tokens, key, given = (*tokens[:-1], tokens[-1] + "s"), key + "s", Cue("organisation", CUE_WEIGHT)
    given = given or _context_or_own(text, start, end, tokens) or owner_cue(written, text[end:end + 40], label, key)
    car = is_vehicle(text, start, end, tokens)
    return Mention(article=article, start=start, end=end, text=written, label=label, key=key,
                   tokens=tokens, paragraph=paragraph, honorific=honorific(text, start),
                   pronoun=pronoun_after(text, start, end) if len(tokens) == 1 else None,
                   cue=None if car else given,
                   product=car or is_product(text, start, end), disease=is_disease(text, start, end),
                   the_product=car or is_the_product(text, start, end))


_PLURAL_BODIES = frozenset({"stoppers", "airlines", "airways"})
"""Body words written in the plural that a story writes in the singular before a noun ("a Lumo Crime Stopper tip",
"a Kade Airline flight"): the body's name, keyed as written in the plural (issue #19's known wrong kinds: "Crime
Stopper" a person apart from "Crime Stoppers")."""
_FORCE_MEMBERS = frozenset({"agent", "trooper", "marine", "soldier", "ranger"})
"""Members of a force besides :data:`ROLES_BEFORE_NAMES`: a name ending in their plural ("Lumo County Sheriff's
Deputies", "Lumo Police Officers", which spaCy tagged a place on gun-violence incident 518436) is the body's."""


def _singular(word: str) -> str:
    """A plural noun's singular ("deputies" → "deputy", "officers" → "officer"), "" for a word that is no plural."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else ""


def _context_or_own(text: str, start: int, end: int, tokens: tuple[str, ...]) -> Cue | None:
    """The cue of the phrase around the name (:mod:`.context`), unless the name's own last word says what it is
    ("Lumo Party", "Kade Street"; "Court" may end a street's: "Lumo Avenue and Kade Court"); else the cue of the
    name's words and neighbours (:func:`.evidence.cue`)."""
    named = len(tokens) > 1 and ((tokens[-1] in BODY_WORDS and tokens[-1] not in NUMBERED_STREET_ENDS) or (
        tokens[-1] in PLACE_WORDS))
    before = text[max(0, start - 40):start]
    if named and tokens[-1] not in BODY_WORDS and (street := block_cue(before)) is not None:
        return street  # "the 4000 block of Pecan Valley": a street, whatever place word ends it
    around = None if named else context_cue(before, text[end:end + 30], len(tokens) == 1)
    return apposed_work(text, start, end) or around or cue(text, start, end, tokens)


def type_votes(mentions: Iterable[Mention]) -> dict[EntityType, float]:
    """Votes for each type: 1 per spaCy label, a cue's weight per mention whose context gives one."""
    votes: dict[EntityType, float] = {"person": 0.0, "organisation": 0.0, "place": 0.0, "work": 0.0}
    for mention in mentions:
        votes[mention.label] += 1
        if mention.cue is not None:
            votes[mention.cue.type] += mention.cue.weight
    return votes


def voted_type(mentions: Iterable[Mention]) -> EntityType:
    """The type of most votes (:func:`type_votes`); of equal votes, person, then organisation, place, work."""
    votes = type_votes(mentions)
    order: tuple[EntityType, ...] = ("person", "organisation", "place", "work")
    return max(order, key=lambda kind: (votes[kind], -order.index(kind)))


_HONORIFIC = re.compile(r"\b(Mrs|Ms|Miss|Mr)\.?\s+$")


def honorific(text: str, start: int) -> Literal["male", "female"] | None:
    """The gender an honorific right before ``start`` states: "Mr" → male; "Mrs", "Ms", "Miss" → female."""
    match = _HONORIFIC.search(text, max(0, start - 8), start)
    if match is None:
        return None
    return "male" if match.group(1) == "Mr" else "female"
