"""What a name is when it is no person, place or body: a product's, an award's, a disease's, a team's or a party's.

- a product word after the name ("the Lumo rocket", "Kopa-class"), a model year or colour before it, a version
  number after it mark a product (:func:`is_product`), which :mod:`.clutter` leaves out; :func:`is_the_product` says
  when the name is the product itself rather than its maker's;
- an outbreak word after it marks a disease (:func:`is_disease`);
- a body's members after it ("Lumo Dawn lawmakers"), "the" before a plural ("the Jaguars") or a plural for people
  ending it ("Lumo Boys") mark a body spaCy tagged a person (:func:`members_body`, :func:`plural_body`).

Moved out of :mod:`.evidence`, which reads the type cues of one mention.
"""

from __future__ import annotations

import re

from newsprism.entities.evidence import THE_BEFORE, WORDS_AFTER, following_word
from newsprism.entities.kind_words import (
    BODY_WORDS,
    DISEASE_WORDS,
    NOT_NOUNS,
    PLACE_WORDS,
    PRODUCT_WORDS,
    VEHICLE_MAKES,
)

_CLASS_AFTER = re.compile(r"^-class\b")
_MEMBERS_AFTER = re.compile(r"\s+(?:lawmakers|legislators|MPs|members|deputies|activists|militants|fighters)\b")


def members_body(text: str, end: int) -> bool:
    """A body's members after a name spaCy tags a person ("Lumo Dawn lawmakers walked out", "Kade militants"): the
    name is a party's or group's; a person's followers are written otherwise ("Lee supporters", "Lee voters")."""
    return bool(_MEMBERS_AFTER.match(text, end, end + 20))


_WORKS_AFTER = re.compile(r"\s+(?:(?:oil|gas|crude|natural\s+gas)\s+)?pipelines?\b")
"""A pipeline's word after a name spaCy tags a person ("the Lumo XL pipeline", "the Kade oil pipeline"): the
pipeline's name, a facility and so a place (D8's seed-73 reading, NeuS train 1254, 0-based: "Keystone XL" a person).
Asked of person-tagged names only: a company's name before its pipeline ("the Lumo Energy pipeline", tagged a
body) keeps its type."""


def pipeline_name(text: str, end: int) -> bool:
    """A pipeline's word right after a name tagged a person ("the Lumo XL pipeline"): the pipeline, a place."""
    return bool(_WORKS_AFTER.match(text, end, end + 30))


def plural_body(text: str, start: int, tokens: tuple[str, ...]) -> bool:
    """"the" before a name ending in a plural ("the Jaguars", "the Tar Heels"): a team or band spaCy may take for
    a person; places written so ("the Philippines", "the Alps") are tagged places, and only names tagged a person
    are asked (:func:`newsprism.entities.mentions.make_mention`)."""
    last = tokens[-1] if tokens else ""
    if len(tokens) > 1 and last in GROUP_PLURALS:
        return True  # "far-right Proud Boys": a group, with or without "the"
    return (bool(THE_BEFORE.search(text[max(0, start - 5):start])) and len(last) > 3 and last.endswith("s")
            and not last.endswith(("ss", "us", "is", "'s")))


GROUP_PLURALS = frozenset({"boys", "girls", "keepers", "patriots", "warriors", "knights"})
"""Plural nouns for people ending a name of two words or more ("Lumo Boys", "Kade Keepers"): a group, band or team
that spaCy tagged a person (D7's seed-72 reading, NeuS train 1681, 0-based: "Proud Boys" a person). No person's
name ends in them; "brothers" and "sisters" are left out ("the Lumo Brothers" may be two people), and so are
plurals in "-ers" ("Ana Summers", "Kade Sanders" are surnames)."""


def is_disease(text: str, start: int, end: int) -> bool:
    """A disease's name: an outbreak word after it ("the Lumo-19 pandemic", "the Kessel virus")."""
    return following_word(text[end:end + 30], text[max(0, start - 30):start]) in DISEASE_WORDS


_MODEL_YEAR_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)\s+(?:19|20)\d\d\s+$")
"""A model year between a determiner and a name ("his 2008 Lumo", "a 2005 Kopa"): a vehicle's make or model."""
_COLOUR_BEFORE = re.compile(r"\b(?:a|the|his|her|their)\s+(?:black|white|silver|gr[ae]y|red|blue|green|gold|"
                            r"maroon|tan|beige|burgundy|dark-colou?red|light-colou?red)\s+$")
"""A colour after an article or possessive right before a name ("a black Lumo", "his silver Kade"): a vehicle."""
_VERSION_AFTER = re.compile(r"^\s?\d+\.\s?\d")
"""A version number right after a name ("Lumo 3.05", "Kopa 4. 0"): software."""
_SYSTEM_AFTER = re.compile(r"^\s+(?:operating|(?:[a-z]+\s+)?(?:detection|tracking|alert|warning))\s+systems?\b")
"""'operating system' or a detection system after a name ("the Lumo operating system", "a Lumo gun detection
system", gun-violence incident 653539): software or a device."""
_ARMED_BEFORE = re.compile(r"\b(?:armed\s+with|wielding|brandishing)\s+(?:an?\s+|two\s+|three\s+)?$")
"""A weapon's name after "armed with" ("armed with Kopas", "brandishing a Lumo"): a product."""
_AWARD_AFTER = re.compile(r"^(?:-(?:nominated|winning|winner)\b|\s+(?:nods?|nominations?|nominee|statuettes?|"
                          r"winners?|winning|award-winning)\b)")
"""An award's words after a name ("an Oscar nod", "Kade-winning", "Lumo nomination"): the name is an award's, no
entity of the story (left out like a product, unless some mention's context says what else it is)."""


_GUN_AFTER = re.compile(r"^\s+guns?\b(?!\s+(?:violence|control|laws?|rights|owners?|ownership|shows?|safety|"
                        r"polic(?:y|ies)|legislation|lobby|deaths?|crimes?|reform|measures?|sales?|dealers?|stores?|"
                        r"range|club))")
"""'gun' after a name ("a BB gun", "a Lumo gun"): the weapon's make or kind, a product; not the name's own gun
violence, laws or shops ("Lumo gun violence", "the Lumo gun show": the town's). Read on gun-violence pages of issue
#19's tenth round ("BB" a body)."""


_CALIBER_AFTER = re.compile(r"^\s+(?:\d{1,2}\s?mm|\.\d{2,3}(?:[- ]caliber)?|\d{1,2}-(?:caliber|gauge|millimeter))\b")
"""A caliber right after a name ("a Lumo 9mm", "his Kade .45-caliber", "a Lumo 12-gauge"): the gun's maker or model,
a product (gun-violence pages of issue #19's eleventh round)."""
_CALIBER_BEFORE = re.compile(r"(?:\d\s?mm|(?<![\d.])\.\d{2,3}|\d[- ](?:gauge|millimeter)|\bcalib(?:er|re))\s+$")
"""A caliber right before a name ("a .22 caliber Lumo", "a 9mm Kade", "a 12-gauge Lumo"): the gun's maker or model
(gun-violence incident 361014, session 29's tune stories: a pistol's make tagged a person)."""


def is_product(text: str, start: int, end: int) -> bool:
    """A vehicle, weapon, device's or program's name: a colour before it ("a black Lumo"), a product word after it
    ("the Lumo rocket", "Kopa phones"), a class suffix ("Kopa-class"), a version number or "operating system" after
    it ("Lumo 3.05"), "armed with" or a caliber before it ("a .22 caliber Lumo"), a model year before it with no noun
    after it ("his 2008 Lumo"); or an award's ("an Oscar nod")."""
    after, before = text[end:end + 30], text[max(0, start - 30):start]
    next_word = WORDS_AFTER.match(after)
    dated = _MODEL_YEAR_BEFORE.search(before) is not None and (
        next_word is None or not next_word.group(1).islower() or next_word.group(1) in NOT_NOUNS)
    marked = _CLASS_AFTER, _VERSION_AFTER, _SYSTEM_AFTER, _AWARD_AFTER, _GUN_AFTER, _CALIBER_AFTER
    return any(pattern.match(after) for pattern in marked) or dated or any(
        pattern.search(before) for pattern in (_ARMED_BEFORE, _COLOUR_BEFORE, _CALIBER_BEFORE)) or following_word(
        after, before) in PRODUCT_WORDS


def is_the_product(text: str, start: int, end: int) -> bool:
    """The name is the product itself, not its maker's: "the" before it and one product word after it ("the Lumo
    operating system", "the Kopa rocket"), a version number, a class suffix or a colour before it ("a black Lumo");
    "Kopa phones" may be the maker's."""
    after, before = text[end:end + 30], text[max(0, start - 30):start]
    if _CLASS_AFTER.match(after) or _VERSION_AFTER.match(after) or _SYSTEM_AFTER.match(after) or (
            _COLOUR_BEFORE.search(before)):
        return True
    following = following_word(after, before)
    return bool(THE_BEFORE.search(before)) and following in PRODUCT_WORDS and not following.endswith("s")


_OWNER_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|\w['’]s?|\b(?:19|20)\d\d)\s+$")
"""A determiner, a possessive or a model year right before a car's make ("a Lumo Civic", "the victim's Kade X")."""
_MODEL_AFTER = re.compile(r" ([A-Z][a-z]+|[A-Z0-9-]{2,6})\b")
"""A model's name cut off after the make ("a Honda | Civic", "a Ford | F-150")."""


def is_vehicle(text: str, start: int, end: int, tokens: tuple[str, ...]) -> bool:
    """A car: a maker's name (:data:`~.kind_words.VEHICLE_MAKES`) with a model's capitalised name in or right after
    the name, after a determiner, a possessive or a year ("a Lumo Civic", "the victim's Ford Explorer"); not a
    body's or place's name that opens with the maker ("the Ford Foundation", "Lincoln Park")."""
    if not tokens or tokens[0] not in VEHICLE_MAKES or not _OWNER_BEFORE.search(text, max(0, start - 20), start):
        return False
    if len(tokens) > 1:
        return not (set(tokens[1:]) & (BODY_WORDS | PLACE_WORDS)) and len(tokens) <= 3
    model = _MODEL_AFTER.match(text, end)
    return model is not None and model.group(1).lower() not in BODY_WORDS | PLACE_WORDS
