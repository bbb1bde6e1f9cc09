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
- a product word after the name ("the Lumo rocket", "Kopa-class") marks a product (:func:`.products.is_product`),
  which :mod:`.clutter` leaves out.

:func:`cue` gives the type and weight of the strongest of these; :func:`.not_entities.not_an_entity` says when a
mention is no entity at all (a unit, a picture credit, a score).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.entities.bills import is_bill, is_case
from newsprism.entities.kind_words import (
    BODY_WORDS,
    COMPASS,
    DISEASE_WORDS,
    FACILITY_CENTERS,
    HOSPITAL_WORDS,
    KIND_BEFORE_NAMES,
    LAW_WORDS,
    LONE_PLACE_ENDS,
    LONE_PLACE_WORDS,
    NAME_CONNECTORS,
    NOT_NOUNS,
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
)
from newsprism.entities.makers import maker_named
from newsprism.entities.names import ORDINALS, fold
from newsprism.entities.outlets import listed_outlet, outlet_named, site_reported
from newsprism.entities.reporting import reporting_cue
from newsprism.lexicon import CONTAINERS, US_STATES
from newsprism.model import EntityType

_LAW_NICKNAME = re.compile(r"[A-Z][a-z]{2,}care")
"""One word of a capitalised name and "care" ("Obamacare", "Trumpcare"): a health law's nickname after the
person who signed or proposed it, which spaCy tags a body (NeuS train 2257, 0-based, issue #19's eighteenth
round's honest reading); a law is a written work here (:data:`.kind_words.LAW_WORDS`)."""
_CARE_NOUNS = frozenset({"medi", "health", "child", "day", "skin", "self", "elder", "home", "eye", "pet", "after",
                         "foster", "kid", "primary", "urgent", "senior", "family", "vet", "dent", "pharma"})
"""Common words before "care" in the names of programmes, firms and trades ("Medicare", "Healthcare", "Daycare"):
not a law's nickname."""

CUE_WEIGHT = 3.0
"""Votes of one mention's strong context cue (title, "party", "Inc.", "Stadium"), against 1 for spaCy's label.
Chosen so two cued mentions outvote five uncued spaCy labels (a venue tagged PERSON in most headlines), while a
name spaCy labels consistently across a story is not turned by a single odd context."""

PREPOSITION_WEIGHT = 1.0
"""Votes of "in"/"near" before a name for a place: as much as one spaCy label, since "in Congress" and "in
the Senate" also occur; enough to decide a name spaCy splits between person and place."""

SITE_WEIGHT = 2.0
"""Votes of a reporting verb after a one-word name outside the outlet table ("Kopa reported"): above one spaCy label,
so a site tagged a person once is a body; below a cue, so a surname resolved to a person's full name keeps that
name's labels and titles (NeuS train 1294, 0-based, session 29; flip set of issue #19's seventeenth round)."""

_NOT_AFTER = frozenset({"team", "club", "office", "conference", "division", "school", "academy"})
"""Body words that make a name a body's only inside it ("Eastern Conference"), not after it ("the Lumo team", "a
Kade news conference", "a Lumo school")."""

_BODY_BEFORE = re.compile(r"\b(?:company|firm|carmaker|automaker|retailer|jeweller|jeweler|broadcaster|insurer|"
                          r"airline|lender|bank|chain|conglomerate|manufacturer|newspaper|supplier|chipmaker|"
                          r"(?:[Tt]ech|[Tt]echnology|[Ee]lectronics|[Rr]etail|[Oo]il|[Ee]nergy|[Mm]edia|[Ss]oftware|"
                          r"[Cc]hip|[Dd]rug|[Pp]harmaceutical|[Ii]nternet|[Tt]elecom|[Bb]anking|[Ee]-commerce)\s+giant)"
                          r"\s+$")
"""A company's kind written right before its name ("jeweler Lumo", "the carmaker Kade", "electronics giant Lumo":
NeuS train 1489, 0-based, this round's honest reading, a manufacturer typed a place): an organisation; not the kinds
a person may be ("publisher Ana Lee", "label", "studio", "maker", "a literary giant")."""

_KIND_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(KIND_BEFORE_NAMES)) +
                          r")\s+$")
"""An organisation's kind noun after "the"/"a" and up to two modifiers, right before a name ("the software vendor Lumo",
"The ransomware group Kade": D9's honest reading of AllSides roundup 5893, both typed a person): a body."""

_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|President|Senator|Sen|Rep|Gov|Governor|Mayor|Judge|"
    r"Minister|Chancellor|Premier|King|Queen|Prince|Princess|Pope|General|Gen|Lt|Col|Capt|Sgt|Officer|"
    r"Detective|Chief|Coach|Rev|Father|Sister|Bishop|Justice|Ambassador|Secretary|Chairman|Chairwoman|"
    r"actress|actor|singer|rapper|striker|quarterback|coach|star|player|officer|spokesman|spokeswoman|"
    r"director|lawyer|attorney|minister|president|leader|chief|founder|author|writer|reporter|analyst)"
    r"\.?\s+$")
_SHIP_MARKS = r"INS|MV|M/V|M/S|USS|USNS|HMS|HMAS|HMCS|HMNZS|RMS"
_PREFIX_MARKS = _SHIP_MARKS + r"|MT"
"""Ship marks opening a name; "MT" (a motor tanker) only there, not before a name spaCy cut: "10 a.m. MT, Lee"
is Mountain Time."""
VESSEL_PREFIX = re.compile(rf"(?:(?:Warship|Frigate|Destroyer|Submarine|Supertanker|Tanker|Trawler|Freighter)\s+"
                           rf"(?:(?:{_PREFIX_MARKS})\s+)?|(?:{_PREFIX_MARKS})\s+|(?:[A-Z][a-z]+\s+)?Naval\s+Ship\s+)(?=[A-Z])")
_VESSEL_BEFORE = re.compile(rf"(?:\b(?:{_SHIP_MARKS})|\b(?:(?:super)?tanker|trawler|"
                            r"dhow|freighter|frigate|warship|destroyer|submarine|cruise\s+ship|cargo\s+ship|yacht)"
                            r"|\b(?:vessel|ship|boat|dhow)\s+(?:named|called))\s*,?\s+$")
"""A ship's prefix or kind opening a name or before it ("INS Lumo", "Warship INS Lumo", "Lumarian Naval Ship Lumo",
"INS | Lumo" cut by spaCy; "MT" a motor tanker's, D7's seed-72 reading of NeuS train 2173, 0-based: "MT Lumo
Star" a place), or a ship's kind before it ("the stealth frigate Lumo", "the pirate dhow, Kade",
"supertanker Lumo Star", "a vessel named Kade"): a named ship, which the type set, having no vehicle, reads as an
organisation (a crewed unit that sails, intervenes and is seized; ECB+ tags
such names HUMAN_PART_VEH, a participant, never a place). spaCy tags them people and places: ECB+ dev topic 12,
issue #19's twelfth round."""
_APPOINTEE = re.compile(r"\b[Aa]n?\s+$"), re.compile(r"^\s+(?:nominee|appointee|loyalist)\b")
_ERA_AFTER = re.compile(r"^-era\b")
"""'a' and a one-word name before "nominee", "appointee", "loyalist" ("a Lumo nominee"; not "GOP nominee Ana Lee",
a party), or "-era" after a name that is no country, state or region ("a Lumo-era rule"; not "Vietnam-era"): the
leader's surname, a person, which spaCy tags a body in such uses (D9's honest reading of AllSides roundup 5675, "a
Biden nominee"; NeuS train 2413 in D11's audit, "a Trump-era policy" three times; PolNeAR dev "GOP nominee")."""
_AGE_AFTER = re.compile(r"^,\s*(?:\d{1,3},|aged?\s+\d{1,3}\b)")
"""An age after a name and a comma (", 38,"; ", age 38": gun-violence pages of issue #19's eleventh round, a person
tagged a body and a place in a list of victims): a person."""
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old(?:\s+[a-z]+){0,2}\s+$")
"""An age right before a name, with up to two lower-case words ("32-year-old protester Ana Lee"): a person, unless
a lower-case noun follows the name, which then only modifies it ("a 15-year-old Portvale resident"; "and", "was"
are no nouns: :data:`NOT_NOUNS`)."""
WORK_WORDS = ("movie", "movies", "film", "films", "show", "series", "sitcom", "album", "song", "single", "book",
              "novel", "memoir", "documentary", "musical", "play", "franchise", "opera", "programme", "program",
              "sequel", "trilogy", "soundtrack", "episode", "miniseries", "drama", "comedy", "thriller")
"""Lower-case words that, right before a name ("the 1999 movie Lumo Nights") or after it ("the Lumo Nights
franchise"), make it a work's name."""
_WORK_BEFORE = re.compile(r"(?<!\bto )\b(?:(?:" + "|".join(WORK_WORDS) + r"|(?:starr(?:ed|ing)|appear(?:ed|ing)|roles?|"
                          r"cameo|parts?|credits include)\s+(?:in|on))\s+(?:``|[\"“‘'])?(?:[Tt]he\s+)?|"
                          r"specials?\s+(?:(?:``|[\"“‘'])(?:[Tt]he\s+)?|The\s+))$")
"""A work word, or 'starred in', 'a role in', 'appeared on', right before a name, the name perhaps in quotation
marks ("the sequel ‘Lumo Nights’"; not after a comma: "the movie, Ana Lee said"; not after "to", a verb there:
"claims to show Ana Lee is ill", NeuS train 1478, helper D17); a comedian's "special" only before a quotation mark
or a title's capital "The" ("his latest special The Lumo Hour", AllSides roundup 5612, D27's honest seed-103
reading: "Closer" a person), not before a plain name ("a special Senate election")."""
_MAKING_BEFORE = re.compile(r"\b(?:co-?)?(?:direct(?:ed|ing)|produc(?:ed|ing)|helm(?:ed|ing)|penn(?:ed|ing)|"
                            r"co-?wr(?:ote|iting)|remak(?:e|ing)|remade)\s+(?:``|[\"“‘'])?(?:[Tt]he\s+)?$")
"""A maker's verb right before a name ("directed Lumo Nights", "co-wrote ``Kade''"): a film's, show's or book's
name, read as a work with :data:`QUOTED_WEIGHT` (one may also direct or produce an event)."""
_QUOTED_OPEN = re.compile(r"(?:``|[“\"‘'])(?:[Tt]he\s+|[Aa]n?\s+)?$")
"""A quotation mark opening right before a name, perhaps with an article inside it ("‘The Lumo Nights’")."""
_CAPITAL_THE = re.compile(r"[a-z,;:]\s+The\s+$")
"""'The' with a capital inside a sentence, before a name ("to direct The Lumo Nights"): a title's own article, a
work's (or a paper's, a band's; weak: :data:`WORK_AFTER_WEIGHT`). Not before an outbreak word: "The big picture: The
Lumo variant" is the variant's, a disease's (D11's tune reading, AllSides roundup 5759)."""
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
WORDS_AFTER = re.compile(r"^,?\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")
_APPOSITION = re.compile(
    r"^,\s+((?:a|an|the|[A-Z][\w.-]*['’]s?)\s+[^,.;:()\n—–]*?)"
    r"(?=\s+(?:in|of|on|near|at|that|which|who|with|from|for|and|where|whose|to|by)\b|[,.;:()\n—–]|$)")
_COUNTRY_AFTER = re.compile(
    r"^['’]s?\s+(?:capital|borders?|embassy|territory|prime minister|foreign (?:minister|ministry)|"
    r"defen[cs]e (?:minister|ministry)|constitution|citizens|population)\b")
"""What follows a country's or region's name and not a body's: "Lumaria's capital", "Lumaria's borders"."""
_RULED_AFTER = re.compile(r"^['’]s?\s+(?:government|regime|armed forces|border (?:crisis|emergency|wall|policy|"
                          r"policies|security|agenda|plan|strategy|czar|enforcement))\b")
"""What follows a country's name and its ruler's alike ("Lumaria's government", "Ana Lee's regime", "Ana Lee's border
emergency": a leader's policy): a place's cue as weak as one spaCy label, so a leader spaCy tags a person stays one
and the story's vote decides (NeuS train 998, session 29's tune stories; the border policies: NeuS train 1056 and
1330, helper D17)."""
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_DOMAIN_AFTER = re.compile(r"^\s?\.\s?(?:com|org|net|co\.uk|news)\b")
"""A web domain's ending after a name ("Lumonews.com", "Lumonews. com" in re-joined tokens): a publisher."""
_INDEFINITE_BEFORE = re.compile(r"(?:^|[^\w-])(?:a|an|A|An)\s+(?:local\s+|nearby\s+|new\s+)?$")
"""'a' or 'an' right before a name that heads its phrase ("looted a Rite Aid", "at a nearby Lumo"): a shop or
a branch of a chain, a body's outlet, never a person nor a place named once; with a lower-case noun after the name
("a Brooklyn man") the name is a modifier and says nothing."""
_LOWER_AFTER = re.compile(r"^[-\s]+[a-z]")
_NIGHT_CLUB = re.compile(r"^(\s+)night\s+club\b")
"""'night club' written in two words after a name ("the Lumo night club"): read as the one word "nightclub"."""
_OWNER_AFTER = re.compile(r"^['’]s\s+[a-z]")
_HOSPITAL_GROUPS = frozenset({"system", "systems", "network", "chain", "group"})
"""Words after "hospital" after a name ("the Lumo Health hospital system"): the company running hospitals, a body,
not a hospital (D7's seed-72 reading of NeuS train 1541, 0-based: typed a place)."""
_COUNTY_OFFICE_AFTER = re.compile(r"^\.?\s+(?:Sheriff|Coroner|Commissioners?|Commission|Clerk|Jail|Judge|Deputy|"
                                  r"Deputies|Attorney|Prosecutor|Courthouse|Schools)\b")
"""A county office's word after "X Co." ("Lumo Co. Sheriff"): "Co." is the county's, not a company's (gun-violence
incident 664896, session 29's honest reading)."""
_TAKEN_TO_BEFORE = re.compile(r"\b(?:taken|transported|airlifted|flown|rushed|transferred)\s+to\s+$")
"""A patient's transfer right before a name ("transported to Lumo Kade and then Kade Medical Center"): a hospital,
often named after a person, spaCy tags it so (gun-violence incident 664896, session 29's honest reading)."""
TAKEN_TO_WEIGHT = 2.0
"""Votes of :data:`_TAKEN_TO_BEFORE` for a place: above one spaCy label, below a cue, so "taken to Lumo" still joins
the story's "Lumo Hospital" (a strong place cue would make it a place of its own: gun-violence dev incidents with
"taken to Stroger" beside "Stroger Hospital")."""
"""A possessive and a lower-case noun after a name: an age before the name is the noun's ("a 21-year-old Lumo County
Sheriff's volunteer")."""
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An|[A-Z]\w*['’]s?(?:\s+[a-z]+)?)(?:\s+[A-Z]?[a-z]+-[a-z]+)?\s+$")
""""the", "a" or a possessive (with an adjective: "Russia's new"), perhaps with a hyphenated adjective ("the
Lumo-linked": D9's honest reading of AllSides roundup 5893), before a name: a noun compound may follow it."""
SUFFIXES = frozenset({"inc", "corp", "ltd", "llc", "plc", "co"})
"""Capitalised words after a name that still say what it is ("Lumo Inc.", "Lumo, Inc.")."""

APPOSITION_WORDS = 6
"""Longest apposition read for its head noun (", a Russian border city"); a longer one is a clause, not a label.
Chosen by reading the seeds' and ECB+ tune topics' appositions: labels run two to five words."""

_STREET_BEFORE = re.compile(r"\b(?:[Oo]n|[Bb]lock\s+of|[Oo]ff|[Aa]long|[Dd]own)\s+$")
"""'on', 'block of', 'off', 'along' right before a name ending in a street's word that also ends other names ("on
Lumo Court", "the 100 block of Kade Place"): a street, not a court of law (issue #19's known wrong kinds), unless a
court's word is in the name (:data:`_COURTS`: "on Lumo County Court")."""
_COURTS = frozenset({"county", "superior", "district", "circuit", "supreme", "municipal", "family", "juvenile",
                     "federal", "state", "criminal", "magistrate", "probate", "appeals", "city", "high", "claims"})
_HOUSE_NUMBER_BEFORE = re.compile(r"(?:^|\s)(?!(?:19|20)\d\d\s)\d{1,6}\s+$")
"""A house number right before a name ending in a street's word ("404 Lumo Court"; not a year: "a 2015 Supreme
Court ruling"): a street (read on gun-violence incident 702004, issue #19's sixth round)."""

_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")$")
_STATES = frozenset(US_STATES.split())
_PARTY_AFTER = re.compile(r"^\s+(?:Democrats?|Republicans?|Independents?)\b")
"""A party's member after a state ("a New Jersey Democrat"): the state a lawmaker stands for, which the indefinite
article's body cue took for a body (D15's honest reading of AllSides roundup 6061)."""

@dataclass(frozen=True)
class Cue:
    """A type the context of one mention gives, and its weight in the entity's type vote."""

    type: EntityType
    weight: float
    street: bool = False
    """a street's cue (:func:`newsprism.entities.context.context_cue`): a one-word name so cued that opens a street's
    name the story writes is that street (:func:`newsprism.entities.find.find_entities` drops the cue)"""
    taken_to: bool = False
    """a patient's transfer before the name ("taken to Lumo"): the hospital, which may be written "Lumo Hospital" too
    (:func:`newsprism.entities.contained.join_openings` still joins it)"""


def cue(text: str, start: int, end: int, tokens: tuple[str, ...]) -> Cue | None:
    """The strongest type cue of the mention ``text[start:end]`` (its words ``tokens``), or None."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 60]
    next_word = WORDS_AFTER.match(after)
    modified = bool(_LOWER_AFTER.match(after)) and not (next_word is not None and next_word.group(1) in NOT_NOUNS)
    aged = _AGE_BEFORE.search(before) is not None and not modified and not _OWNER_AFTER.match(after)
    if is_bill(text[start:end]) or is_case(text[start:end]):
        return Cue("work", CUE_WEIGHT)  # "S.B. 8", "Senate Bill 8", "Lumo v. Kade": a bill, a case (:mod:`.bills`)
    if tokens and tokens[-1] == "co" and _COUNTY_OFFICE_AFTER.match(after):
        return Cue("place", CUE_WEIGHT)  # "Lumo Co. Sheriff Ana Lee": the county, no company
    if tokens[-2:] == ("white", "house") and modified:
        return Cue("organisation", CUE_WEIGHT)  # "the (Obama) White House counsel": NeuS train 1372, 1053, 1088
    if maker_named(text[start:end], tokens, after):
        return Cue("organisation", CUE_WEIGHT)  # "Lumo-Kade boosters", "Lumo's vaccine", "Lumo (LUM.N)": a company
    if VESSEL_PREFIX.match(text, start, end) or _VESSEL_BEFORE.search(before):
        return Cue("organisation", CUE_WEIGHT)  # a ship ("INS Lumo", "the frigate Lumo")
    if outlet_named(text[start:end], before, after) or listed_outlet(text[start:end], before, after):
        return Cue("organisation", CUE_WEIGHT)  # "Politico reported", "told Politico": an outlet (:mod:`.outlets`)
    if (reported := reporting_cue(text, start, end, tokens)) is not None:
        return Cue(reported, CUE_WEIGHT)  # "Kopa's Ana Lee reports", "Lumo Survey (LS)" (:mod:`.reporting`)
    if _TITLE_BEFORE.search(before) or _AGE_AFTER.match(after) or aged:
        return Cue("person", CUE_WEIGHT)
    if len(tokens) == 1 and not text[start:end].isupper() and (
            (_APPOINTEE[0].search(before) and _APPOINTEE[1].match(after)) or (
            _ERA_AFTER.match(after) and tokens[0] not in CONTAINERS)):
        return Cue("person", CUE_WEIGHT)  # "a Lumo nominee", "a Lumo-era rule": a leader's
    if site_reported(text[start:end], after):
        return Cue("organisation", SITE_WEIGHT)  # "Kopa reported": a site outside the table (:mod:`.outlets`)
    last = tokens[-1] if tokens else ""
    following = following_word(_NIGHT_CLUB.sub(r"\1nightclub", after, count=1), before)
    head = _head_of(tokens)
    if len(tokens) > 1 and last in NUMBERED_STREET_ENDS and (_ORDINAL.match(tokens[-2]) or tokens[0] in COMPASS or (
            _HOUSE_NUMBER_BEFORE.search(before)) or (_STREET_BEFORE.search(before) and not _COURTS & set(tokens))):
        return Cue("place", CUE_WEIGHT)  # "Northwest Fourth Court", "N Lumo Court", "404 Kade Court": a street
    if len(tokens) > 1 and last.isdigit() and "_".join(tokens[:-1]) in _STATES:
        return Cue("place", CUE_WEIGHT)  # "Kentucky 218": a state route
    if "_".join(tokens) in _STATES and (_LOWER_AFTER.match(after) or _PARTY_AFTER.match(after)):
        return Cue("place", CUE_WEIGHT)  # "Utah court records", "a Utah murder-suicide", "a Utah Democrat"
    office = len(tokens) > 1 and (last in ROLES_BEFORE_NAMES or last in OUTLET_ENDS)  # "the Lumo County Sheriff"
    named_facility = len(tokens) > 1 and (last in HOSPITAL_WORDS or (
        last in ("center", "centre") and tokens[-2] in FACILITY_CENTERS))  # "University of Lumo Hospital": a hospital
    if next_word is not None and next_word.group(1) in HOSPITAL_WORDS and next_word.group(2) in _HOSPITAL_GROUPS:
        return Cue("organisation", CUE_WEIGHT)  # "the Lumo hospital system": the company, no hospital
    if _LAW_NICKNAME.fullmatch(text, start, end) and fold(text[start:end - 4]) not in _CARE_NOUNS:
        return Cue("work", CUE_WEIGHT)  # "Obamacare": a law's nickname, no body
    kind_beside = following in _KINDS_AFTER or _KIND_BEFORE.search(before) is not None  # "the software vendor Lumo"
    kind_beside = kind_beside or (next_word is not None and next_word.group(1) in _POLL_WORDS and (
        _DETERMINER_ONLY.search(before) is not None and " ".join(tokens) not in CONTAINERS))  # "a Lumo survey"
    if (len(tokens) > 1 and last in BODY_WORDS) or office or following in (BODY_WORDS - _NOT_AFTER) | SHOP_WORDS or (
            (head in BODY_WORDS and not named_facility) or _BODY_BEFORE.search(before) or kind_beside):
        return Cue("organisation", CUE_WEIGHT)
    if len(tokens) > 1 and last in LAW_WORDS:
        return Cue("work", CUE_WEIGHT)
    facility = named_facility or following in HOSPITAL_WORDS
    named_place = (len(tokens) > 1 and (last in PLACE_WORDS or bool(PLACE_FIRST.intersection(tokens[:-1])) or (
        head in PLACE_WORDS))) or (bool(tokens) and tokens[0] in LONE_PLACE_WORDS and (
        len(tokens) == 1 or (len(tokens) == 2 and last in LONE_PLACE_ENDS)))  # "the Capitol", "Capitol Hill"
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
    if _RULED_AFTER.match(after):  # before the country's words: "border emergency" is no "border"
        return Cue("place", PREPOSITION_WEIGHT)
    if _COUNTRY_AFTER.match(after):
        return Cue("place", CUE_WEIGHT)
    if _PLACE_BEFORE.search(before) and not _OWNER_AFTER.match(after):  # "in Lumo's killing": in the killing
        return Cue("place", PREPOSITION_WEIGHT)
    if _TAKEN_TO_BEFORE.search(before) and not after.startswith(("'s", "’s")):
        return Cue("place", TAKEN_TO_WEIGHT, taken_to=True)  # "transported to Lumo Kade": a hospital named so
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
    following = WORDS_AFTER.match(after)
    word = following.group(1) if following is not None else ""
    if word in WORK_WORDS or (_CAPITAL_THE.search(before) and word not in DISEASE_WORDS):
        return Cue("work", WORK_AFTER_WEIGHT)  # not "The Lumo variant": the article is the outbreak word's
    return None


_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys"})
_DETERMINER_ONLY = re.compile(r"(?:^|[^\w-])(?:[Aa]n?|[Tt]he|[Aa]nother)\s+$")
"""A determiner, a name and a poll's word ("in a Lumo survey of economists", "the Kade poll"): the pollster, a body
(D11's honest reading of AllSides roundup 5842: "a Bloomberg survey", Bloomberg a place); not a country or state
("a Texas poll": the place polled)."""
_KINDS_AFTER = ORGANISATION_HEADS - {"daily"}
"""Kind nouns after a name, or after "the" and a name and one modifier, that make it a body ("the Lumo cybercrime
gang", "the Kade firm"; D9's honest reading of AllSides roundup 5893): not "daily" ("the Lumo daily briefing")."""
_FIRST_KINDS = BODY_WORDS | PLACE_WORDS | PRODUCT_WORDS | DISEASE_WORDS | SHOP_WORDS | HOSPITAL_WORDS | _KINDS_AFTER


def following_word(after: str, before: str) -> str:
    """The lower-case word after a name that says what it is: the first one, or, after "the", "a" or a possessive
    before the name, the second after a modifier ("the Odeon theatre", "the Lumo border station"); "" when none."""
    match = WORDS_AFTER.match(after)
    if match is None:
        return ""
    first, second = match.group(1), match.group(2) or ""
    if (first.lower() not in SUFFIXES or after.startswith("-", match.end(1))) and after.startswith(","):
        return ""  # "in Lumo, police said": a clause after the name, no word of it ("Lumo, Inc." is; ", co-founder" no)
    first = first if first.islower() or first.lower() in SUFFIXES else ""
    if first.lower() in _FIRST_KINDS or (
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
