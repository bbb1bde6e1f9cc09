"""Where a name spaCy cut at a possessive, a bill's number, a district or a party's adjective really ends, and what
it then names: :func:`continued`, read by :mod:`.mentions` on every span and by :mod:`.spread`."""

from __future__ import annotations

import re

from newsprism.entities.bills import bill_end
from newsprism.entities.kind_words import BODY_WORDS, PLACE_WORDS, ROLES_BEFORE_NAMES, SHOP_WORDS
from newsprism.entities.names import TITLE_OPENING, alias_name, fold, name_key
from newsprism.entities.tails import name_tail
from newsprism.model import EntityType


def continued(text: str, start: int, end: int, label: EntityType) -> tuple[int, EntityType]:
    """Where a name spaCy cut at a possessive ends, and its type: a possessive and capitalised words after it ending
    in a place's or body's word belong to the name ("St. Lumo's Parish", "Lumo County Sheriff's Department", "Lumo
    Children's Medical Center"); a person-tagged span opening with a title or a saint's name and holding such a
    possessive is the place or body ("Prince Kade's County Police Department", "St. Kade's Ct."); "State's" before
    "Attorney" is the office's, no part of the name ("Lumo County State's Attorney"), and so is a party's adjective
    before a lower-case noun ("the Lumo Democratic primary")."""
    if (bill := bill_end(text, start, end)) is not None:
        return bill, "work"  # "Senate | Bill 8": the bill (:mod:`.bills`)
    titled = label != "person" or TITLE_OPENING.match(text[start:end]) is not None or bool(
        _SAINT.match(text, start))
    if label == "person" and _SCHOOL_OWNED.match(text, start, end) is not None:
        return end, "organisation"  # "Lumo's T.J. Kade School of Law": the university's school, no person
    inner = _INNER_OWNED.search(text, start, end)
    if label == "person" and titled and inner is not None and fold(inner.group(1)) in OWNED_WORDS:
        return end, _owned_type(text[start:end].split()[-1])
    possessive = _POSSESSIVE_END.search(text, start, end) or _POSSESSIVE_AT.match(text, end)
    if possessive is not None and (eatery := _EATERY_OWNED.match(text, possessive.end())) is not None:
        return eatery.end(), "place"  # "Kade's Grill": a restaurant named after its owner, no person of the story
    if possessive is not None and (store := _STORE_OWNED.match(text, possessive.end())) is not None:
        return store.end(), "organisation"  # "a Kade's Club store": the chain's name, no "Kade" of the story
    owned = _owned_end(text, possessive.end()) if possessive is not None and titled else None
    if owned is not None and possessive is not None and not _town_owner(text, start, possessive.start(), owned[0],
                                                                          label):
        return owned
    if (tail := name_tail(text, start, end, label)) is not None:
        return tail
    if possessive is not None and _ATTORNEY.match(text, possessive.end()) and text.startswith(
            " State", possessive.start() - len(" State")):
        return possessive.start() - len(" State"), label
    if _ATTORNEY.match(text, end) and (district := _DISTRICT_END.search(text, start, end)) is not None:
        return district.start(), "place"  # "Lumo County District | Attorney Ana Lee": the county's office
    if (party := _PARTY_MODIFIER.search(text, start, end)) is not None and _LOWER_NEXT.match(text, end):
        return party.start(), label
    return end, label


_WORD_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z][a-z]+ $")
"""A capitalised word and one space just before a span, on its line."""


def alias_start(text: str, start: int, end: int, reach: int) -> int:
    """Where a known name spaCy cut before its last words begins: the capitalised word before the span when the two
    make a name of :data:`.names.ALIASES` ("a huge Islamic | State suicide bombing" → "Islamic State": D23's seed-96
    reading, AllSides roundup 5746, a record "State"), or "Port of" before a city (:data:`_PORT_BEFORE`). Not into
    the name before (``reach``)."""
    word = _WORD_BEFORE.search(text, max(reach, start - 20), start)
    if word is not None and alias_name(name_key(text[word.start():end])) is not None:
        return word.start()
    port = _PORT_BEFORE.search(text, max(reach, start - len("Port of ")), start)
    return start if port is None else port.start()


_PORT_BEFORE = re.compile(r"(?<![\w-])Port of $")
"""A port's name before the city spaCy tagged alone ("the Port of | Lumo, UPS and ..."): R4e's seed-98 reading,
AllSides 5620, where two of the port's three mentions went to the city's record."""


_SAINT = re.compile(r"(?:St\.?|Saint)\s+[A-Z]")
"""A saint's name opening a person-tagged span that holds a possessive ("St. Lumo's Ct." tagged PERSON): a place
named after the saint (gun-violence incident 595166, issue #19)."""


def _town_owner(text: str, start: int, possessive: int, end: int, label: EntityType) -> bool:
    """A town owning a venue of two words or more ("Lumo's Kade Nations Plaza") or one whose name goes on with "of"
    ("Lumo's Ministry of Trade"): the venue is a name of its own, the town's possessive no part of it; a county's, a
    saint's, a body's or a plural noun's possessive still is ("Lumo County Sheriff's Office", "St. Kade's Parish",
    "Lumo Children's Medical Center")."""
    owner = [fold(word) for word in text[start:possessive].split()]
    return label == "place" and (len(text[possessive:end].split()) > 2 or _OF_NAME.match(text, end) is not None) and (
        owner[-1] not in OWNED_WORDS | _PLURALS | ROLES_BEFORE_NAMES) and owner[0].strip(".") not in ("st", "saint")


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
""""of" and a capitalised word after the owned word: the body's name goes on ("Lumo's Ministry of State Security",
R4e's seed-98 reading, AllSides 5853, where the country's possessive took "Ministry" and cut the body's name), so a
place's possessive is no part of it."""
_PLURALS = frozenset({"children", "women", "men", "people", "veterans", "workers"})
"""Plural nouns whose possessive opens a venue's or body's name ("Children's Hospital", "People's Party")."""


def _owned_end(text: str, at: int) -> tuple[int, EntityType] | None:
    """The end and type of the capitalised words after a possessive at ``at``, up to the last of the first three
    that is a place's or body's word ("'s Medical Center"); None when none is."""
    words = list(_NEXT_WORDS.finditer(text, at, at + 60))
    ends = [w for w in _consecutive(words, at)[:3] if fold(w.group(1)) in OWNED_WORDS]
    return (ends[-1].end(), _owned_type(ends[-1].group(1))) if ends else None


def _consecutive(words: list[re.Match[str]], at: int) -> list[re.Match[str]]:
    """The capitalised words written one right after the other from ``at``."""
    run: list[re.Match[str]] = []
    for word in words:
        if word.start() != (run[-1].end() if run else at):
            break
        run.append(word)
    return run


def _owned_type(word: str) -> EntityType:
    return "organisation" if fold(word).strip(".") in BODY_WORDS else "place"


_POSSESSIVE_END = re.compile(r"['’]s$")
_POSSESSIVE_AT = re.compile(r"['’]s\b")
_NEXT_WORDS = re.compile(r"\s+([A-Z][a-z]+)\b")
_INNER_OWNED = re.compile(r"['’]s\s+([A-Z][a-z]+)\b")
_SCHOOL_OWNED = re.compile(r"[A-Z][a-z]+['’]s\s+(?:(?:[A-Z]\.)+\s*|[A-Z][a-z]+\s+){0,4}(?:School|College)\b")
"""One capitalised word's possessive, up to four capitalised words or initials, then "School" or "College", in a
span spaCy tagged a person ("Lumo’s R.T. Kade School of Nursing", invented; D22's seed-94 reading, AllSides 5658,
where the university was typed a person): a university's school, a body. A person's name has two words, so
"Ana Lee's" does not open it."""
_ATTORNEY = re.compile(r"\s+Attorney\b")
_DISTRICT_END = re.compile(r"(?<=County)\s+District$|(?<=Co\.)\s+District$")
"""A county's name spaCy ran into its district attorney's title, cut before "Attorney" ("Lumo County District |
Attorney Ana Lee", gun-violence incident 598115, issue #19's thirteenth round): the county, the office's words
(like "State's" before "Attorney") no part of it."""
_EATERY_OWNED = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Grill|Bar|Pub|Diner|Tavern|Lounge|Saloon|Pizza|Pizzeria|"
                           r"Bakery|Deli|Cafe|Café|Restaurant|Steakhouse|Bistro|Liquors?|Barbershop|Shack|Place|Kitchen|Inn|"
                           r"Nightclub)\b(?!['’])")
"""A possessive then up to three capitalised words ending in an eatery's or bar's word ("Kade's Grill", "Lumo's
Crab Shack", "Kade's Place": a club's name, gun-violence incident 377047): one restaurant's name, a place (spaCy tags
the owner's name a person and the rest a body)."""
_STORE_OWNED = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,1}[A-Z][a-z]+(?=\s+(?:" + "|".join(sorted(SHOP_WORDS)) + r")\b)")
"""A possessive then one or two capitalised words before a shop's word ("a Kade's Club store"): the chain's name, a
company (issue #19's known wrong kinds: "Sam" of "a Sam's Club store" on a gun-violence page)."""
_PARTY_MODIFIER = re.compile(r"(?<=\w)\s+(?:Democratic|Republican)$")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
"""A party's adjective ending a span before a lower-case noun ("the Lumo Democratic primary"): the place's name
ends before it."""
OWNED_WORDS = BODY_WORDS | PLACE_WORDS | {"parish", "hospital", "school", "center", "centre"}
"""Capitalised words after a possessive that end the name it belongs to ("St. Lumo's Hospital"): a body's or
place's last word, and the heads left out of those lists because they also end other names ("Center")."""
