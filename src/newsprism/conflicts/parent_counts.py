"""How many children one named person has, given differently by outlets ('Mother of 13 Ada Vell' / 'Vell, a mother
of 12'; ECB+ 33/ecbplus, issue #18 round 26), in sentences the alignment need not link.

A count (:data:`PARENT`) is read only when the sentence ties it to a person's name, a word of a PERSON the entity
stage found anywhere in the story (one sentence may tag 'Vell' an organisation that others tag a person): the name
right after it (:data:`AFTER`: 'mother of 13 Ada Vell'), or before it in an apposition or a copula (:data:`BEFORE`:
'Vell, 34, a mother of 12', 'Vell was the mother of 12 children'). A 'mother of 12' with no name ('a Brooklyn
mother of 12') is no count of anyone's. Two counts meet by the name's last word; they are compared when they differ,
each article gives one count for that name, and no article of one side writes the other side's count of a parent,
named or not.

Scanned when made (round 26: every ECB+ topic, the 2,452 NeuS train lines and the AllSides roundups): named counts in
ECB+ 21/ecbplus, 33/ecbplus and NeuS 2433 only, and one set of differing counts, 33/ecbplus's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.figured import GENERIC, PROJECTION
from newsprism.conflicts.sides import OneValueEach, one_value_conflicts
from newsprism.model import Conflict, Evidence
from newsprism.values import numbers

PARENT = re.compile(r"\b(?:mother|father|mom|dad|parent)\s+of\s+(?P<count>\d{1,2}|[a-z]+)(?:\s+children|\s+kids)?\b"
                    r"(?!\s*(?:years?|months?|weeks?|days?|percent|%|-))", re.I)
"""'mother of 12', 'father of three children'."""
NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
AFTER = re.compile(r"^\s+(?P<name>" + NAME + r")(?!\s*,\s*\d)")
"""The name right after the count: 'mother of 13 Ada Vell'; not a name with an age of its own, which opens a new
sentence glued to a headline (e.g. '... killing of Eastside mom of 9 Tom Reyes, 22 was convicted', invented; the
shape of ECB+ 33/ecbplus, where the name is the killer's)."""
BEFORE = re.compile(r"(?P<name>" + NAME + r")(?:,\s+\d{1,3},)?(?:\s*[-–—,]\s*|\s+)(?:who\s+)?(?:(?:was|is)\s+)?"
                    r"(?:a|an|the)\s+(?:[a-z-]+\s+)?$")
"""The name before it: 'Vell, 34, a mother of', 'Vell was the mother of', 'Ada Vell-who was a mother of'."""


@dataclass(frozen=True)
class ParentCount:
    """How many children an article gives a named person: the count, its words, the name's last word, the
    sentence."""

    count: int
    written: str
    holder: str
    sentence: Evidence


def parent_count_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per named person whose count of children outlets give differently: counts of one name
    (:func:`_meet`) that differ, each article giving that person one count and neither writing the other's count of
    a parent (:func:`_writes`)."""
    persons = frozenset(w for s in table.sentences for m in s.entities if m.label == "PERSON" for w in m.text.split())
    items = [item for index, s in enumerate(table.sentences)
             for item in parent_counts(s.text, persons, table.evidence(index))]
    rule = OneValueEach[ParentCount](kind="number",
                                     about=lambda x: f"how many children {x.holder} has: {x.sentence.text}",
                                     claim=lambda x: (x.written, x.sentence), meet=_meet,
                                     same=lambda x, y: x.count == y.count, writes=_writes)
    return one_value_conflicts(table, items, rule, origin)


def parent_counts(text: str, persons: frozenset[str], evidence: Evidence) -> list[ParentCount]:
    """The counts of children the sentence ties to a person's name (the name's last word one of ``persons``)."""
    if GENERIC.search(text) or PROJECTION.search(text):
        return []
    found = []
    for match in PARENT.finditer(text):
        read = numbers(match.group("count"))
        after = AFTER.match(text[match.end():])
        before = BEFORE.search(text[:match.start()])
        name = after.group("name") if after else before.group("name") if before else None
        if read and name and name.split()[-1] in persons:
            found.append(ParentCount(int(read[0].value), match.group(0), name.split()[-1], evidence))
    return found


def _meet(x: ParentCount, y: ParentCount) -> bool:
    return x.sentence.article != y.sentence.article and x.holder == y.holder


def _writes(text: str, item: ParentCount) -> bool:
    """The article writes, somewhere, a parent of as many children as ``item`` gives, named or not ('the mother of
    13 who ...')."""
    return any(n.value == item.count for m in PARENT.finditer(text) for n in numbers(m.group("count"))[:1])
