"""Words spaCy left out of the end of a name, read from the text right after its span: an ordinal street ("Beach |
22nd Street"), a venue's or force's last word ("Lumo Nations | Plaza", "Lumo Highway | Patrol"), a hospital's or
tip line's last words ("Ben Kade | General Hospital", "Lumo County Crime | Stoppers"), a periodical's nameplate word
("The Lumo | Reporter"), "and" and a body's last words its acronym spells ("U.S. Customs | and Border
Protection", "CBP") and a street's word glued to
the next weekday ("Lumo Forest DriveTuesday", a cleaning leftover)."""

from __future__ import annotations

import re

from newsprism.entities.kind_words import BODY_WORDS, PLACE_WORDS, SHOP_WORDS
from newsprism.entities.names import COUNTRY_OPENING, fold, initials
from newsprism.model import EntityType


def name_tail(text: str, start: int, end: int, label: EntityType) -> tuple[int, EntityType] | None:
    """Where the name of the span ``start:end`` (spaCy's ``label``) really ends, and its type; None when it ends
    at ``end``."""
    if (street := _ORDINAL_STREET_AFTER.match(text, end)) is not None:
        return street.end(), "place"  # "Beach | 22nd Street": one street's name
    if (street_end := _street_after(text, start, end, label)) is not None:
        return street_end, "place"  # "the 400 block of North Lumo | Ave.": one street's name
    if label != "person" and (venue := _VENUE_AFTER.match(text, end)) and fold(venue.group(1)) in _VENUE_WORDS:
        return venue.end(), "place"  # "the Lumo Nations Plaza" spaCy cut before "Plaza"
    if (facility := _FACILITY_AFTER.match(text, end)) is not None and not _OWNER_OR_LIST.search(text, start, end):
        return facility.end(), "organisation" if facility.group(1) == "Stoppers" else "place"
    if (patrol := _PATROL_AFTER.match(text, end)) and fold(text[start:end].split()[-1]) in _PATROL_OPENERS:
        return patrol.end(), "organisation"  # "the Lumo Highway | Patrol"
    if (brand := _BRAND_LETTERS_AFTER.match(text, end)) is not None and fold(brand.group(2)) in SHOP_WORDS:
        return brand.end(1), "organisation"  # "the Lumo | KX store": a brand's name in two parts
    if (paper := _PAPER_AFTER.match(text, end)) is not None and (_ARTICLE_BEFORE.search(
            text, max(0, start - 4), start) or text.startswith(("The ", "the "), start)):
        return paper.end(), "organisation"  # "told The Lumo | Reporter": a periodical's name
    if label != "person" and (rest := _AND_WORDS_AFTER.match(text, end)) and _spelt_later(text, start, rest.end()):
        return rest.end(), "organisation"  # "U.S. Customs | and Border Protection ... CBP officials"
    if (glued := _GLUED_DAY_AFTER.match(text, end)) is not None and fold(glued.group(1)) in PLACE_WORDS | BODY_WORDS:
        return glued.end(1), "organisation" if fold(glued.group(1)) in BODY_WORDS else "place"
    return None


def _street_after(text: str, start: int, end: int, label: EntityType) -> int | None:
    """The end of a street's word spaCy left out after the span (see :data:`_STREET_WORD_AFTER`), or None."""
    cued = _STREET_PLACE_BEFORE.search(text, max(0, start - 20), start) is not None
    if (short := _STREET_SHORT_AFTER.match(text, end)) is not None and (label != "person" or cued):
        return short.end()
    word = _STREET_WORD_AFTER.match(text, end)
    return word.end() if word is not None and (label == "place" or cued) else None


_ORDINAL_STREET_AFTER = re.compile(r"\s+\d+(?:st|nd|rd|th)\s+(?:Street|St|Avenue|Ave|Road|Rd|Place|Pl|Court|Ct|"
                                   r"Drive|Dr|Lane|Boulevard|Blvd|Terrace|Way)\b")
"""An ordinal and a street's word right after a name ("Beach 22nd Street", which spaCy cuts after "Beach"): the
name opens the street's (gun-violence incident 412069, issue #19)."""
_STREET_SHORT_AFTER = re.compile(r"\s(?:Ave|Rd|Blvd|Pkwy|Ct)\.")
_STREET_WORD_AFTER = re.compile(r"\s(?:Street|Avenue|Road|Boulevard|Drive|Parkway|Court|Terrace)(?![\w'’-])"
                                r"(?!\s+(?:[A-Z][a-z]|of\b))")
"""A street's word right after a span ("North Lumo | Ave.", which spaCy cut before the abbreviation): the name goes
on (gun-violence incident 444458, issue #19's eleventh round: "North Lumo" and "North Lumo Avenue" were two
records). The word in full only after a span tagged a place or after a street's cue, and not before a capitalised
word or "of" ("Lumo Court Judge Ana Lee", "Lumo Court of Appeals"); "St." is left out (it opens saints' names)."""
_STREET_PLACE_BEFORE = re.compile(r"(?:\d\s+|\bblock\s+of\s+|\b[Oo]n\s+)$")
"""A house number, "block of" or "on" before a span ("the 400 block of Ana Lee | Drive"): a street, even one named
after a person, whose word spaCy left out."""
_VENUE_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b(?!['’])")
_VENUE_WORDS = frozenset({"plaza", "square", "park", "stadium", "arena", "theatre", "theater", "hall", "airport",
                          "bridge", "tower", "museum", "mall", "memorial", "cathedral", "church", "mosque", "temple"})
"""A venue's last word in capitals right after a span not tagged a person ("the Lumo Nations Plaza" where spaCy
tagged "Lumo Nations"): part of the venue's name (read on NeuS val story 162, issue #19's sixth round)."""


_FACILITY_AFTER = re.compile(r" (?:[A-Z][a-z]+ ){0,2}(Hospital|Center|Centre|Clinic|Stoppers)\b(?!['’])")
"""Up to three capitalised words ending in a hospital's or clinic's word, or a tip line's ("Crime Stoppers"), one
space after a span: the span's name goes on ("Ben Kade | General Hospital", tagged a person and a place; "Lumo
County Crime | Stoppers"; read on the gun-violence pages of issue #19's eighth round)."""
_OWNER_OR_LIST = re.compile(r"['’\x92]s\b|,")
"""A possessive or a comma inside the span ("Fort Lumo's Soldier | Readiness Center", "Lumo Medical Center, Kade
Medical | Center"): the owner's name is no part of the facility's, and a list's names are split later, so the span
is left as spaCy cut it (read on the first 700 gun-violence incident folders)."""
_PATROL_AFTER = re.compile(r"\s+(?:Patrol|Guard)\b(?!['’])")
_PATROL_OPENERS = frozenset({"highway", "state", "border", "coast", "national"})
"""A force's last word right after a span ending in its first ("the Lumo Highway | Patrol", "Lumo State | Patrol",
which spaCy cut and tagged a place; gun-violence incident 518436, issue #19): part of the force's name."""


_GLUED_DAY_AFTER = re.compile(r" ([A-Z][a-z]+)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
"""A place's or body's last word glued to a weekday one space after a span ("Lumo Forest | DriveTuesday", where
cleaning lost the line break; a gun-violence page of issue #19's eighth round): the name ends with the word."""


_BRAND_LETTERS_AFTER = re.compile(r" ([A-Z]{2,5})\s+([a-z]+)\b")
"""Capital letters, then a shop's word, one space after a span ("robbed the Lumo | KX store", where spaCy tagged
"Lumo" a place and left the letters out): the letters end a brand's name (gun-violence incident 785636, session
29's tune stories: "Metro" of a phone shop a place)."""


_PAPER_AFTER = re.compile(r" (?:Reporter|Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Telegraph|Examiner|"
                          r"Inquirer|Dispatch|Courier|Sentinel|Ledger|Observer|Register|Magazine)(?![\w-])"
                          r"(?!\s+[A-Z])")
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s$")
"""A periodical's nameplate word one space after a span that "the" opens ("told The Lumo | Reporter", where spaCy
tagged the place in the paper's name alone: NeuS train 1746, 0-based, issue #19's seventeenth round): the paper's
name, a body. Not before another capitalised word ("the Lumo Post Office", "the Lumo Times Square")."""


_AND_WORDS_AFTER = re.compile(r" and(?: [A-Z][a-z]+){1,3}(?![\w'’-]| [A-Z])")
""""and" and capitalised words right after a span, to the last capital ("U.S. Customs | and Border Protection",
which spaCy cut after "Customs": NeuS train 1915, 0-based, session 29's reading; "CBP" was a record apart)."""


def _spelt_later(text: str, start: int, end: int) -> bool:
    """The article writes the acronym of ``text[start:end]`` (a country's initials before it left out) as a word of
    three letters or more: the words after "and" are the body's own."""
    letters = initials(COUNTRY_OPENING.sub("", text[start:end]))
    return len(letters) >= 3 and re.search(rf"\b{letters}\b", text) is not None
