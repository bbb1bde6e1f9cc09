"""How far one person fell, as outlets give it differently ('a 36-year-old hiker died after a fall of about 150
metres' / '36-year-old Ben Ode died when he slipped, falling roughly 60 metres (200 feet)', ECB+ 23/ecbplus,
labelled before this check was written), in sentences the alignment need not link.

The measure is a length right after a verb of falling ('fell about 600m', 'falling 200ft'); its subject is the one
person the sentence describes, by name or by age ('Ana Ruiz, 32,', 'The 36-year-old', 'a 36-year-old man'),
and a sentence that names a person and gives an age joins the two, so a name spelled two ways ('Ode' / 'Odey')
or left out stays one person. A sentence with two people or two ages, or of another time (:data:`.ages.THEN`,
:data:`newsprism.figures.another_event.RECALLED`), says nothing here; nor does a length of anything else ('within
80m of the bivvy'). Each article's first length for a person is its claim; an article that gives the person two
lengths that do not agree is left out. Lengths are read and converted by the one value reader
(:func:`newsprism.values.quantities`): '60 metres' and '200 feet' agree, 'about 150 metres' and 'about 60m' do not;
'about' widens a length as the reader says (what a round figure's digits round: 'about 150 metres' / 'about 200
metres' do not agree)."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsprism.align import SentenceTable
from newsprism.conflicts.ages import THEN, named_people, person_words, story_people
from newsprism.conflicts.explain import explain
from newsprism.conflicts.sides import Claim, build_sides
from newsprism.conflicts.wide_claims import wide_claims
from newsprism.figures.another_event import RECALLED
from newsprism.grouping import DisjointSets
from newsprism.model import Conflict, Evidence
from newsprism.values import Quantity, ages, agree, quantities

FALL = re.compile(r"\b(?:fell|falls?|falling|fallen|plunged?|plunging|tumbled?|tumbling)\s+(?:\w+\s+){0,2}$",
                  re.I)
"""A verb of falling at most two words before the length ('fell about 600m', 'falling some 700 metres')."""


def fall_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per person whose fall outlets give as lengths that cannot both be true."""
    falls, people = _falls(table)
    by_person: dict[str, list[tuple[Quantity, Evidence]]] = {}
    for key, length, evidence in falls:
        by_person.setdefault(people.find(key), []).append((length, evidence))
    conflicts = []
    for stated in by_person.values():
        conflict = _conflict(stated, origin)
        if conflict is not None:
            conflicts.append(conflict)
    return conflicts


def _falls(table: SentenceTable) -> tuple[list[tuple[str, Quantity, Evidence]], DisjointSets[str]]:
    """(person key, length, sentence) of each fall a sentence gives one person, and the keys joined: a name and
    an age one sentence gives one person."""
    known = story_people(table)
    people: DisjointSets[str] = DisjointSets()
    found = []
    for index, sentence in enumerate(table.sentences):
        if THEN.search(sentence.text) or RECALLED.search(sentence.text):
            continue
        names = {_name_key(person_words(p)) for p in named_people(sentence, known)}
        years = {f"age {a.years}" for a in ages(sentence.text)}
        if len(names) > 1 or len(years) > 1 or not names | years:
            continue
        keys = sorted(names | years)
        for key in keys[1:]:
            people.join(keys[0], key)
        people.find(keys[0])
        lengths = [q for q in quantities(sentence.text) if q.dimension == "length"
                   and FALL.search(sentence.text[:q.start])]
        if lengths:
            found.append((keys[0], lengths[0], table.evidence(index)))
    return found, people


def _name_key(words: list[str]) -> str:
    return f"{words[0]} {words[-1]}"


def _conflict(stated: list[tuple[Quantity, Evidence]], origin: Callable[[str], int]) -> Conflict | None:
    first: dict[str, tuple[Quantity, Evidence]] = {}
    torn = set()
    for length, evidence in stated:
        if evidence.article in first and not agree(first[evidence.article][0], length):
            torn.add(evidence.article)
        first.setdefault(evidence.article, (length, evidence))
    kept = {a: item for a, item in first.items() if a not in torn}
    lengths = {f"{i}": item[0] for i, item in enumerate(kept.values())}
    wide = wide_claims(lengths)  # 'about 2,000 feet' meets both 'about 600m' and '700 meters': no side
    claims = [Claim(item[0].written, f"{i}", item[1]) for i, item in enumerate(kept.values()) if f"{i}" not in wide]
    sides = build_sides(claims, origin, lambda x, y: agree(lengths[x], lengths[y]))
    firsts = [next(lengths[c.key] for c in claims if c.evidence == s.evidence[0]) for s in sides]
    sides = [s for i, s in enumerate(sides)
             if any(j != i and not agree(firsts[i], other) for j, other in enumerate(firsts))]
    if len(sides) < 2:
        return None
    about = "how far one person fell"
    return Conflict(kind="number", about=about, sides=sides, explanation=explain("number", about, sides))
