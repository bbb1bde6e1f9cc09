"""Things seized, counted in a list: 'confiscated 9 shotguns, 40 cartridges and two radios', 'four carbines and
about 500 bullets were found and seized' (issue #18, round 18: the measure was not read, so two outlets' counts of
one seizure never met; ECB+ 12/ecbplus read).

Each thing is a measure of its own ('seized shotguns', 'seized cartridges'), so a count of one thing never meets a
count of another; a thing named twice in one list ('five hunting rifles, three other rifles') is counted in parts,
so neither part is its count (ECB+ 12/ecb). A running total ('so far', 'thus far', 'to date', 'in its seven
patrols') is counted over more than one event: its scope is 'so far', never set against one operation's count.
People counted, then seized, are arrests ('one of 41 alleged gang members seized': 41 arrested); people seized
before their count are left to the arrest measures, and amounts (money, weights, lengths: :mod:`newsprism.values`
reads their units) to the amounts' conflicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism import lexicon
from newsprism.figures.numbers import ARTICLE_OR_ZERO, Number, read_numbers
from newsprism.figures.sentence_counts import PERSON_NOUNS, Claim
from newsprism.lexicon import alternation
from newsprism.values.units import CURRENCY_WORDS, UNITS

SEIZE = r"(?:seiz(?:ed|ing)|confiscat(?:ed|ing)|impound(?:ed|ing))"
"""The verbs of a seizure. Not 'recovered' ('the index recovered 200 points') nor 'found' alone."""
VERB_BEFORE = re.compile(rf"\b{SEIZE}\s+(?:a\s+total\s+of\s+)?$", re.I)
"""The verb right before the list: 'confiscated 14 rifles', 'seized a total of 14 rifles'."""
VERB_AFTER = re.compile(rf"^\s*,?\s*(?:were|was|had\s+been|have\s+been|has\s+been|been)\s+(?:found\s+and\s+)?{SEIZE}\b",
                        re.I)
"""The passive verb right after the list: '... 300 rounds of ammunition were found and confiscated'."""
ITEM = re.compile(r"[\s-]+(?:[\w-]+\s+){0,2}?(?P<noun>[A-Za-z]{3,}s)\b(?:\s+of\s+[a-z]+)?")
"""A counted thing after its number, with up to two words between ('four M 16 carbines', 'about 500 rounds of
ammo'): the plural noun is the measure's."""
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
"""What stands between two items of one list."""
RUNNING = re.compile(r"\b(?:so\s+far|thus\s+far|to\s+date|in\s+all|(?:in|during)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                     r"(?:\w+\s+)?operations)\b", re.I)
"""Words of a running total over several events ('in its seven operations so far', 'thus far'; ECB+ 12/ecbplus read:
a ship's total over several operations beside this operation's count)."""
NOT_THINGS = frozenset({*lexicon.PERSON_NOUNS, *lexicon.STOP, "others", "persons", "times"})
"""Nouns no count of things seized has: people (arrests), function words, repetitions; units are read by their
singular (:func:`_thing`)."""


PEOPLE_SEIZED = re.compile(rf"[\s-]+(?:[\w-]+\s+){{0,3}}?(?:{PERSON_NOUNS})\s+"
                           r"(?:(?:were|was|had\s+been|have\s+been)\s+)?seized\b(?!\s+(?:upon|by|control)\b|\s+on\s+(?!(?:"
                           + alternation(lexicon.WEEKDAY_NAMES) + r")\b))", re.I)
"""People counted, then seized: an arrest ('one of 41 alleged gang members seized on Monday' beside '38 people were
arrested'; ECB+ 26/ecb read); up to three words between the count and the noun. Not 'seized by' (captives),
nor 'seized on' (but a weekday: 'seized on Tuesday') / 'seized control' (no seizure of people)."""
CAPTIVES = re.compile(r"\b(?:hostages?|captives?)\b", re.I)
"""People seized as hostages are no arrest."""


@dataclass(frozen=True)
class _Item:
    number: Number
    noun: str
    end: int


def seized_claims(text: str, read: list[Claim]) -> list[Claim]:
    """The counts of things seized the sentence ``text`` lists, each of the measure 'seized' + its noun, and the
    counts of people seized (arrested) where ``read`` (the sentence's claims so far) has none for their number."""
    items = [item for n in read_numbers(text) if not ARTICLE_OR_ZERO.fullmatch(n.written)
             and (item := _item(text, n)) is not None]
    scope = "so far" if RUNNING.search(text) else None
    claims = []
    for chain in _chains(text, items):
        if VERB_BEFORE.search(text[:chain[0].number.start]) or VERB_AFTER.match(text[chain[-1].end:]):
            nouns = [i.noun for i in chain]
            claims += [Claim(f"seized {i.noun}", scope, i.number, i.end) for i in chain if nouns.count(i.noun) == 1]
    taken = {c.number.start for c in read}
    for n in read_numbers(text):
        people = PEOPLE_SEIZED.match(text, n.end)
        if people and n.start not in taken and not ARTICLE_OR_ZERO.fullmatch(n.written) and not CAPTIVES.search(
                people.group(0)):
            claims.append(Claim("arrested", None, n, people.end()))
    return claims


def _item(text: str, number: Number) -> _Item | None:
    match = ITEM.match(text, number.end)
    if match is None or not _thing(match.group("noun").lower()):
        return None
    return _Item(number, match.group("noun").lower(), match.end())


def _thing(noun: str) -> bool:
    """A plural noun of things: no person, no unit of an amount ('tons', 'miles', 'days', 'dollars', 'euros')."""
    return noun not in NOT_THINGS and noun[:-1] not in UNITS and noun[:-1] not in CURRENCY_WORDS


def _chains(text: str, items: list[_Item]) -> list[list[_Item]]:
    """Items in runs joined by list separators (',', 'and')."""
    chains: list[list[_Item]] = []
    for item in items:
        if chains and LIST_GAP.fullmatch(text[chains[-1][-1].end:item.number.start]):
            chains[-1].append(item)
        else:
            chains.append([item])
    return chains
