"""Words around a name that say what it is, read over the phrase the name stands in (see :mod:`.evidence`).

- place: a place noun and "of" before it ("the port city of Lumo", "the villages of Kade", "the province of X"), a
  direction and "of" before it ("35 miles southwest of Lumo", "north of Kade"), a person noun and "from" before it
  ("the 17-year-old from Lumo", "a man from Kade"), an age and ", of" ("Ana Lee, 35, of Kade"), ", of" after a name
  and a comma
  after it ("Ana Lee, of Lumo, said"; weaker, as an employer is written so too), or a noun the name describes as
  a place after it in lower case ("Lumo police said", "two Kade families", "the Lumo resident", "a Kade man": a
  jurisdiction or home town, never a body named "Lumo"), or a comma and a US state after it ("Kade, Calif.");
- person: a lower-case role, kin or acquaintance noun right before it, after a comma or not ("island governor Ana
  Lee", "his mother, Ana Lee", "prosecutor Tom Berg", "neighbor Ana Lee");
- place, a street: joined by "and" to a street's name ("at Outer Lumo Drive and Kade"), one of two one-word names
  after "near", "at", "corner of" or "area of" ("near Lumo and Kade"), after a verb of going and "on", "down" or
  "along" ("walking on Kade", "drove down Lumo"), before "to the north" ("Kade to the east"); a town after "moved
  to" (weaker: a company is written so too); a town after "in" and before ", police said";
- person: a kin noun after its possessive ("Ana's grandmother"), "himself" or "herself" after it; weaker, the speaker
  named after a quotation ('," said Lee.');
- organisation: "family" or "clan" after it ("the Lumo crime family", "the Kade family"): a group named after a
  surname, never that surname's person.
"""

from __future__ import annotations

import re

from newsprism.entities.evidence import CUE_WEIGHT, PREPOSITION_WEIGHT, Cue
from newsprism.entities.names import STATE_SHORT_FORMS
from newsprism.entities.states import POSTAL_CODES
from newsprism.lexicon import HOME_NOUNS, US_STATES

_PLACE_OF = re.compile(
    r"\b(?:city|cities|town|towns|village|villages|port|province|provinces|island|islands|region|district|"
    r"county|state|capital|municipality|suburb|neighbou?rhood|borough|commune|prefecture|governorate|emirate|"
    r"hamlet|settlement|outskirts|streets)\s+of\s+(?:the\s+)?$")
"""A lower-case place noun and "of" right before a name ("the port city of Lumo"): the name is that place."""

_PLACES_OF_LIST = re.compile(
    r"\b(?:cities|towns|villages|provinces|islands|regions|districts|counties|states|capitals|suburbs)\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*,?\s+){1,6}and\s+$")
"""The last name of a list after a plural place noun and "of" ("the cities of Lumo and | Kade", "the provinces of
Lumo, Tarn and | Kade"): a place like the first, which :data:`_PLACE_OF` reads (D11's honest reading of AllSides
roundup 5783: "the major cities of Kandahar and Herat", Herat a body)."""

_DIRECTION_OF = re.compile(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$")
"""A direction and "of" before a name ("35 miles southwest of Lumo"): a place."""

PLACE_MODIFIED = frozenset({"police", "residents", "resident", "native", "families", "firefighters", "neighbourhood",
                            "neighborhood"})
"""Lower-case nouns after a name that make it the place they belong to ("Lumo police said", "two Kade families", "the
Lumo resident");
"police" is also a body word, but in lower case after a name it says whose jurisdiction ("the Verda police")."""

_ROLE_BEFORE = re.compile(
    r"\b(?:governor|prosecutor|sheriff|mayor|senator|commissioner|superintendent|inspector|trooper|investigator|"
    r"pastor|mother|father|son|daughter|wife|husband|brother|sister|grandmother|grandfather|grandson|"
    r"granddaughter|uncle|aunt|nephew|niece|cousin|boyfriend|girlfriend|fiancee?|widow|widower|stepfather|"
    r"stepmother|neighbou?r|friend|witness|relative|classmate|coworker|co-worker|super|janitor|doorman|landlord|"
    r"landlady|tenant|customer|employee|bartender|cashier|clerk|nurse|teacher)\s*,?\s+(?:[A-Z][a-z]+\s+)?$")
"""A lower-case role or kin noun right before a name ("island governor Ana Lee", "his mother, Ana Lee", "building
super Lumo Kade", a given name spaCy tagged a nationality between: gun-violence incident 412069): a person."""

_KIN_LIST_BEFORE = re.compile(r"\b(?:parents|grandparents|sons|daughters|brothers|sisters|siblings|children|"
                              r"grandchildren|survivors)\s*,\s+(?:[A-Z][a-z]+\s+(?:and|,)\s+)?$")
"""Kin in the plural, a comma and the names ("her parents, Curtis and Ana Lee", "two younger sisters, Mira and
Tova"): each name a person's (spaCy tags a given name before "and" a body; gun-violence pages of issue #19's
eleventh round)."""
_HOME_WORDS = "|".join(sorted({*HOME_NOUNS, *HOME_NOUNS.values()}, key=len, reverse=True))
_FROM_HOME = re.compile(r"\b(?:\d+-year-old|youth|" + _HOME_WORDS + r")\s+from\s+$")
"""An age or a person noun and "from" before a name ("the 17-year-old from Lumo is charged"): the home town (an
employer is written so too, "a man from Lumo Corp", but rarely with these nouns)."""

_ONE_OF_PLACE = re.compile(r"^\s+(?:couple|" + _HOME_WORDS + r")\b")
_INDEFINITE = re.compile(r"(?:^|\s)(?:a|an|A|An|two|three|four|five|six|\d+)\s+$")
"""'a', 'an' or a number before a name and a person noun after it ("A Lumo man was killed", "two Kade men"): the
name is their home town."""

_STATE_NAMES = "|".join(w.title().replace("_", r"\s+") for w in US_STATES.split())
_STATE_AFTER = re.compile(r"^,\s+(?:" + _STATE_NAMES + "|" + POSTAL_CODES.replace(" MD ", " ").replace(" ", "|") +
                          r"|(?:" + "|".join(
    short.capitalize() for _, short in STATE_SHORT_FORMS) + r")\.)(?=[,.;:)(]|\s+[a-z(]|\s*$)")
"""A comma and a US state (its name, postal code or AP abbreviation) after a name ("Nashua, New Hampshire", "Lumo,
IL", "Kade, Calif."): a town. Not "MD": after a name it is a doctor's degree as often ("Ana Lee, MD, PhD", which
made a physician a place on ECB+ dev topic 34, issue #19's twelfth round; Maryland's AP form is "Md.")."""

_HOME_BEFORE = re.compile(r"[a-z],\s+of\s+$")
_AGED_HOME_BEFORE = re.compile(r"[A-Za-z.]+\s*,\s+\d{1,3}\s*,\s+of\s+$")
"""A name, an age and ", of" before a name ("Ana Lee, 35, of Kade"): the home town, no employer."""
""", of" between a person's name and a name closed by a comma ("Ana Lee, of Lumo, said"): the home town."""

_FAMILY_AFTER = re.compile(r"^\s+(?:crime\s+|organized\s+crime\s+|organised\s+crime\s+)?(?:family|clan)\b")
""""family" or "clan" after a name ("the Lumo crime family"): a group named after a surname."""

_WORD_AFTER = re.compile(r"^\s+([a-z]+)\b")

_STREET_END = r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.|Boulevard|Blvd\.?|Lane|Parkway|Highway)"
_STREET_BEFORE = re.compile(r"\b(?:[A-Z][\w.'’-]*\s+){1,3}" + _STREET_END + r"\s+and\s+$")
_STREET_AFTER = re.compile(r"^\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}" + _STREET_END + r"(?!\w)")
"""A street's name joined by "and" to a name ("at Outer Lumo Drive and Kade", "Kade and Lumo Street"): the name is
the crossing street (spaCy tags such one-word streets people)."""
_PLURAL_HEADS = {"streets": True, "avenues": True, "roads": True, "boulevards": True, "drives": True,
                 "counties": False, "hospitals": True, "rivers": False, "islands": False, "lakes": False,
                 "parks": False, "towns": False, "cities": False, "townships": False, "parishes": False}
_CAPITAL_HEADS = ("Counties", "Parishes", "Streets", "Avenues", "Roads", "Boulevards", "Townships")
"""Plural heads also written with a capital ("Broward, Leon and Lumo Counties"; D9's honest reading of AllSides roundup
5767: the counties typed persons and a body); not "Parks", "Rivers", "Lakes", "Towns": people's surnames too."""
_HEADS = r"(" + "|".join(_PLURAL_HEADS) + "|" + "|".join(_CAPITAL_HEADS) + r")\b"
_SHARED_HEAD_AFTER = re.compile(r"^(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?){0,4},?\s+and\s+"
                                r"(?:[A-Z][\w.'’-]*\s+){1,3}" + _HEADS)
_SHARED_HEAD_LAST = re.compile(r"^\s+" + _HEADS)
_SHARED_HEAD_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s+and\s+$")
"""Two names sharing one plural head noun after them ("Wilson and Cooper streets", "Montgomery and Fairfax
counties", "Lumo and Kade hospitals"): both are that kind of place, a street or hospital (True: a one-word one
opening a street's or hospital's name the story writes is that one: "Lumo" of "Lumo Hospital") or another place
(spaCy tags the first a person or a body: gun-violence incident 595166, NeuS train 313, issue #19)."""
_BLOCK_OF = re.compile(r"\b\d[\d,]*\s+block\s+of\s+(?:the\s+)?$", re.IGNORECASE)
"""A house number's hundred and "block of" before a name ("the 15200 block of Lumo"): a street, whatever spaCy tags
it (people and bodies on gun-violence incident 391219, issue #19's eleventh round)."""
_ORDINAL_AND_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)(?:\s+(?:Street|St\.?|Avenue|Ave\.?))?\s+(?:and|&)\s+$")
_AND_ORDINAL_AFTER = re.compile(r"^\s+(?:and|&)\s+\d+(?:st|nd|rd|th)\b")
"""A numbered street joined by "and" to a name ("28th and Lumo", "Lumo and 23rd Street"): the name is the crossing
street (spaCy tags it a body: gun-violence pages of issue #19's eleventh round)."""
_ON_NEAR_BEFORE = re.compile(r"\b(?:on|along|block\s+of)\s+$")
_NEAR_AFTER = re.compile(r"^\s+near\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*[,.;]|\s+(?:on|in|and)\b|\s*$)")
_NEAR_BEFORE = re.compile(r"\b(?:on|along|block\s+of)\s+(?:[A-Z][a-z]+\s+){1,2}near\s+$")
"""A crossing written "on Lumo near Kade" ("one on Lumo near Kade on the town's north side", "the 100 block of Lumo
near Kade"; not after "at": "at Lumo near Kade" may be a shop): both names are streets, which spaCy tags people
(gun-violence incident 391219, issue #19's eleventh round); the name after "near" must end its phrase ("on Lumo near
Kade Park" is the park)."""


def _near_street(before: str, after: str) -> bool:
    """One of two names of a crossing written "on Lumo near Kade" (:data:`_NEAR_AFTER`)."""
    return bool(_ON_NEAR_BEFORE.search(before) and _NEAR_AFTER.match(after)) or bool(
        _NEAR_BEFORE.search(before) and _PAIR_CLOSED.match(after))


_OWN_HOME_BEFORE = re.compile(r"\b(?:their|his|her|our|its)\s+$")
_OWN_HOME_AFTER = re.compile(r"^\s+(?:home|house|residence|apartment)\b")
"""A possessive and "home" around a name ("in their Lumo home"): the town the home is in (spaCy tags it a person:
gun-violence incident 362259, issue #19)."""
_PAIR_BEFORE = re.compile(r"\b(?:[Nn]ear|[Aa]t|[Cc]orner\s+of|[Ii]ntersection\s+of|[Aa]rea\s+of|[Bb]lock\s+of|"
                          r"(?:home|house|residence|apartment|lived|lives|located)\s+on)\s+"
                          r"(?:(?:North|South|East|West|[NSEW]\.?)\s+)?(?:[A-Z][a-z]*[A-Z]?[a-z]+\s+and\s+)?$")
_PAIR_AFTER = re.compile(r"^\s+and\s+[A-Z][a-z]+(?![\w'’-]|\s+[A-Z&])")
_PAIR_CLOSED = re.compile(r"^(?![\w'’-]|\s+[A-Z&])")
"""Two one-word names joined by "and" after "near", "at", "corner of", "area of", "home on" ("near Lumo and Kade",
"their home on Lumo and Kade": gun-violence incident 206303, issue #19's tenth round; the first may open with a
direction, "at West Lumo and Kade": 391219, eleventh round): a crossing (a company so written has "&" or more words:
"at Lumo & Kade", "at Lumo and Kade Inc")."""
STREET_PAIR_WEIGHT = 2.0
"""Votes of :data:`_PAIR_BEFORE` for a place: above one spaCy label, below a cue, as "at Lumo and Kade" may name a
firm. Read on gun-violence incident 361212 (issue #19, sixth round: "near Orrin and Quill", "the area of Orrin and
Tamsin")."""
_GOING_ON = re.compile(r"\b(?:walk|walking|walked|drive|driving|drove|driven|travel(?:l)?ing|travel(?:l)?ed|"
                       r"head(?:ing|ed)|fled|fleeing|speeding|sped|parked|southbound|northbound|eastbound|westbound)"
                       r"\s+(?:on|down|along)\s+$")
"""A verb of going and "on", "down" or "along" before a name ("walking on Kade", "drove down Lumo"): a street."""
_COMPASS_AFTER = re.compile(r"^\s+to\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\b")
""""to the north" after a name ("Kade to the east"): a boundary, a place."""
_IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
_AUTHORITIES_SAID = re.compile(r"^,\s+(?:police|authorities|officials|deputies|investigators|officers)\s+"
                               r"(?:said|say|says|reported)\b")
""""in" before a name and ", police said" after it ("shot in Lumo, police said"): the town (spaCy tags some towns
bodies or people, and "in" alone weighs no more than its label)."""
_KIN = (r"mother|father|grandmother|grandfather|grandson|granddaughter|son|daughter|wife|husband|brother|sister|"
        r"uncle|aunt|nephew|niece|cousin|boyfriend|girlfriend|fiancee?|widow|parents|grandparents|children|"
        r"family members|friend|friends|best friend|classmate|neighbou?r")
_KIN_AFTER = re.compile(r"^['’]s\s+(?:" + _KIN + r")\b|^\s+(?:himself|herself)\b")
"""A kin or friend noun after a name's possessive ("Lumo's grandmother", "Kade's friend"), or "himself"/"herself"
after it: a person (spaCy tags some rare given names bodies all through a story: "Antwone" on gun-violence
incident 406848, issue #19's sixth round)."""
_ADMINISTRATION_AFTER = re.compile(r"^(?:['’]s)?\s+(?:administration|presidency)\b")
"""A one-word name before "administration" or "presidency" ("the Lumo administration", which spaCy tags a body): the
leader's surname, a person (NeuS train 357, issue #19's twelfth round: "Trump" an organisation)."""
_SAID_BEFORE = re.compile(r"[,\"”’']\s*said\s+$")
_SPEAKER_AFTER = re.compile(r"^[,.]")
SPEAKER_WEIGHT = 2.0
"""Votes of a quotation's speaker written after it ('," said Lumo, whose ...') for a person: above one spaCy label
(it tags such surnames places: "said Scofield" on gun-violence incident 600798, issue #19's sixth round), below a
cue, as bodies speak so too; read only for a one-word name closed by a comma or a full stop ('," said Lumo.'):
longer ones were bodies and titles on ECB+ ('," said MWEB Operations', '," said Highway Patrol Officer ...')."""
_MOVED_TO = re.compile(r"\b(?:moved|moving|relocated|relocating|emigrated)\s+(?:back\s+)?to\s+$")
MOVED_WEIGHT = 1.5
"""Votes of "moved to" before a name for a place: above one spaCy label (a town spaCy tags a person, "moved to
Warren"), below a cue, as people also move to a company."""


def context_cue(before: str, after: str, one_word: bool = True) -> Cue | None:
    """The type the phrase around a name gives (see the module's docstring), or None; ``before`` and ``after`` are
    the text right before and after the name, ``one_word`` whether the name is one word."""
    if _FAMILY_AFTER.match(after):
        return Cue("organisation", CUE_WEIGHT)
    if _PLACE_OF.search(before) or _PLACES_OF_LIST.search(before) or _DIRECTION_OF.search(before) or _FROM_HOME.search(
            before) or (
            _AGED_HOME_BEFORE.search(before)):
        return Cue("place", CUE_WEIGHT)
    if _HOME_BEFORE.search(before) and after.startswith(","):
        return Cue("place", PREPOSITION_WEIGHT)  # weak: "Ana Lee, of Lumo Corp, said" names an employer
    word = _WORD_AFTER.match(after)
    if (word is not None and word.group(1) in PLACE_MODIFIED) or (_INDEFINITE.search(before) and _ONE_OF_PLACE.match(
            after)) or _STATE_AFTER.match(after):
        return Cue("place", CUE_WEIGHT)
    if _ROLE_BEFORE.search(before) or _KIN_LIST_BEFORE.search(before):
        return Cue("person", CUE_WEIGHT)
    if _KIN_AFTER.match(after) or (one_word and _ADMINISTRATION_AFTER.match(after)):
        return Cue("person", CUE_WEIGHT)
    if one_word and _SAID_BEFORE.search(before) and _SPEAKER_AFTER.match(after):
        return Cue("person", SPEAKER_WEIGHT)
    return _street_cue(before, after)


def block_cue(before: str) -> Cue | None:
    """A street's cue for a name after "the <number> block of" (:data:`_BLOCK_OF`), or None: read even for a name
    whose last word names a place ("the 4000 block of Pecan Valley" beside "Pecan Valley Drive")."""
    return Cue("place", CUE_WEIGHT, street=True) if _BLOCK_OF.search(before) else None


def _street_cue(before: str, after: str) -> Cue | None:
    """A street's or town's cue (see the module's docstring), or None."""
    if _STREET_BEFORE.search(before) or _STREET_AFTER.match(after) or _GOING_ON.search(before) or (
            _COMPASS_AFTER.match(after)) or _BLOCK_OF.search(before) or _near_street(before, after) or (
            _ORDINAL_AND_BEFORE.search(before)) or _AND_ORDINAL_AFTER.match(after):
        return Cue("place", CUE_WEIGHT, street=True)
    shared = _SHARED_HEAD_AFTER.match(after) or (_SHARED_HEAD_LAST.match(after) if _SHARED_HEAD_BEFORE.search(
        before) else None)
    if shared is not None:
        return Cue("place", CUE_WEIGHT, street=_PLURAL_HEADS[shared.group(1).lower()])
    if _OWN_HOME_BEFORE.search(before) and _OWN_HOME_AFTER.match(after):
        return Cue("place", CUE_WEIGHT)
    if _IN_BEFORE.search(before) and _AUTHORITIES_SAID.match(after):
        return Cue("place", CUE_WEIGHT)
    pair = _PAIR_BEFORE.search(before)
    if pair is not None and (_PAIR_AFTER.match(after) if " and " not in pair.group(0) else _PAIR_CLOSED.match(after)):
        return Cue("place", STREET_PAIR_WEIGHT, street=True)
    return Cue("place", MOVED_WEIGHT) if _MOVED_TO.search(before) else None
