"""What the words around a name say it is, and which names are no entity of the story.

spaCy labels each mention on its own and often wrongly (a venue or a party taken for a person, a town
for a team). The words of the name and around it are stronger evidence, read here for one mention:

- person: a title or honorific right before the name ("Mr", "President", "Dr"), or an age after it
  ("Anna Berg, 54,");
- organisation: the name ends in a word that names a body ("… Party", "… Inc.", "… Fund", "… Council"),
  or such a word follows it in lower case ("the Verda party", "Lumo Inc.");
- place: the name ends in a word that names a place or a venue ("… Stadium", "… Theatre", "… Street",
  "Mount …", "Aoraki Mount …"), or a venue word follows it ("the Odeon theatre"), or "in"/"near" comes before it
  (weaker: :data:`PREPOSITION_WEIGHT`).

:func:`cue` gives the type and weight of the strongest of these; :func:`not_an_entity` says when a mention
is a unit or technical term ("64 GB", "LTE"), a picture credit ("Credit Name/Agency"), or a score
("Evansville 51-50" keeps its name, see :func:`trim_score`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.model import EntityType

CUE_WEIGHT = 3.0
"""Votes of one mention's strong context cue (title, "party", "Inc.", "Stadium"), against 1 for spaCy's label.
Chosen so two cued mentions outvote five uncued spaCy labels (a venue tagged PERSON in most headlines), while a
name spaCy labels consistently across a story is not turned by a single odd context."""

PREPOSITION_WEIGHT = 1.0
"""Votes of "in"/"near" before a name for a place: as much as one spaCy label, since "in Congress" and "in
the Senate" also occur; enough to decide a name spaCy splits between person and place."""

BODY_WORDS = frozenset({
    "party", "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "group", "association",
    "union", "council", "committee", "commission", "agency", "ministry", "department", "bank", "fund",
    "foundation", "institute", "organization", "organisation", "federation", "league", "front", "movement",
    "university", "college", "board", "authority", "police", "army", "navy", "network", "magazine",
    "newspaper", "parliament", "assembly", "congress", "senate", "court", "coalition", "alliance", "airlines",
    "airways", "bureau", "office", "service", "club", "team", "inc.", "corp.",
})
"""Last words of a body's name (and lower-case words after one: "the Verda party"): an organisation."""

PLACE_WORDS = frozenset({
    "theatre", "theater", "stadium", "arena", "hall", "airport", "station", "square", "street", "avenue",
    "road", "bridge", "park", "mountain", "river", "lake", "island", "islands", "bay", "county", "valley",
    "beach", "prison", "jail", "hotel", "church", "cathedral", "mosque", "temple", "museum", "palace",
    "tower", "plaza", "venue", "clinic", "courthouse", "peninsula", "province", "region", "district",
    "village", "town", "city", "coast", "sea", "ocean", "desert", "canyon", "ridge", "highway", "boulevard",
    "neighbourhood", "neighborhood", "prefecture", "mall", "restaurant", "nightclub", "cafe", "gardens",
})
"""Last words of a place's or venue's name ("Odeon Theatre", "Harbour Street"), and lower-case words after one
("the Odeon theatre"): a place. "Center" and "hospital" are left out: as often a body ("Pew Research Center")."""

PLACE_FIRST = frozenset({"mount", "mt", "lake", "fort", "cape", "port", "lac", "rue", "place", "plaza"})
"""Words opening a place's name ("Mount Sefton", "Lake Ria"), also after a first name of it ("Aoraki Mount Cook");
never its last word ("Veronica Lake" is a person)."""

_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|President|Senator|Sen|Rep|Gov|Governor|Mayor|Judge|"
    r"Minister|Chancellor|Premier|King|Queen|Prince|Princess|Pope|General|Gen|Lt|Col|Capt|Sgt|Officer|"
    r"Detective|Chief|Coach|Rev|Father|Sister|Bishop|Justice|Ambassador|Secretary|Chairman|Chairwoman|"
    r"actress|actor|singer|rapper|striker|quarterback|coach|star|player|officer|spokesman|spokeswoman|"
    r"director|lawyer|attorney|minister|president|leader|chief|founder|author|writer|reporter|analyst)"
    r"\.?\s+$")
_AGE_AFTER = re.compile(r"^,\s*\d{1,3},")
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]cross)\s+(?:the\s+)?$")
_WORD_AFTER = re.compile(r"^,?\s+([A-Za-z]+)")
_SUFFIXES = frozenset({"inc", "corp", "ltd", "llc", "plc", "co"})
"""Capitalised words after a name that still say what it is ("Lumo Inc.", "Lumo, Inc.")."""

UNIT_WORDS = frozenset({
    "gb", "mb", "tb", "kb", "ghz", "mhz", "hz", "ram", "rom", "lte", "hdr", "nfc", "usb", "led", "oled", "lcd",
    "amoled", "cpu", "gpu", "sim", "hd", "uhd", "4k", "5g", "4g", "3g", "wifi", "wi-fi", "gps", "mah", "mp", "fps",
    "ssd", "hdd", "kw", "kwh", "mw", "gw", "mph", "kph", "km", "cm", "mm", "kg", "lb", "lbs", "ppm", "dpi", "ppi",
    "hdmi", "vr", "ar", "ai", "api", "pdf", "url", "html", "os",
})
"""Units and technical terms spaCy tags as bodies ("8GB of RAM", "LTE", "HDR"): never an entity of the story."""

TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "sgt", "gen", "lt", "col", "capt", "rev", "sen", "rep",
                                 "gov", "prof", "cpl", "pvt", "det", "insp", "supt"})
"""A title's short form alone ("Sgt" where spaCy cut the name off it) names no one."""

_NUMBER_BEFORE = re.compile(r"\d\s*(?:-|\s)?$")
_CREDIT_BEFORE = re.compile(
    r"\b(?:(?:[Cc]redits?|CREDITS?)\s*:?\s*"
    r"|(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mage|[Pp]icture|[Ii]llustration)\s*(?::|\bby\b)\s*)$")
_SLASH_CREDIT_AFTER = re.compile(r"\s*/\s*[A-Z][\w.&' -]*(?:\)|\s*$)")
"""'Name/Agency' ending its line or a parenthesis: a picture credit ("Dallas/Fort Worth airport" is not)."""
_SLASH_CREDIT_BEFORE = re.compile(r"/\s*$")
_CREDIT_END = re.compile(r"\s*(?:\)|$)")
_SCORE = re.compile(r"\s+\d+\s*[-–]\s*\d+$")


@dataclass(frozen=True)
class Cue:
    """A type the context of one mention gives, and its weight in the entity's type vote."""

    type: EntityType
    weight: float


def cue(text: str, start: int, end: int, tokens: tuple[str, ...]) -> Cue | None:
    """The strongest type cue of the mention ``text[start:end]`` (its words ``tokens``), or None."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 20]
    if _TITLE_BEFORE.search(before) or _AGE_AFTER.match(after):
        return Cue("person", CUE_WEIGHT)
    last = tokens[-1] if tokens else ""
    word = match.group(1) if (match := _WORD_AFTER.match(after)) else ""
    following = word.lower() if word.islower() or word.lower() in _SUFFIXES else ""
    if (len(tokens) > 1 and last in BODY_WORDS) or following in BODY_WORDS - {"team", "club", "office"}:
        return Cue("organisation", CUE_WEIGHT)
    if (len(tokens) > 1 and (last in PLACE_WORDS or PLACE_FIRST.intersection(tokens[:-1]))) or following in PLACE_WORDS:
        return Cue("place", CUE_WEIGHT)
    if _PLACE_BEFORE.search(before):
        return Cue("place", PREPOSITION_WEIGHT)
    return None


def not_an_entity(text: str, start: int, end: int, tokens: tuple[str, ...]) -> bool:
    """A unit or technical term ("LTE", "64 GB"), a title's short form alone ("Sgt"), or a name in a picture credit
    ("Credit Name/Agency")."""
    if len(tokens) == 1 and (tokens[0] in UNIT_WORDS or tokens[0] in TITLE_ABBREVIATIONS):
        return True
    if len(tokens) <= 2 and _NUMBER_BEFORE.search(text[max(0, start - 3):start]) and text[start:end].isupper():
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 30):start]
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    if _CREDIT_BEFORE.search(before) or _SLASH_CREDIT_AFTER.match(rest):
        return True
    return bool(_SLASH_CREDIT_BEFORE.search(before) and _CREDIT_END.match(rest))


def trim_score(text: str, start: int, end: int) -> int:
    """The end of the name without a game score after it ("Evansville 51-50" → "Evansville")."""
    match = _SCORE.search(text, start, end)
    return start + len(text[start:match.start()].rstrip()) if match else end
