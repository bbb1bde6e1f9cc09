"""Names as written → a clean span and a comparison key.

A mention is first trimmed (:func:`clean_span`) so that its evidence names only the entity:
a leading "the" (places and organisations), a title before a name ("Mr", "President",
"Prime Minister", "leader", ...), a trailing possessive ("'s", "’s", "s'") and stray
punctuation are cut off. The trimmed text is then reduced to :func:`name_tokens` (accents
folded, case folded, split at spaces and hyphens, dots and apostrophes dropped) and to a
:func:`name_key`: the tokens joined without spaces, so "Kim Jong-un", "Kim Jong Un",
"Kim Jong-Un" and "KIM JONG UN" share the key ``kimjongun``.

Well-known abbreviations are mapped through small tables (:data:`TOKEN_EXPANSIONS` for an
upper-case token inside a longer name, "UN Security Council"; :data:`ABBREVIATIONS` and
:data:`ALIASES` for a whole name, "U.S." = "US" = "USA" = "United States"). They hold only
names whose short form is unambiguous in news text; extend them rather than guessing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsprism.entities.bills import bill_key
from newsprism.entities.kind_words import BODY_WORDS, PLACE_WORDS, STREET_WORDS, SURNAME_PARTICLES
from newsprism.entities.states import STATE_NICKNAMES
from newsprism.lexicon import ORDINAL_WORDS, TITLES, WEEKDAY_NAMES, alternation
from newsprism.model import EntityType
from newsprism.typography import DASHES

TOKEN_EXPANSIONS: dict[str, tuple[str, ...]] = {
    "us": ("united", "states"),
    "uk": ("united", "kingdom"),
    "un": ("united", "nations"),
    "eu": ("european", "union"),
    "ny": ("new", "york"),
}
"""Upper-case (or dotted) tokens inside a longer name that stand for these words: "U.N. Security Council"."""

ORDINALS: dict[str, str] = {word: f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
                            for word, n in ORDINAL_WORDS.items() if n <= 12}
"""Ordinal words inside longer names → their figures, so "Ninth Street" and "9th Street", "Second Amendment" and
"2nd Amendment" share a key (both ways in one gun-violence story)."""

WORD_ABBREVIATIONS: dict[str, str] = {"mt": "mount", "ft": "fort"}
"""Short forms of a word opening a place's name ("Mt Cook" is "Mount Cook"); "St" is read apart: Saint as a name's
first word, Street as its last, either in between ("Church St. Bridge")."""

LAST_WORD_ABBREVIATIONS: dict[str, str] = {"ave": "avenue", "st": "street", "rd": "road", "blvd": "boulevard",
                                           "pkwy": "parkway"}
"""Short forms of a word ending a street's name ("Church Ave." is "Church Avenue"); "St" ending a name is Street."""

DIRECTIONS: dict[str, str] = {"n": "north", "s": "south", "e": "east", "w": "west"}
"""One-letter directions opening a street's name of three words or more ("N. Lumo Kade Avenue" is "North Lumo Kade
Avenue"); a two-word one ("E. Street") keeps its letter."""

_QUOTED = re.compile(r"[\"“‘'`]")
_NICKNAME = re.compile(r"\s+(?:``|[\"“‘'])[^\"“”‘’'`\n]{1,30}(?:''|[\"”’'])\s+")
"""A nickname in quotation marks inside a person's name ('Ana "The Fox" Lee'): not part of the name's key, so the
name with and without it is one person (:func:`nickname_of` reads it)."""

BODY_SHORT_FORMS: dict[str, str] = {"dept": "department"}
"""Short forms of a body's word inside a longer name ("Lumo Police Dept" is the "Lumo Police Department":
gun-violence incident 480981, read in the check half of issue #19's twelfth round)."""

SPELLINGS: dict[str, str] = {"centre": "center", "theatre": "theater", "organisation": "organization",
                             "defence": "defense", "harbour": "harbor"}
"""British spellings of words inside longer names → American ones, so both spellings of a name share a key
("Betty Ford Centre" / "Betty Ford Center", both in one ECB+ story). "Labour" is left out: the UK's Labour and
Australia's Labor are different parties."""

ABBREVIATIONS: dict[str, str] = {
    "us": "United States", "usa": "United States", "uk": "United Kingdom", "un": "United Nations",
    "eu": "European Union", "unsc": "UN Security Council", "nato": "NATO", "dprk": "North Korea",
    "rok": "South Korea", "ussr": "Soviet Union", "prc": "China", "uae": "United Arab Emirates",
    "dc": "Washington D.C.", "isis": "Islamic State", "isil": "Islamic State", "gop": "Republican Party",
}
"""One-word abbreviations every reader knows → canonical name. Matched when written in capitals ("US", "U.S.")
or, from four letters, capitalised ("Nato"); never in title case below that ("Un" in "Kim Jong Un" is not the UN)."""

STATE_SHORT_FORMS = (
    ("Arizona", "ariz"), ("California", "calif"), ("Colorado", "colo"), ("Connecticut", "conn"),
    ("Florida", "fla"), ("Oklahoma", "okla"), ("Tennessee", "tenn"), ("Minnesota", "minn"),
    ("Michigan", "mich"), ("Wisconsin", "wis"), ("Wyoming", "wyo"), ("Nevada", "nev"), ("Nebraska", "neb"),
    ("Arkansas", "ark"), ("Alabama", "ala"), ("Kentucky", "ky"), ("Maryland", "md"), ("Vermont", "vt"),
    ("Oregon", "ore"), ("Montana", "mont"), ("Texas", "tex"), ("Indiana", "ind"), ("Illinois", "ill"),
    ("Massachusetts", "mass"), ("Kansas", "kan"),
)

ALIASES: dict[str, str] = {
    "unitedstates": "United States", "unitedstatesofamerica": "United States", "america": "United States",
    "unitedkingdom": "United Kingdom", "britain": "United Kingdom", "greatbritain": "United Kingdom",
    "unitednations": "United Nations", "europeanunion": "European Union",
    "unitednationssecuritycouncil": "UN Security Council", "securitycouncil": "UN Security Council",
    "nato": "NATO", "northatlantictreatyorganization": "NATO", "northatlantictreatyorganisation": "NATO",
    "northkorea": "North Korea", "democraticpeoplesrepublicofkorea": "North Korea",
    "southkorea": "South Korea", "republicofkorea": "South Korea",
    "sovietunion": "Soviet Union", "unionofsovietsocialistrepublics": "Soviet Union",
    "china": "China", "peoplesrepublicofchina": "China", "unitedarabemirates": "United Arab Emirates",
    "washingtondc": "Washington D.C.", "washington,dc": "Washington D.C.", "districtofcolumbia": "Washington D.C.",
    "bigapple": "New York City", "newyorkcity": "New York City", "islamicstate": "Islamic State",
    "republicanparty": "Republican Party", "grandoldparty": "Republican Party",
    **{short: state for state, short in STATE_SHORT_FORMS},
    **{state.lower(): state for state, _ in STATE_SHORT_FORMS}, **STATE_NICKNAMES,
}
"""Full-name key → canonical name: the other written forms of the places and bodies of :data:`ABBREVIATIONS`, and
the AP style's abbreviations of US states that are no other name ("Calif.", "Fla."; not "Miss.", "Mo.", "Del.",
"Ill.", "Mass.", "Wash.", "Ind.", "La.", "Pa.", which are words, names or other places as often).

"America" alone is the United States (NeuS stories of issue #19's rounds 22-23: "America's top general" beside
"U.S."), but not at the end of a longer name spaCy cut (:mod:`.not_entities`: "Veterans of | America").
"The Big Apple" is New York City and ISIS or ISIL the Islamic State (D22's seed-93 reading, AllSides 5811: "Big
Apple" a body; D18's seed-89, AllSides 5831: "ISIS" apart from "Islamic State"). "GOP" ("G.O.P.") and "the Grand
Old Party" are the US Republican Party (D22's seed-95 reading, AllSides 5640: "G.O.P." apart from "Republican
Party" in one article); the bare word "Republicans" stays the party's members.
"Security Council" alone is taken to be the UN's: in news text it is, unless a national council is named with
its country ("National Security Council" has its own key)."""

COUNTRIES: frozenset[str] = frozenset({"unitedstates", "unitedkingdom", "northkorea", "southkorea", "sovietunion",
                                       "china", "unitedarabemirates", "washingtondc",
                                       *(state.lower() for state, _ in STATE_SHORT_FORMS)})
"""Keys of the canonical names of :data:`ALIASES` that are countries or states: a place whatever spaCy says
("Soviet Union" ends in a body's word, "UK" and "Colo." are tagged ORG), while "United Nations", "European Union"
and "NATO" stay bodies."""
PLACE_KEYS = COUNTRIES | {"newyorkcity"}
"""Keys of the canonical names of :data:`ALIASES` that are places whatever spaCy says: the countries and states, and
New York City, which "the Big Apple" names (tagged ORG in AllSides 5811)."""

_EDGE = " \t\n\"'“”‘’`,;:!?()[]{}<>*/|" + DASHES
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_INNER_POSSESSIVE = re.compile(r"['’]s\b")
_PLURAL_POSSESSIVE = re.compile(r"(?<=\ws)['’]\s+(?=[A-Z])")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_A_BODY = re.compile(r"^An?\s+(?=[A-Z])")
"""An indefinite article opening a body's or place's span, before its name ("A Lumo Drug Agency panel voted", the
text's first words: R4e's seed-98 reading, AllSides 5692); a work's title keeps it ("A Quiet Lumo")."""
_SPLIT = re.compile(rf"[{DASHES}\s‐‑‒_/]+")
_DROP = re.compile(r"[.'’`‘]")
_TITLE_RE = re.compile(
    r"^(?:(?:(?:associate|chief|deputy|assistant|acting|interim|former)\s+)?(?:" + alternation(TITLES) +
    r")s?\.?\s+)+(?=(?-i:[A-Z]|(?:" + alternation(SURNAME_PARTICLES) + r")\s+[A-Z]))",
    re.IGNORECASE)
TITLE_OPENING = _TITLE_RE
"""Titles opening a person-tagged span ("Prince", "Gov."), read where such a span is another thing's name; with a
rank's modifier and in the plural before one of several names ("Associate Justices Ana Lee and Tom Berg": NeuS train
1017, issue #19); before a surname's particle too ("Mayor de Lorca": :data:`.kind_words.SURNAME_PARTICLES`, the
particle and surname then kept as a person's name)."""
_PARTICLE_SURNAME = re.compile(r"(?:" + alternation(SURNAME_PARTICLES) + r")\s+[A-Z][\w'’-]+")
"""A surname's particle and the surname, in lower case after a title ("de Lorca" of "Mayor de Lorca")."""


def clean_span(text: str, start: int, end: int, kind: EntityType) -> tuple[int, int] | None:
    """Trim ``text[start:end]`` to the name itself; None when nothing name-like is left."""
    previous = (-1, -1)
    while (start, end) != previous:
        previous = (start, end)
        start, end = _strip_edges(text, start, end)
        piece = text[start:end]
        if (match := _POSSESSIVE.search(piece)) is not None:
            end = start + match.start()
        elif kind == "person" and (match := _INNER_POSSESSIVE.search(piece)) is not None:
            end = start + match.start()  # "Clinton’s van": a person's name ends at its possessive
        elif kind == "person" and (match := _PERSON_OF_PLACE.search(piece)) is not None:
            end = start + match.start()  # "Ana Lee of Lumo": the person, then where she lives
        elif kind == "person" and (match := _TRAILING_WEEKDAY.search(piece)) is not None:
            end = start + match.start()  # "President Lee Thursday": the person, then the day
        elif kind != "person" and (match := _PLURAL_POSSESSIVE.search(piece)) is not None and _owned(piece):
            end = start + match.start()  # "Saints’ Super Bowl": a name in the plural ends at its possessive
        opening = _THE.match(piece) or (_A_BODY.match(piece) if kind != "work" else None)
        if kind != "person" and (match := opening) is not None and end - start > match.end():
            start += match.end()
        if kind == "person" and (match := _TITLE_RE.match(text[start:end])) is not None:
            start += match.end()
        if kind != "person" and (match := _TRAILING_TITLE.search(text, start, end)) is not None:
            end = match.start()  # "Lumo Police Capt" (. Ana Lee): a body's name ends before a rank
        if (match := _TRAILING_DOG_UNIT.search(text, start, end)) is not None:
            end = match.start()  # "Lumo Police Department K-9" (unit): the force, then its dogs' unit
        if (match := _HOUSE_NUMBER.match(text, start, end)) is not None and _street_name(text[match.end():end]):
            start = match.end()  # "76 Lumo Drive": the street, whatever house on it
        if (match := _TRAILING_LOWER.search(text, start, end)) is not None:
            end = match.start()  # "Thompson in": spaCy ran a name into the preposition after it
        elif (match := _TRAILING_COMMON.search(text, start, end)) is not None:
            end = match.start()  # "Lumo 27-yd line", "Chiefs red": a name ends at its last capital
        elif (match := _COMPOUND_SUFFIX.search(text, start, end)) is not None:
            end = match.start()  # "U.S.-made": the name before an adjective's suffix
    piece = text[start:end]
    if not any(c.isalpha() for c in piece) or not (piece[0].isupper() or piece[0].isdigit() or (
            kind == "person" and _PARTICLE_SURNAME.fullmatch(piece))):
        return None
    return start, end


_TRAILING_DOG_UNIT = re.compile(r"(?<=\w)\s+K-?9s?$")
"""A police dog unit's "K-9" ending a span ("the Lumo Police Department K-9 unit", gun-violence pages of issue #19's
tenth round): the force's name ends before it; "K-9" alone is no entity (:data:`.kind_words.UNIT_WORDS`)."""


def _owned(piece: str) -> bool:
    """A name after a plural possessive is another thing than the owner ("Saints’ Super Bowl"), unless it ends in a
    body's or place's word: "Workers' Party", "Veterans' Memorial Hall" are one name."""
    last = fold(piece.split()[-1]).strip(".")
    return last not in BODY_WORDS and last not in PLACE_WORDS


TRAILING_RANKS = frozenset({"capt", "captain", "sgt", "sergeant", "lt", "lieutenant", "col", "colonel", "cpl",
                            "corporal", "detective", "officer", "insp", "inspector", "supt", "superintendent",
                            "constable", "trooper", "deputy", "dep", "spokesman", "spokeswoman", "spokesperson"})
"""Ranks and roles of :data:`newsprism.lexicon.TITLES` that end no body's or place's name: written after one ("Lumo
Police Capt", "Kade Police Sgt"), spaCy ran the body into the rank before a person's name. Titles that do end such
names are left out ("Attorney General", "Notre Dame", "County Sheriff", "Police Commissioner", "King's Cross")."""

_ENLISTED_SHORT = ("Spc", "Pfc", "Pvt", "Maj")
"""Soldiers' ranks' short forms that :data:`newsprism.lexicon.TITLES` lacks ("Army Spc. Ana Lee", where spaCy tagged
"Army Spc" a body and kept the force's word apart from its full name: gun-violence dev incident 121031)."""
_TRAILING_TITLE = re.compile(r"(?<=\w)\s+(?:" + alternation(
    [*(t.capitalize() for t in TITLES if t in TRAILING_RANKS), *_ENLISTED_SHORT]) + r")\.?$")
"""A rank of :data:`TRAILING_RANKS` or :data:`_ENLISTED_SHORT` ending a body's or place's span: the name ends
before it."""

_HOUSE_NUMBER = re.compile(r"\d{1,5}[A-Za-z]?\s+(?=[A-Z])")
"""A house number opening a street's name ("76 Lumo Drive")."""


def _street_name(piece: str) -> bool:
    """A name of two words or more ending in a street's word ("Lumo Drive", "Kade Ave.")."""
    words = piece.split()
    return len(words) > 1 and fold(words[-1]).strip(".") in STREET_WORDS | {"drive", "lane", "court", "place", "way"}


_PERSON_OF_PLACE = re.compile(r"(?<=\w)\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$")
"""" of <Place>" ending a person's span ("Ana Lee of Lumo", "Tom Berg of the Kade Hills"): the person is the name
before it; news names people with their town so."""
_TRAILING_WEEKDAY = re.compile(r"(?<=\w)\s+(?:" + "|".join(day.title() for day in WEEKDAY_NAMES) + r")$")
"""A weekday ending a person's span ("met President Lee Thursday"): the day of the news, no part of the name (D8's
seed-73 reading, NeuS train 2296, 0-based: "Trump Thursday" a person, which took a lone "Thursday" too)."""

_TRAILING_LOWER = re.compile(r"\s+(?:in|at|on|of|to|for|and|the|by|with|from)$")
"""A function word ending a span: no name ends with one ("Thompson in" the 11th round)."""


_TRAILING_COMMON = re.compile(r"(?<=\w)\s+[^\sA-Z]*[a-z][^\sA-Z]*$")
"""A last word with lower-case letters and no capital ("line", "27-yd", "red") after a name: no name ends with one."""


_COMPOUND_SUFFIX = re.compile(r"-(?:made|based|led|owned|backed|born|run|funded|built|style|era|linked|allied)$")
"""The suffix of an adjective made of a name ("U.S.-made", "Lumo-based"): the name is what comes before it."""


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and (text[end - 1] in _EDGE or (text[end - 1] == "." and "." not in text[start:end - 1])):
        end -= 1
    return start, end


NAME_CACHE_SIZE = 1 << 16
"""How many distinct strings :func:`fold`, :func:`name_tokens` and :func:`name_key` remember, each (pure functions of
their string). Planted 100 (PolNeAR, ``bench_story.py``) asks name_tokens 30,892 times and fold 69,317 times per
analysis, mostly for the same names again; a story's distinct names stay well under this bound."""


@lru_cache(maxsize=NAME_CACHE_SIZE)
def fold(text: str) -> str:
    """Accents removed, case folded: "Zelenskýy" → "zelenskyy"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_SPACED_INITIALS = re.compile(r"\b(?:[A-Z]\.\s+)+[A-Z]\.")
"""Initials written with spaces between them ("U. S.", "D. C."), closed up before the name is split when they spell
a known abbreviation (a person's middle initials, "George H. W. Bush", stay initials)."""


def _close_up(match: re.Match[str]) -> str:
    closed = re.sub(r"\s+", "", match.group(0))
    return closed if fold(closed.replace(".", "")) in TOKEN_EXPANSIONS else match.group(0)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def name_tokens(name: str) -> tuple[str, ...]:
    """The name's words, folded, split at spaces and hyphens; abbreviations inside longer names expanded; spaced
    initials read as one abbreviation ("U. S. Fish" as "U.S. Fish")."""
    plain = _NICKNAME.sub(" ", name.strip()) if _QUOTED.search(name) else name.strip()
    raw = [_DROP.sub("", part) for part in _SPLIT.split(_SPACED_INITIALS.sub(_close_up, plain))]
    raw = [part for part in raw if part]
    street = len(raw) > 2 and _street_end(raw[-1])
    shouted = name.upper() == name  # a headline in capitals: "KIM JONG UN" has no abbreviation in it
    tokens: list[str] = []
    for at, part in enumerate(raw):
        folded = fold(part)
        if len(raw) > 1 and not shouted and folded in TOKEN_EXPANSIONS and part.upper() == part:
            tokens.extend(TOKEN_EXPANSIONS[folded])
        elif len(raw) > 1 and folded in WORD_ABBREVIATIONS and at < len(raw) - 1:
            tokens.append(WORD_ABBREVIATIONS[folded])
        elif len(raw) > 1 and folded == "st" and at == 0:
            tokens.append("saint")  # opening a name, "St." is Saint: "St. Lumo Hospital" / "Saint Lumo Hospital"
        elif len(raw) > 1 and folded in LAST_WORD_ABBREVIATIONS and at == len(raw) - 1:
            tokens.append(LAST_WORD_ABBREVIATIONS[folded])
        elif street and at == 0 and folded in DIRECTIONS and len(part) == 1 and part.isupper():
            tokens.append(DIRECTIONS[folded])
        elif len(raw) > 1 and folded in SPELLINGS:
            tokens.append(SPELLINGS[folded])
        elif len(raw) > 1 and folded in BODY_SHORT_FORMS:
            tokens.append(BODY_SHORT_FORMS[folded])
        elif len(raw) > 1 and folded in ORDINALS:
            tokens.append(ORDINALS[folded])
        else:
            tokens.append(folded)
    return tuple(tokens)


def _street_end(word: str) -> bool:
    folded = fold(word)
    return folded in STREET_WORDS or folded in LAST_WORD_ABBREVIATIONS


def nickname_of(name: str) -> str | None:
    """The nickname written in quotation marks inside a name ('Ana "The Fox" Lee' → "The Fox"), or None."""
    match = _NICKNAME.search(name)
    return match.group(0).strip().strip("`'\"“”‘’").strip() if match else None


CORPORATE = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "gmbh"})
"""Last words of a company's name that are no part of the name: "Lumo Corp." and "Lumo" share a key."""


@lru_cache(maxsize=NAME_CACHE_SIZE)
def name_key(name: str) -> str:
    """The comparison key: tokens joined (a company's "Inc."/"Corp."/"& Co." left out), then mapped through the
    abbreviation and alias tables."""
    tokens = name_tokens(name)
    if len(tokens) > 1 and tokens[-1] in CORPORATE:
        tokens = tokens[:-1]
        if len(tokens) > 1 and tokens[-1] in ("&", "and"):
            tokens = tokens[:-1]  # "Lumo & Co.": Lumo (NeuS train 1390, 0-based: apart from "Lumo", D7's reading)
    key = bill_key("".join(tokens))  # "Senate Bill 8" as "S.B. 8"
    alias = ALIASES.get(key)
    if alias is None and _abbreviation(name):
        alias = ABBREVIATIONS.get(key)
    return "".join(name_tokens(alias)) if alias is not None else key


def _abbreviation(name: str) -> bool:
    letters = re.sub(r"\s+", "", _DROP.sub("", name.strip())) if _SPACED_INITIALS.fullmatch(name.strip()) else (
        _DROP.sub("", name.strip()))
    return letters.isalpha() and (letters.isupper() or (len(letters) >= 4 and letters[0].isupper()))


def alias_name(key: str) -> str | None:
    """The canonical name the tables give a key, if any."""
    return ALIASES.get(key)


_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "&"})


COUNTRY_OPENING = re.compile(r"^(?:U\.\s?S\.|U\.\s?K\.|US|UK)\s+(?=[A-Z])")
"""A country's initials opening a body's name, outside its acronym ("U.S. Energy Information Administration (EIA)",
NeuS train line 1236, 1-based)."""


def initials(name: str) -> str:
    """Upper-case initials of a multi-word name, connectors skipped: "Korean Central News Agency" → "KCNA"."""
    words = [w for w in _SPLIT.split(name) if w and fold(w) not in _CONNECTORS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper() if len(words) > 1 else ""


def acronym(name: str) -> str:
    """The name as an acronym ("KCNA", "U.N.S.C."), or "" when it is not one (2 to 6 capitals, one word)."""
    letters = _DROP.sub("", name)
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else ""


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens: "Kim Jong-un" → "kim-jong-un"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "-".join(w for w in re.split(r"[^a-z0-9]+", _DROP.sub("", ascii_name.lower())) if w) or "x"


def without_initials(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without its middle initials: ("donald", "j", "trump") → ("donald", "trump")."""
    if len(tokens) < 3:
        return tokens
    middle = tuple(t for t in tokens[1:-1] if len(t) > 1)
    return (tokens[0], *middle, tokens[-1])


def initial_variants(names: set[tuple[str, ...]]) -> dict[str, str]:
    """Key → key for full names written with and without middle initials ("Donald J. Trump" → "Donald Trump").

    A name joins the form without initials only when that form is written in the story and no other name with
    different initials reduces to it: "George W. Bush" and "George H. W. Bush" both stay apart from "George Bush"."""
    keys = {"".join(tokens) for tokens in names}
    reducing: dict[str, set[str]] = {}
    for tokens in names:
        reduced = "".join(without_initials(tokens))
        if reduced != "".join(tokens) and reduced in keys:
            reducing.setdefault(reduced, set()).add("".join(tokens))
    return {variant: reduced for reduced, variants in reducing.items() if len(variants) == 1 for variant in variants}
