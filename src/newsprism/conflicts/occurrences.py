"""How many times one named subject did one thing, across the story: 'X married twice' / 'X was married three times'
(issue #18, round 21; ECB+ 4/ecb, a tuned story).

Each count of times (:func:`newsprism.values.occurrences.occurrences`) is keyed by the root of the word of what
happened (:func:`~newsprism.conflicts.body_counts.root`: 'married' / 'marries') and by the names its clause gives
before it (its subject: :func:`subject_names`). Precision first: two counts meet only when both clauses name a
subject and share a name, their sentences bound them to the same span (:func:`~newsprism.conflicts.body_counts.
window_at`: 'this season', 'since 2019'), neither is of more times ('two more times'), and an article that gives
two counts of one key stands on no side. A side's claim writes the count in digits when its words have none
('twice (2)').
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.body_counts import root, window_at
from newsprism.conflicts.sides import Claim, build_sides, number_conflict, two_valued
from newsprism.lexicon import CALENDAR_NAMES, MULTIPLES, PRONOUNS, STOP
from newsprism.model import Conflict, Evidence
from newsprism.values import Occurrence, occurrences

CLAUSE_START = re.compile(r"[;:,()\u2014]|\b(?:and|but|while|after|before|when|since|because)\b", re.I)
"""Where the clause holding a count begins: its subject stands between there and the count."""


@dataclass(frozen=True)
class Counted:
    """One count of times with its key and the sentence stating it."""

    key: str
    names: frozenset[str]
    span: frozenset[str]
    occurrence: Occurrence
    evidence: Evidence


def occurrence_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One 'number' conflict per subject and thing done whose count of times articles give differently."""
    items = [Counted(root(o.verb), subject_names(s.text, o), window_at(s.text, o.start), o, table.evidence(i))
             for i, s in enumerate(table.sentences) for o in occurrences(s.text) if o.verb and not o.more]
    conflicts = []
    for group in _groups(items):
        split = two_valued((x.evidence.article, str(x.occurrence.count)) for x in group)
        claims = [Claim(_written(x.occurrence), str(x.occurrence.count), x.evidence) for x in group
                  if x.evidence.article not in split]
        sides = build_sides(claims, origin, lambda a, b: a == b)
        if len(sides) >= 2:
            conflicts.append(number_conflict(f"how many times ({group[0].occurrence.verb})", sides))
    return conflicts


def _written(o: Occurrence) -> str:
    """The count as written, with its digits where its word has none ('twice (2)')."""
    return f"{o.written} ({o.count})" if o.written.lower() in MULTIPLES else o.written


def subject_names(text: str, o: Occurrence) -> frozenset[str]:
    """Capitalised words of the count's clause before it (no pronoun, function word, month or weekday)."""
    start = max([m.end() for m in CLAUSE_START.finditer(text, 0, o.start)] + [0])
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[A-Za-z][\w'’.-]*", text[start:o.start])]
    return frozenset(w for w in words if w[:1].isupper() and w.lower() not in STOP and w.lower() not in PRONOUNS
                     and w.lower() not in CALENDAR_NAMES)


def _groups(items: list[Counted]) -> list[list[Counted]]:
    """Items of one key, joined when they share a subject name and a span, with two counts in two articles."""
    groups: list[list[Counted]] = []
    for item in items:
        if not item.names:
            continue
        group = next((g for g in groups if g[0].key == item.key and g[0].span == item.span
                      and any(x.names & item.names for x in g)), None)
        if group is None:
            groups.append([item])
        else:
            group.append(item)
    return [g for g in groups if len({x.evidence.article for x in g}) >= 2
            and len({x.occurrence.count for x in g}) >= 2]
