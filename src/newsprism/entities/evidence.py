"""What the words around a name say it is, and which names are no entity of the story.

spaCy labels each mention on its own and often wrongly (a venue or a party taken for a person, a town
for a team). The words of the name and around it are stronger evidence, read here for one mention:

- person: a title or honorific right before the name ("Mr", "President", "Dr"), or an age after it
  ("Anna Berg, 54,") or before it ("the 32-year-old protester Anna Berg");
- organisation: the name ends in a word that names a body ("… Party", "… Inc.", "… Fund", "… Council"),
  or such a word follows it in lower case ("the Verda party", "Lumo Inc.");
- place: the name ends in a word that names a place or a venue ("… Stadium", "… Theatre", "… Street",
  "Mount …", "Aoraki Mount …"), or a venue word follows it ("the Odeon theatre"), or "in"/"near" comes before it
  (weaker: :data:`PREPOSITION_WEIGHT`); facility heads ("… Cosmodrome", "… Air Base") are places;
- an apposition's head noun (", a border city", ", a chip maker", ", a professor"), a web domain after the name
  ("Lumonews.com": a publisher), a country's possession after it ("Lumaria's government") give the type as strongly;
- a product word after the name ("the Lumo rocket", "Kopa-class") marks a product (:func:`is_product`), which
  :mod:`.clutter` leaves out.

:func:`cue` gives the type and weight of the strongest of these; :func:`not_an_entity` says when a mention
is a unit or technical term ("64 GB", "LTE"), a numbered description ("Juror No. 8"), a picture credit
("Credit Name/Agency"), or a score ("Evansville 51-50" keeps its name, see :func:`trim_score`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.entities.kind_words import (
    BODY_WORDS,
    CHARGE_WORDS,
    COMPASS,
    COMPASS_SHORT,
    DISEASE_NAMES,
    DISEASE_WORDS,
    FACILITY_CENTERS,
    FAMILY_CALLS,
    HOSPITAL_WORDS,
    LAW_WORDS,
    NAME_CONNECTORS,
    NUMBER_WORDS,
    NUMBERED_STREET_ENDS,
    ORGANISATION_HEADS,
    OUTLET_ENDS,
    PERSON_HEADS,
    PLACE_FIRST,
    PLACE_HEADS,
    PLACE_WORDS,
    PLATFORMS,
    PRODUCT_WORDS,
    ROLES_BEFORE_NAMES,
    SHOP_WORDS,
    TITLE_ABBREVIATIONS,
    UNIT_WORDS,
)
from newsprism.entities.names import ORDINALS
from newsprism.lexicon import CALENDAR_NAMES, TITLES, US_STATES, WEEKDAY_NAMES
from newsprism.model import EntityType

CUE_WEIGHT = 3.0
"""Votes of one mention's strong context cue (title, "party", "Inc.", "Stadium"), against 1 for spaCy's label.
Chosen so two cued mentions outvote five uncued spaCy labels (a venue tagged PERSON in most headlines), while a
name spaCy labels consistently across a story is not turned by a single odd context."""

PREPOSITION_WEIGHT = 1.0
"""Votes of "in"/"near" before a name for a place: as much as one spaCy label, since "in Congress" and "in
the Senate" also occur; enough to decide a name spaCy splits between person and place."""

_NOT_AFTER = frozenset({"team", "club", "office", "conference", "division"})
"""Body words that make a name a body's only inside it ("Eastern Conference"), not after it ("the Lumo team", "a
Kade news conference")."""

_BODY_BEFORE = re.compile(r"\b(?:company|firm|carmaker|automaker|retailer|jeweller|jeweler|broadcaster|insurer|"
                          r"airline|lender|bank|chain|conglomerate|manufacturer|newspaper)\s+$")
"""A company's kind written right before its name ("jeweler Lumo", "the carmaker Kade"): an organisation; not the
kinds a person may be ("publisher Ana Lee", "label", "studio", "maker")."""

_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|President|Senator|Sen|Rep|Gov|Governor|Mayor|Judge|"
    r"Minister|Chancellor|Premier|King|Queen|Prince|Princess|Pope|General|Gen|Lt|Col|Capt|Sgt|Officer|"
    r"Detective|Chief|Coach|Rev|Father|Sister|Bishop|Justice|Ambassador|Secretary|Chairman|Chairwoman|"
    r"actress|actor|singer|rapper|striker|quarterback|coach|star|player|officer|spokesman|spokeswoman|"
    r"director|lawyer|attorney|minister|president|leader|chief|founder|author|writer|reporter|analyst)"
    r"\.?\s+$")
_AGE_AFTER = re.compile(r"^,\s*\d{1,3},")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old(?:\s+[a-z]+){0,2}\s+$")
"""An age right before a name, with up to two lower-case words ("32-year-old protester Ana Lee"): a person, unless
a lower-case noun follows the name, which then only modifies it ("a 16-year-old Brooklyn resident"; "and", "was"
are no nouns: :data:`_NOT_NOUNS`)."""
WORK_WORDS = ("movie", "movies", "film", "films", "show", "series", "sitcom", "album", "song", "single", "book",
              "novel", "memoir", "documentary", "musical", "play", "franchise", "opera", "programme", "program",
              "sequel", "trilogy", "soundtrack", "episode", "miniseries", "drama", "comedy", "thriller")
"""Lower-case words that, right before a name ("the 1999 movie Lumo Nights") or after it ("the Lumo Nights
franchise"), make it a work's name."""
_WORK_BEFORE = re.compile(r"\b(?:" + "|".join(WORK_WORDS) + r"|(?:starr(?:ed|ing)|appear(?:ed|ing)|roles?|cameo|"
                          r"parts?|credits include)\s+(?:in|on))\s+(?:``|[\"“‘'])?(?:[Tt]he\s+)?$")
"""A work word, or 'starred in', 'a role in', 'appeared on', right before a name, the name perhaps in quotation
marks ("the sequel ‘Lumo Nights’"; not after a comma: "the movie, Ana Lee said")."""
_MAKING_BEFORE = re.compile(r"\b(?:co-?)?(?:direct(?:ed|ing)|produc(?:ed|ing)|helm(?:ed|ing)|penn(?:ed|ing)|"
                            r"co-?wr(?:ote|iting)|remak(?:e|ing)|remade)\s+(?:``|[\"“‘'])?(?:[Tt]he\s+)?$")
"""A maker's verb right before a name ("directed Lumo Nights", "co-wrote ``Kade''"): a film's, show's or book's
name, read as a work with :data:`QUOTED_WEIGHT` (one may also direct or produce an event)."""
_QUOTED_OPEN = re.compile(r"(?:``|[“\"‘'])(?:[Tt]he\s+|[Aa]n?\s+)?$")
"""A quotation mark opening right before a name, perhaps with an article inside it ("‘The Lumo Nights’")."""
_CAPITAL_THE = re.compile(r"[a-z,;:]\s+The\s+$")
"""'The' with a capital inside a sentence, before a name ("to direct The Lumo Nights"): a title's own article, a
work's (or a paper's, a band's; weak: :data:`WORK_AFTER_WEIGHT`)."""
_CLOSE_THEN_WORD = re.compile(r"^(?:''|[”\"’'])\s+([a-z]+)")
"""A closing quotation mark, then a lower-case word ("‘Lumo Nights’ sequel")."""
_QUOTE_CLOSES = re.compile(r"^[,.]?(?:''|”|\"|’|')")
_SO_CALLED = re.compile(r"\bso-called\s+\S*$")
WORK_AFTER_WEIGHT = 1.0
"""Votes of a work word after a name ("the Lumo Nights franchise"): as much as one spaCy label, since a place or a
body also comes before such words ("the Hollywood movie"); a work word before it, 'starred in', or "star" or
"actress" after it in quotation marks ("the ``Lumo Nights'' star") give :data:`CUE_WEIGHT`, quotation marks around
it alone :data:`QUOTED_WEIGHT`."""
QUOTED_WEIGHT = 2.0
"""Votes of a name written alone in quotation marks for a work: less than a strong cue, so a person's name a page
quotes once among plain mentions ("MTV's ``Carson Daly''" beside two "Carson Daly") stays a person, more than a
spaCy label, so a show quoted as often as it is labelled a body is a work. Set by reading ECB+ tune topic 1."""
_ROLE_AFTER = re.compile(r"^(?:''|”|\"|’|')?\s+(?:star|actress|actor|cast|director|author|creator)\b")
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]cross)\s+(?:the\s+)?$")
_WORDS_AFTER = re.compile(r"^,?\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")
_APPOSITION = re.compile(
    r"^,\s+((?:a|an|the|[A-Z][\w.-]*['’]s?)\s+[^,.;:()\n—–]*?)"
    r"(?=\s+(?:in|of|on|near|at|that|which|who|with|from|for|and|where|whose|to|by)\b|[,.;:()\n—–]|$)")
_COUNTRY_AFTER = re.compile(
    r"^['’]s?\s+(?:government|capital|borders?|embassy|territory|prime minister|foreign (?:minister|ministry)|"
    r"defen[cs]e (?:minister|ministry)|armed forces|constitution|citizens|population|regime)\b")
"""What follows a country's or region's name and not a body's: "Lumaria's government", "Lumaria's capital"."""
_CLASS_AFTER = re.compile(r"^-class\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_DOMAIN_AFTER = re.compile(r"^\s?\.\s?(?:com|org|net|co\.uk|news)\b")
"""A web domain's ending after a name ("Lumonews.com", "Lumonews. com" in re-joined tokens): a publisher."""
_NUMBER_AFTER = re.compile(r"^\.?\s*\d")
_INDEFINITE_BEFORE = re.compile(r"(?:^|[^\w-])(?:a|an|A|An)\s+(?:local\s+|nearby\s+|new\s+)?$")
"""'a' or 'an' right before a name that heads its phrase ("looted a Rite Aid", "at a nearby Lumo"): a shop or
a branch of a chain, a body's outlet, never a person nor a place named once; with a lower-case noun after the name
("a Brooklyn man") the name is a modifier and says nothing."""
_LOWER_AFTER = re.compile(r"^[-\s]+[a-z]")
_NIGHT_CLUB = re.compile(r"^(\s+)night\s+club\b")
"""'night club' written in two words after a name ("the Lumo night club"): read as the one word "nightclub"."""
_OWNER_AFTER = re.compile(r"^['’]s\s+[a-z]")
"""A possessive and a lower-case noun after a name: an age before the name is the noun's ("a 21-year-old Lumo County
Sheriff's volunteer")."""
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An|[A-Z]\w*['’]s?(?:\s+[a-z]+)?)\s+$")
""""the", "a" or a possessive (with an adjective: "Russia's new") before a name: a noun compound may follow it."""
_SUFFIXES = frozenset({"inc", "corp", "ltd", "llc", "plc", "co"})
"""Capitalised words after a name that still say what it is ("Lumo Inc.", "Lumo, Inc.")."""

APPOSITION_WORDS = 6
"""Longest apposition read for its head noun (", a Russian border city"); a longer one is a clause, not a label.
Chosen by reading the seeds' and ECB+ tune topics' appositions: labels run two to five words."""

_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d\d)?\s?(?:[ap]\.?m\.?|GMT|BST)", re.IGNORECASE)
"""A time of day spaCy tags as a body ("8.49pm", "0630 GMT" split): no entity."""
_NUMBER_BEFORE = re.compile(r"\d\s*(?:-|\s)?$")
_CREDIT_BEFORE = re.compile(
    r"\b(?:(?:[Cc]redits?|CREDITS?)\s*:?\s*"
    r"|(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mage|[Pp]icture|[Ii]llustration)\s*(?::|\bby\b)\s*"
    r"|\b(?:[Hh]andout|[Cc]ourtesy)\s+(?:via|of)\s+(?:the\s+)?|\(?Courtesy\s+)$")
_SLASH_CREDIT_AFTER = re.compile(r"\s*/\s*(?:for\s+)?[A-Z][\w.&' -]*(?:\)|\s*$)|\s+/\s+[A-Z]")
"""'Name/Agency' ending its line or a parenthesis: a picture credit ("Dallas/Fort Worth airport" is not); a slash
spaced on both sides before a capitalised word is one wherever it stands ("Ana Lee / Lumo Times Kade police
interview ...": a caption run into the text, read on gun-violence pages in issue #19's sixth round)."""
_SLASH_CREDIT_BEFORE = re.compile(r"/\s*(?:for\s+(?:the\s+)?)?$")
_ALONE_IN_BRACKETS_BEFORE = re.compile(r"[.!?][\"”’']?\s*\(\s*$")
_ALONE_IN_BRACKETS_AFTER = re.compile(r"\s*\)")
"""A name of two words or more alone in brackets after a sentence's end ("... the scene. (Ana Lee) One man ..."):
a picture's credit the cleaning left in the text, no entity of the story (gun-violence incident 595166, issue #19;
one word in brackets there is an agency's or the dateline's: "(AP)", "(CNN)")."""
_SPACED_SLASH_BEFORE = re.compile(r"[a-z]\s+/\s+$")
"""A name after a slash spaced on both sides and a name ("Ana Lee / Lumo Times"): the credit's outlet."""
_CREDIT_END = re.compile(r"\s*(?:\)|$)|\s+via\s+[A-Z]")
_FOR_CREDIT_AFTER = re.compile(r"\s+for\s+(?:[Tt]he\s+)?[A-Z][\w.&' -]*\)\s*$")
_FOR_CREDIT_BEFORE = re.compile(r"\(\s*$")
"""'(Name for Outlet)' closing its line: a photographer's credit under a picture, the name and the outlet no
entities of the story ("(Ana Lee for the Lumo Times)"); one closing no line is read as text."""
_OUTLET_CREDIT_BEFORE = re.compile(r"\(\s*[A-Z][\w.' -]*\s+for\s+(?:[Tt]he\s+)?$")
_OUTLET_CREDIT_END = re.compile(r"\s*\)\s*$")
_SCORE = re.compile(r"\s+\d+\s*[-–]\s*\d+$")
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")$")
_STATES = frozenset(US_STATES.split())
_TITLE_TAILS = {tail: re.compile(rf"\b{head}\s+of\s+$", re.IGNORECASE)
                for head, tail in (title.rsplit(" of ", 1) for title in TITLES if " of " in title)}
"""The last word of a title written '<head> of <word>' ("Secretary of State Ana Lee"), spaCy tagged a body alone
(NeuS train 643, issue #19): no entity after its title's head."""
_STORM_BEFORE = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Storm|Superstorm)\s+$")
"""A storm's word before a name ("Hurricane Lumo", "Storm Kade"): the storm, an event the type set has no room for
(spaCy tags the name a person; read on NeuS val story 178)."""
_DAY_AFTER = re.compile(r"\s+(?:" + "|".join(day.capitalize() for day in WEEKDAY_NAMES) + r")\b(?!['’])")
DAY_NAMING_WORDS = frozenset({"super", "black", "cyber", "good", "ash", "easter", "boxing", "bloody", "giving",
                              "holy", "palm", "shrove", "fat", "maundy"})
"""Words that name a day with a weekday after them ("Super | Tuesday", "Black | Friday"), which spaCy cuts and tags a
place or body (NeuS train 1097, issue #19): the day, an event, no entity. A town before a weekday ("Lumo Tuesday
said") is read as before."""
_HOUSE_NUMBER_BEFORE = re.compile(r"(?:^|\s)(?!(?:19|20)\d\d\s)\d{1,6}\s+$")
"""A house number right before a name ending in a street's word ("404 Lumo Court"; not a year: "a 2015 Supreme
Court ruling"): a street (read on gun-violence incident 702004, issue #19's sixth round)."""


@dataclass(frozen=True)
class Cue:
    """A type the context of one mention gives, and its weight in the entity's type vote."""

    type: EntityType
    weight: float
    street: bool = False
    """a street's cue (:func:`newsprism.entities.context.context_cue`): a one-word name so cued that opens a street's
    name the story writes is that street (:func:`newsprism.entities.find.find_entities` drops the cue)"""


def cue(text: str, start: int, end: int, tokens: tuple[str, ...]) -> Cue | None:
    """The strongest type cue of the mention ``text[start:end]`` (its words ``tokens``), or None."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 60]
    next_word = _WORDS_AFTER.match(after)
    modified = bool(_LOWER_AFTER.match(after)) and not (next_word is not None and next_word.group(1) in _NOT_NOUNS)
    aged = _AGE_BEFORE.search(before) is not None and not modified and not _OWNER_AFTER.match(after)
    if _TITLE_BEFORE.search(before) or _AGE_AFTER.match(after) or aged:
        return Cue("person", CUE_WEIGHT)
    last = tokens[-1] if tokens else ""
    following = _following(_NIGHT_CLUB.sub(r"\1nightclub", after, count=1), before)
    head = _head_of(tokens)
    if len(tokens) > 1 and last in NUMBERED_STREET_ENDS and (_ORDINAL.match(tokens[-2]) or tokens[0] in COMPASS or (
            _HOUSE_NUMBER_BEFORE.search(before))):
        return Cue("place", CUE_WEIGHT)  # "Northwest Fourth Court", "N Lumo Court", "404 Kade Court": a street
    if len(tokens) > 1 and last.isdigit() and "_".join(tokens[:-1]) in _STATES:
        return Cue("place", CUE_WEIGHT)  # "Kentucky 218": a state route
    if "_".join(tokens) in _STATES and _LOWER_AFTER.match(after):
        return Cue("place", CUE_WEIGHT)  # "Utah court records", "a Utah murder-suicide": the state's
    office = len(tokens) > 1 and (last in ROLES_BEFORE_NAMES or last in OUTLET_ENDS)  # "the Lumo County Sheriff"
    if (len(tokens) > 1 and last in BODY_WORDS) or office or following in (BODY_WORDS - _NOT_AFTER) | SHOP_WORDS or (
            head in BODY_WORDS or _BODY_BEFORE.search(before)):
        return Cue("organisation", CUE_WEIGHT)
    if len(tokens) > 1 and last in LAW_WORDS:
        return Cue("work", CUE_WEIGHT)
    facility = (len(tokens) > 1 and last in ("center", "centre") and tokens[-2] in FACILITY_CENTERS) or (
        len(tokens) > 1 and last in HOSPITAL_WORDS) or following in HOSPITAL_WORDS
    named_place = len(tokens) > 1 and (last in PLACE_WORDS or bool(PLACE_FIRST.intersection(tokens[:-1])) or (
        head in PLACE_WORDS))
    if named_place or following in PLACE_WORDS or facility:
        return Cue("place", CUE_WEIGHT)
    if (work := _work(before, after)) is not None:
        return work
    if _DOMAIN_AFTER.match(after) or "".join(tokens) in PLATFORMS:
        return Cue("organisation", CUE_WEIGHT)
    if _INDEFINITE_BEFORE.search(before) and not _LOWER_AFTER.match(after):
        return Cue("organisation", CUE_WEIGHT)
    if (kind := _apposition(after)) is not None:
        return Cue(kind, CUE_WEIGHT)
    if _COUNTRY_AFTER.match(after):
        return Cue("place", CUE_WEIGHT)
    if _PLACE_BEFORE.search(before) and not _OWNER_AFTER.match(after):  # "in Lumo's killing": in the killing
        return Cue("place", PREPOSITION_WEIGHT)
    return None


def _head_of(tokens: tuple[str, ...]) -> str:
    """The head noun of a name written "<head> of/du/de <what>" ("Grand Hotel du Cap": "hotel"), "" when none."""
    for at in range(1, len(tokens) - 1):
        if tokens[at] in NAME_CONNECTORS:
            return tokens[at - 1]
    return ""


def _work(before: str, after: str) -> Cue | None:
    """A work's name: after a work word or 'starred in', or in quotation marks before 'star' or 'actress' (strong);
    written alone in quotation marks ("``Lumo Nights''", not a 'so-called' body); followed by a work word (weak)."""
    quoted = bool(_QUOTED_OPEN.search(before)) and bool(_QUOTE_CLOSES.match(after))
    closed = _CLOSE_THEN_WORD.match(after)
    if _WORK_BEFORE.search(before) or (quoted and _ROLE_AFTER.match(after)) or (
            quoted and closed is not None and closed.group(1) in WORK_WORDS):
        return Cue("work", CUE_WEIGHT)
    if (quoted and not _SO_CALLED.search(_QUOTED_OPEN.sub("", before))) or _MAKING_BEFORE.search(before):
        return Cue("work", QUOTED_WEIGHT)
    following = _WORDS_AFTER.match(after)
    if (following is not None and following.group(1) in WORK_WORDS) or _CAPITAL_THE.search(before):
        return Cue("work", WORK_AFTER_WEIGHT)
    return None


def _following(after: str, before: str) -> str:
    """The lower-case word after a name that says what it is: the first one, or, after "the", "a" or a possessive
    before the name, the second after a modifier ("the Odeon theatre", "the Lumo border station"); "" when none."""
    match = _WORDS_AFTER.match(after)
    if match is None:
        return ""
    first, second = match.group(1), match.group(2) or ""
    if after.startswith(",") and first.lower() not in _SUFFIXES:
        return ""  # "in Lumo, police said": a clause after the name, no word of it ("Lumo, Inc." is)
    first = first if first.islower() or first.lower() in _SUFFIXES else ""
    if first.lower() in BODY_WORDS | PLACE_WORDS | PRODUCT_WORDS | DISEASE_WORDS | SHOP_WORDS | HOSPITAL_WORDS or (
            not first):
        return first.lower()
    return second if second.islower() and _DETERMINER_BEFORE.search(before) else ""


def _apposition(after: str) -> EntityType | None:
    """The type an apposition right after the name gives by its head noun (", a border city in …",
    ", the company's founder")."""
    match = _APPOSITION.match(after)
    if match is None:
        return None
    words = match.group(1).split()
    head = words[-1] if len(words) <= APPOSITION_WORDS else ""
    if not head.islower():
        return None
    if head in PERSON_HEADS:
        return "person"
    if head in BODY_WORDS or head in ORGANISATION_HEADS:
        return "organisation"
    return "place" if head in PLACE_WORDS or head in PLACE_HEADS else None


_MEMBERS_AFTER = re.compile(r"\s+(?:lawmakers|legislators|MPs|members|deputies|activists|militants|fighters)\b")


def members_body(text: str, end: int) -> bool:
    """A body's members after a name spaCy tags a person ("Lumo Dawn lawmakers walked out", "Kade militants"): the
    name is a party's or group's; a person's followers are written otherwise ("Lee supporters", "Lee voters")."""
    return bool(_MEMBERS_AFTER.match(text, end, end + 20))


def plural_body(text: str, start: int, tokens: tuple[str, ...]) -> bool:
    """"the" before a name ending in a plural ("the Jaguars", "the Tar Heels"): a team or band spaCy may take for
    a person; places written so ("the Philippines", "the Alps") are tagged places, and only names tagged a person
    are asked (:func:`newsprism.entities.mentions.make_mention`)."""
    last = tokens[-1] if tokens else ""
    return (bool(_THE_BEFORE.search(text[max(0, start - 5):start])) and len(last) > 3 and last.endswith("s")
            and not last.endswith(("ss", "us", "is", "'s")))


def is_disease(text: str, start: int, end: int) -> bool:
    """A disease's name: an outbreak word after it ("the Lumo-19 pandemic", "the Kessel virus")."""
    return _following(text[end:end + 30], text[max(0, start - 30):start]) in DISEASE_WORDS


_MODEL_YEAR_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)\s+(?:19|20)\d\d\s+$")
"""A model year between a determiner and a name ("his 2008 Lumo", "a 2005 Kopa"): a vehicle's make or model."""
_COLOUR_BEFORE = re.compile(r"\b(?:a|the|his|her|their)\s+(?:black|white|silver|gr[ae]y|red|blue|green|gold|"
                            r"maroon|tan|beige|burgundy|dark-colou?red|light-colou?red)\s+$")
"""A colour after an article or possessive right before a name ("a black Lumo", "his silver Kade"): a vehicle."""
_NOT_NOUNS = frozenset({"when", "about", "at", "in", "on", "was", "is", "and", "with", "to", "for", "from", "near",
                        "as", "that", "which", "while", "into", "through", "after", "before", "by", "had", "has"})
"""Lower-case words after a name that are no noun it modifies ("his 2008 Lumo when ..."): the name heads its phrase."""
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


def is_product(text: str, start: int, end: int) -> bool:
    """A vehicle, weapon, device's or program's name: a colour before it ("a black Lumo"), a product word after it
    ("the Lumo rocket", "Kopa phones"), a class suffix ("Kopa-class"), a version number or "operating system" after
    it ("Lumo 3.05"), "armed with" before it or a model year before it with no noun after it ("his 2008 Lumo"); or
    an award's ("an Oscar nod")."""
    after, before = text[end:end + 30], text[max(0, start - 30):start]
    next_word = _WORDS_AFTER.match(after)
    dated = _MODEL_YEAR_BEFORE.search(before) is not None and (
        next_word is None or not next_word.group(1).islower() or next_word.group(1) in _NOT_NOUNS)
    marked = _CLASS_AFTER, _VERSION_AFTER, _SYSTEM_AFTER, _AWARD_AFTER
    return any(pattern.match(after) for pattern in marked) or dated or bool(_ARMED_BEFORE.search(before)) or bool(
        _COLOUR_BEFORE.search(before)) or _following(after, before) in PRODUCT_WORDS


def is_the_product(text: str, start: int, end: int) -> bool:
    """The name is the product itself, not its maker's: "the" before it and one product word after it ("the Lumo
    operating system", "the Kopa rocket"), a version number, a class suffix or a colour before it ("a black Lumo");
    "Kopa phones" may be the maker's."""
    after, before = text[end:end + 30], text[max(0, start - 30):start]
    if _CLASS_AFTER.match(after) or _VERSION_AFTER.match(after) or _SYSTEM_AFTER.match(after) or (
            _COLOUR_BEFORE.search(before)):
        return True
    following = _following(after, before)
    return bool(_THE_BEFORE.search(before)) and following in PRODUCT_WORDS and not following.endswith("s")


def not_an_entity(text: str, start: int, end: int, tokens: tuple[str, ...]) -> bool:
    """A unit or technical term ("LTE", "64 GB"), a title's short form alone ("Sgt"), a disease or a date ("Jan 5"),
    or a name in a picture credit ("Credit Name/Agency", "(Name for Outlet)")."""
    if len(tokens) == 1 and (tokens[0] in UNIT_WORDS or tokens[0] in TITLE_ABBREVIATIONS or tokens[0] in _SUFFIXES
                             or tokens[0] in FAMILY_CALLS or tokens[0] == "courtesy"
                             or tokens[0] in COMPASS_SHORT or _CLOCK.fullmatch(text[start:end])):
        return True  # a unit, a title's or a company suffix's short form alone ("LLC"), a time of day ("8.49pm")
    if len(tokens) > 1 and tokens[-1] in CHARGE_WORDS:
        return True  # a charge ("First Degree Murder")
    if len(tokens) == 1 and _TITLE_TAILS.get(tokens[0]) and _TITLE_TAILS[tokens[0]].search(
            text, max(0, start - 30), start):
        return True  # "Secretary of | State": the title's last word, no body
    if _STORM_BEFORE.search(text, max(0, start - 20), start) or (
            tokens and tokens[-1] in DAY_NAMING_WORDS and _DAY_AFTER.match(text, end)):
        return True  # a storm's name ("Hurricane Lumo"), a named day ("Super | Tuesday"): an event, no entity
    if "".join(tokens) in DISEASE_NAMES or (len(tokens) > 1 and tokens[0] in CALENDAR_NAMES and all(
            token.isdigit() for token in tokens[1:])):
        return True  # a disease ("COVID-19"), a date ("Jan 5")
    if tokens and tokens[-1] in NUMBER_WORDS and _NUMBER_AFTER.match(text[end:end + 5]):
        return True
    if len(tokens) <= 2 and _NUMBER_BEFORE.search(text[max(0, start - 3):start]) and text[start:end].isupper():
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 30):start]
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    if _CREDIT_BEFORE.search(before) or _SLASH_CREDIT_AFTER.match(rest):
        return True
    if len(tokens) > 1 and _ALONE_IN_BRACKETS_BEFORE.search(before) and _ALONE_IN_BRACKETS_AFTER.match(rest):
        return True  # "(Ana Lee)" after a caption's full stop
    if (_FOR_CREDIT_BEFORE.search(before) and _FOR_CREDIT_AFTER.match(rest)) or (
            _OUTLET_CREDIT_BEFORE.search(before) and _OUTLET_CREDIT_END.match(rest)):
        return True  # "(Ana Lee for the Lumo Times)"
    return bool(_SLASH_CREDIT_BEFORE.search(before) and _CREDIT_END.match(rest)) or bool(
        _SPACED_SLASH_BEFORE.search(before))


def trim_score(text: str, start: int, end: int) -> int:
    """The end of the name without a game score after it ("Evansville 51-50" → "Evansville")."""
    match = _SCORE.search(text, start, end)
    return start + len(text[start:match.start()].rstrip()) if match else end
