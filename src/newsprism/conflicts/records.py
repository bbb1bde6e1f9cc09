"""Win-loss records of one named person that outlets give differently ('Wladimir Klitschko (52-3, 46 KOs)' /
'Wladimir Klitschko, 53-3, 47 KO's', ECB+ 7/ecb, labelled before this check was written), in sentences the
alignment need not link.

A record belongs to the name it is written against: in a bracket right after it or set off by commas
(:func:`newsprism.values.records`, the one reader of records). The person is keyed as :mod:`.ages` keys ages (the
first and last word of a PERSON name of two words or more); a surname alone ('Bowe (45-1, 33 KOs)') is the full
name its article gives with that surname, when it gives exactly one. Two records disagree when a field both give
differs (wins, losses, draws, knockouts). Not compared, as for ages: a sentence of another time (:data:`.ages.THEN`,
:data:`newsprism.figures.another_event.RECALLED`), an article that gives the person two records.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsprism.align import SentenceTable
from newsprism.conflicts.ages import THEN, named_people, person_words, story_people
from newsprism.conflicts.explain import explain
from newsprism.conflicts.sides import Claim, build_sides
from newsprism.figures.another_event import RECALLED
from newsprism.model import Conflict, EntityMention, Sentence
from newsprism.values import Record, records

AGAINST = re.compile(r"\s*(?:\(|,)\s*")
"""What stands between a name and its record: the bracket or the apposition's comma."""

Person = tuple[str, str]


def record_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per named person whose record differs between articles."""
    names = _full_names(table)
    people = story_people(table)
    said: dict[Person, list[tuple[Claim, Record]]] = {}
    for index, sentence in enumerate(table.sentences):
        if THEN.search(sentence.text) or RECALLED.search(sentence.text):
            continue
        article = table.evidence(index).article
        for person, record in _recorded_people(sentence, names.get(article, {}), people):
            said.setdefault(person, []).append((Claim(record.written, record.written, table.evidence(index)),
                                                record))
    conflicts = [_conflict(person, items, origin) for person, items in said.items()]
    return [c for c in conflicts if c is not None]


def _conflict(person: Person, items: list[tuple[Claim, Record]], origin: Callable[[str], int]) -> Conflict | None:
    kept = _one_record_per_article(items)
    by_key = {c.key: r for c, r in kept}
    sides = build_sides([c for c, _ in kept], origin, lambda x, y: not _rival(by_key[x], by_key[y]))
    if len(sides) < 2:
        return None
    about = f"the record of {person[0].title()} {person[1].title()}"
    return Conflict(kind="number", about=about, sides=sides, explanation=explain("number", about, sides))


def _rival(a: Record, b: Record) -> bool:
    """The records disagree and are of one time (:meth:`newsprism.values.Record.same_time`)."""
    return a.disagrees(b) and a.same_time(b)


def _one_record_per_article(items: list[tuple[Claim, Record]]) -> list[tuple[Claim, Record]]:
    """The items of articles that give the person no two disagreeing records (a record before and after a fight)."""
    two = {c.evidence.article for c, r in items if any(
        o.evidence.article == c.evidence.article and r.disagrees(s) for o, s in items)}
    return [(c, r) for c, r in items if c.evidence.article not in two]


def _full_names(table: SentenceTable) -> dict[str, dict[str, Person | None]]:
    """Per article: surname → the one (first, last) name of two words or more it gives with that surname (None
    when it gives several: 'Wladimir Klitschko' and 'Vitali Klitschko')."""
    out: dict[str, dict[str, Person | None]] = {}
    for index, sentence in enumerate(table.sentences):
        known = out.setdefault(table.evidence(index).article, {})
        for person in _people(sentence):
            words = person_words(person)
            if len(words) >= 2:
                name = (words[0], words[-1])
                known[words[-1]] = name if known.get(words[-1], name) == name else None
    return out


def _recorded_people(sentence: Sentence, names: dict[str, Person | None],
                     people: set[Person]) -> list[tuple[Person, Record]]:
    """(first and last word of a person's name, record) for each record written against a name: a PERSON, or a
    name the parse tags otherwise here but PERSON elsewhere in the story ('Wladimir Klitschko, 53-3, 47 KO's' read
    as a place, ECB+ 7/ecb)."""
    found = []
    for record in records(sentence.text):
        start = sentence.start + record.start
        for person in _people(sentence, people, names):
            between = sentence.text[person.end - sentence.start:record.start] if person.end <= start else None
            if between is None or AGAINST.fullmatch(between) is None:
                continue
            words = person_words(person)
            name = (words[0], words[-1]) if len(words) >= 2 else names.get(words[-1]) if words else None
            if name is not None:
                found.append((name, record))
            break
    return found


def _people(sentence: Sentence, people: set[Person] | None = None,
            names: dict[str, Person | None] | None = None) -> list[EntityMention]:
    """The sentence's PERSON names; with ``people``, also its names of two words or more that are one of them
    (:func:`.ages.named_people`); with ``names``, a one-word name of any tag that is the surname of one full name
    of its article ('Klitschko (52-3, 46 knockouts)' tagged an organisation after 'Wladimir Klitschko')."""
    surnamed = [e for e in sentence.entities if _surname_of_one(e, names or {})]
    kept = [e for e in sentence.entities if e.label == "PERSON"] + named_people(sentence, people or set()) + surnamed
    return sorted({(e.start, e.end): e for e in kept}.values(), key=lambda e: e.start)


def _surname_of_one(entity: EntityMention, names: dict[str, Person | None]) -> bool:
    words = person_words(entity)
    return len(words) == 1 and names.get(words[0]) is not None
