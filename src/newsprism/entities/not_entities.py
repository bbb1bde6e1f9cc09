"""Names that are no entity of the story: units, dates, charges, storms, named days, fields of study, picture credits.

:func:`not_an_entity` says when a mention is a unit or technical term ("64 GB", "LTE"), a numbered description
("Juror No. 8"), a picture credit ("Credit Name/Agency", "(Name for Outlet)"), a storm's name or a named day;
:func:`trim_score` cuts a game score from a name ("Evansville 51-50" keeps its name). Moved out of
:mod:`.evidence`, which reads the type cues of the names that are entities.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.entities.bills import case_party, resolution_cut
from newsprism.entities.evidence import SUFFIXES
from newsprism.entities.kind_words import (
    AWARD_NAMES,
    AWARD_WORDS,
    CHARGE_WORDS,
    COMPASS_SHORT,
    DISEASE_NAMES,
    EVENT_NAMES,
    EVENT_WORDS,
    FAMILY_CALLS,
    NUMBER_WORDS,
    RITE_WORDS,
    ROLE_ACRONYMS,
    SERVICE_ACRONYMS,
    TITLE_ABBREVIATIONS,
    UNIT_WORDS,
)
from newsprism.entities.makers import ticker
from newsprism.lexicon import CALENDAR_NAMES, TITLES, VAGUE_COUNTS, WEEKDAY_NAMES

_NUMBER_AFTER = re.compile(r"^\.?\s*\d")
_COMMA_BEFORE = re.compile(r",\s*$")
_POSSESSOR_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)\s+$")
COMMON_HEADS = frozenset({"church", "school", "hospital", "team", "company", "family", "department", "city", "town",
                          "county", "state", "country", "nation", "community", "club", "college", "university"})
"""A body's or place's common noun written alone with a capital after a possessive ("his love of God and his
Church", gun-violence pages of issue #19's eleventh round): no name."""
_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d\d)?\s?(?:[ap]\.?m\.?|GMT|BST)", re.IGNORECASE)
"""A time of day spaCy tags as a body ("8.49pm", "0630 GMT" split): no entity."""
_NUMBER_BEFORE = re.compile(r"\d\s*(?:-|\s)?$")
_DEGREES_BEFORE = re.compile(r"\d\s*(?:-\s*)?degrees?\s+$|\d\s*°\s*$")
"""A number and "degrees" before a one-word name ("124 degrees Fahrenheit", "-40 degrees Celsius"): the scale, a unit
named after its maker, which spaCy tags a person (D14's honest reading of AllSides roundup 5940); no entity."""
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
_TITLE_TAILS = {tail: re.compile(rf"\b{head}\s+of\s+$", re.IGNORECASE)
                for head, tail in (title.rsplit(" of ", 1) for title in TITLES if " of " in title)}
"""The last word of a title written '<head> of <word>' ("Secretary of State Ana Lee"), spaCy tagged a body alone
(NeuS train 643, issue #19): no entity after its title's head."""
_PEERAGE_BEFORE = re.compile(r"\b(?:Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess|Baron|"
                             r"Baroness|Prince|Princess)\s+of\s+(?:the\s+)?$")
"""A peer's or royal's title before a place ("the Duke of | Lumo", "Prince of | Kade"): the place names the title,
no place of the story (D8's seed-74 reading, NeuS train 1192, 0-based: "Edinburgh" only in "Duke of Edinburgh")."""
_TITLE_HEADS = frozenset({"surgeon", "attorney", "inspector", "solicitor", "postmaster", "secretary", "adjutant"})
_GENERAL_AFTER = re.compile(r"\s+General\b")
"""A title's head before "General" ("US Surgeon | General", "Lumo Attorney | General"): spaCy cut the title and
tagged its first words a body (D9's honest reading of AllSides roundup 5860: "US Surgeon"); no entity."""
DEPARTMENT_WORDS = frozenset({("defense",), ("defence",), ("treasury",), ("commerce",), ("labor",), ("energy",),
                               ("interior",), ("justice",), ("education",), ("agriculture",), ("transportation",),
                               ("health",), ("homeland", "security"), ("veterans", "affairs"), ("housing",)})
_SECRETARY_AFTER = re.compile(r"\s+(?:Secretary|Minister)\b")
"""A department's word spaCy cut from the title after it ("Defense | Secretary Ana Lee", "Health | Minister Kade"):
the title's, no body of the story (D10's honest reading of AllSides roundup 5666: "Defense" a body)."""
_LONGER_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+(?:of|with|for)\s+$|\b(?:Latin|South|North|Central|Captain|"
                                 r"Miss)\s+$")
"""A capitalised word and "of"/"with"/"for" (or a compass word) before "America": the end of a longer name spaCy cut
("Veterans of | America", "Contract with | America", "Latin | America"), no mention of the country (PolNeAR dev,
read in D10's and D11's audits of an "America" = "United States" alias, also left out: ECB+ keeps them apart)."""
_LONE_PLURAL_HEADS = frozenset({("counties",), ("parishes",)})
"""A list's plural head spaCy tagged alone ("Lumo and Kade-Dale | Counties", AllSides roundup 5767): no name."""
STYLES = frozenset({("royal", "highness"), ("highness",), ("royal", "majesty"), ("majesty",), ("serene", "highness"),
                    ("imperial", "majesty")})
"""A royal's style spaCy tags a person or body ("His Royal Highness", "Her Majesty"): a way of addressing someone,
no one's name (D8's seed-74 reading, NeuS train 1192: "Royal Highness" a person)."""
_STORM_BEFORE = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Tropical\s+(?:Storm|Depression)|Storm|Superstorm)\s+$")
"""A storm's word before a name ("Hurricane Lumo", "Storm Kade"): the storm, an event the type set has no room for
(spaCy tags the name a person; read on NeuS val story 178)."""
_STORM_WORDS = r"(?:[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Ss]uperstorm|[Tt]ropical\s+(?:[Ss]torm|[Dd]epression))\s+"
_STORM_SPAN = re.compile(r"(?:(?<=Tropical\s)Storm\s+|" + _STORM_WORDS + r")(?!Cent(?:er|re)\b)[A-Z][a-z]+")
"""A span that holds the storm's words and one name ("Tropical Storm Lumo", "Tropical Depression Lumo", tagged a
body, AllSides roundup 5776 in D23's seed-96 reading; "Tropical | Storm Lumo", NeuS train 123): the storm, as above.
Bare "Storm" ("Storm Lake", a town) and "Hurricane Center" (the forecasters' body, cut from "National | Hurricane
Center") are left out."""
_DAY_AFTER = re.compile(r"\s+(?:" + "|".join(day.capitalize() for day in WEEKDAY_NAMES) + r")\b(?!['’])")
DAY_NAMING_WORDS = frozenset({"super", "black", "cyber", "good", "ash", "easter", "boxing", "bloody", "giving",
                              "holy", "palm", "shrove", "fat", "maundy"})
"""Words that name a day with a weekday after them ("Super | Tuesday", "Black | Friday"), which spaCy cuts and tags a
place or body (NeuS train 1097, issue #19): the day, an event, no entity. A town before a weekday ("Lumo Tuesday
said") is read as before."""


_FIELD_BEFORE = re.compile(
    r"\b(?:[Bb]achelor(?:['’]?s)?|[Mm]aster(?:['’]?s)?|[Dd]octorate|[Dd]egrees?|[Mm]inor|[Mm]ajored|[Dd]iploma|"
    r"Ph\.?\s?D\.?)(?:\s+of\s+(?:Science|Arts|Fine\s+Arts|Business\s+Administration))?\s+in\s+$")
"""A degree's word before a name ("a Bachelor of Science in Lumo and Kade and a Minor in Kade Studies", a reporter's
note under a gun-violence page, incident 741684 of issue #19's twelfth round): the field studied, no entity."""


_DEGREES = frozenset({"bachelor", "bachelors", "master", "masters", "doctor", "doctorate"})
"""First words of a degree's name written "<degree> of <field>" ("Bachelor of Arts"), which spaCy tags a body."""


_PEOPLE_OPENERS = frozenset({"black", "white", "hispanic", "latino", "latina", "asian", "native"})
"""Words of a people's race or origin before a place's people ("Black Lumovians", tagged ORG: R4e's seed-98 reading,
AllSides 5917)."""
_DEMONYM_PLURAL = re.compile(r"[a-z](?:ans|landers)$")
"""A place's people in the plural ("georgians", "texans", "marylanders"), not a body's plural ("panthers")."""
_POLITICAL_SIDES = frozenset({("left",), ("right",)})
"""A side of politics written with a capital ("the way the radical Left would like it", AllSides roundup 5612, D27's
honest seed-103 reading: "Left" a body): a camp of opinion, no body, as "Democrats" is no party."""
SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")
"""The end of what comes before a sentence's first word (searched up to that word): the text's start, a stop with
perhaps a closing quotation mark and a space, or a line break."""
_NEGATED_WORD = re.compile(r"Non[a-z]{3,}")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
"""A "Non-" word opening a sentence before a lower-case word ("Nonfarm payrolls increased", which spaCy tags ORG:
AllSides roundups 5634, 5802, 6062, NeuS train 146, the only such records of D22's 805 stories; D26's honest seed-102
reading): an adjective capitalised by its place, no body ("Exxon shares fell" is kept: no "Non-")."""


def not_an_entity(text: str, start: int, end: int, tokens: tuple[str, ...]) -> bool:
    """A unit or technical term ("LTE", "64 GB"), a title's short form alone ("Sgt"), a disease or a date ("Jan 5"),
    or a name in a picture credit ("Credit Name/Agency", "(Name for Outlet)")."""
    if len(tokens) == 1 and (tokens[0] in UNIT_WORDS or tokens[0] in TITLE_ABBREVIATIONS or tokens[0] in SUFFIXES
                             or tokens[0] in FAMILY_CALLS or tokens[0] == "courtesy"
                             or tokens[0] in COMPASS_SHORT or _CLOCK.fullmatch(text[start:end])):
        return True  # a unit, a title's or a company suffix's short form alone ("LLC"), a time of day ("8.49pm")
    if ticker(text, start, end) or case_party(text, start, end) or resolution_cut(text, start, end):
        return True  # "Lumo (LUM.N)": a ticker (:mod:`.makers`); "Lumo v. | Kade", "H. Res | . 5" (:mod:`.bills`)
    if len(tokens) == 1 and _DEGREES_BEFORE.search(text, max(0, start - 20), start):
        return True  # "124 degrees Fahrenheit": a temperature's scale
    if len(tokens) == 1 and (tokens[0] in ROLE_ACRONYMS or tokens[0] in SERVICE_ACRONYMS) and text[
            start:end].isupper():
        return True  # a role's or a service's acronym ("the league's MVP", "EMS arrived")
    if len(tokens) == 1 and tokens[0] in COMMON_HEADS and _POSSESSOR_BEFORE.search(text, max(0, start - 8), start):
        return True  # "her Church": a common noun capitalised, no name
    if len(tokens) == 1 and tokens[0] in VAGUE_COUNTS:
        return True  # "Millions would watch it": a vague count opening a sentence (D30's seed-112 reading), no body
    if len(tokens) == 2 and tokens[1].isdigit() and "".join(tokens) in UNIT_WORDS:
        return True  # "K-9" (a police dog unit), keyed as two words
    if len(tokens) > 1 and (tokens[-1] in CHARGE_WORDS or tokens[-1] in AWARD_WORDS or tokens[-1] in EVENT_WORDS):
        return True  # a charge ("First Degree Murder"), an award ("the Lumo Prize"), an event ("the Kade Gala")
    if tokens in EVENT_NAMES or tokens in AWARD_NAMES:
        return True  # "State of the Union" speeches: an event; "the Oscars": an award's ceremony
    if len(tokens) == 2 and tokens[0] in _PEOPLE_OPENERS and _DEMONYM_PLURAL.search(tokens[1]):
        return True  # "the right of Black Lumovians to vote": a group of people, no body
    if tokens in _POLITICAL_SIDES:
        return True  # "the radical Left": a side of politics, no body
    if len(tokens) == 1 and _NEGATED_WORD.fullmatch(text, start, end) and _LOWER_WORD_AFTER.match(text, end) and (
            SENTENCE_START_BEFORE.search(text[max(0, start - 4):start])):
        return True  # "Nonfarm payrolls increased": an adjective opening a sentence
    if tokens and tokens[-1] in RITE_WORDS and set(tokens[:-1]) <= {"holy"} and not _COMMA_BEFORE.search(
            text, max(0, start - 3), start):
        return True  # a church's rite ("receiving Communion at Mass"), not "Boston, Mass."
    if len(tokens) == 1 and _TITLE_TAILS.get(tokens[0]) and _TITLE_TAILS[tokens[0]].search(
            text, max(0, start - 30), start):
        return True  # "Secretary of | State": the title's last word, no body
    if _FIELD_BEFORE.search(text, max(0, start - 50), start) or (len(tokens) > 2 and tokens[1] == "of" and (
            tokens[0] in _DEGREES)):
        return True  # a field of study ("a Minor in Criminology"), a degree ("Bachelor of Arts")
    if tokens in _LONE_PLURAL_HEADS:
        return True  # "Lumo and Kade | Counties": the list's head alone, no name
    if tokens in STYLES or _PEERAGE_BEFORE.search(text, max(0, start - 25), start):
        return True  # "His Royal Highness", "the Duke of | Lumo": a style, a title's place
    if tokens and tokens[-1] in _TITLE_HEADS and _GENERAL_AFTER.match(text, end):
        return True  # "US Surgeon | General": a title spaCy cut
    if cut_from_longer(text, start, end, tokens):
        return True  # "Defense | Secretary Ana Lee", "Veterans of | America": a title's, a longer name's word
    if _STORM_BEFORE.search(text, max(0, start - 20), start) or storm_named(text, start, end, tokens) or (
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


def storm_named(text: str, start: int, end: int, tokens: tuple[str, ...]) -> bool:
    """A span that holds a storm's words and its name ("Tropical Storm Lumo"), or a lone name that the same article
    writes after a storm's words ("Hurricane Lumo ... as Lumo could make landfall", AllSides roundups 5743, 5765)."""
    if _STORM_SPAN.fullmatch(text, start, end):
        return True
    return len(tokens) == 1 and _has_storm_words(text) and re.search(
        _STORM_WORDS + re.escape(text[start:end]) + r"\b", text) is not None


STORM_TEXTS_CACHED = 64
"""Article texts whose answer to :func:`_has_storm_words` is remembered (the mentions of one article are read
together, so a few suffice; the texts themselves are held, a few hundred KB)."""


@lru_cache(maxsize=STORM_TEXTS_CACHED)
def _has_storm_words(text: str) -> bool:
    """Whether a storm's words are written anywhere in ``text``: where not, no name follows them, and the search
    for one name after them is not run (issue #20: it read the whole article again for every one-word mention,
    1.8 ms each: 9 of the 30 CPU s of a one-event 20 story's entities, none of its articles about a storm)."""
    return _STORM_WORDS_ANYWHERE.search(text) is not None


_STORM_WORDS_ANYWHERE = re.compile(_STORM_WORDS)


def cut_from_longer(text: str, start: int, end: int, tokens: tuple[str, ...]) -> bool:
    """A department's word before its title ("Defense | Secretary"), "America" ending a longer name ("Veterans of |
    America"): no mention, also where the story's names are looked for again (:func:`.spread.missed_mentions`)."""
    return (tokens in DEPARTMENT_WORDS and _SECRETARY_AFTER.match(text, end) is not None) or (
        tokens == ("america",) and _LONGER_NAME_BEFORE.search(text, max(0, start - 40), start) is not None)


def trim_score(text: str, start: int, end: int) -> int:
    """The end of the name without a game score after it ("Evansville 51-50" → "Evansville")."""
    match = _SCORE.search(text, start, end)
    return start + len(text[start:match.start()].rstrip()) if match else end
