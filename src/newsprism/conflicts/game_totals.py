"""How many games one named player's running total took, as outlets give it differently: 'Ortega has scored his
points in 88 games' / 'Ortega now has 1,204 points in 89 games as a Falcon' (ECB+ 31/ecbplus's career games; issue
#18), in sentences the alignment need not link.

A total is read where a capitalised name is the subject of 'has' or 'now has' (a total to date, not 'had' at another
time) and the clause that follows counts 'in N games' (or matches, starts, appearances), with no word of a stretch
before the count ('in his last five games', 'in two games against Drake') and no span in the sentence
(:func:`~newsprism.conflicts.body_counts.window_at`: 'this season', 'since 2019'). Two totals are one when the name
and the unit are one; an article that gives one player two totals stands on no side.

Scanned when made (every ECB+ topic, the NeuS train lines and the AllSides roundups): 'has ... in N games' of a named
subject is written twice, in ECB+ 31/ecbplus, the one labelled disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.body_counts import window_at
from newsprism.conflicts.sides import Claim, build_sides, number_conflict, two_valued
from newsprism.lexicon import PRONOUNS, STOP
from newsprism.model import Conflict, Evidence
from newsprism.values import numbers

TOTAL = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)\s+(?:now\s+)?has\s+(?P<what>[^.;:!?()]{0,60}?)\bin\s+(?P<count>"
                   r"[\d,]+|[a-z]+(?:[\s-][a-z]+)?)\s+(?:career\s+)?(?P<unit>games|matches|starts|appearances)\b")
"""A named subject's total to date counted in games: 'McKay has notched his in 105 games', 'Ruiz now has 40 goals in
61 matches'. The count follows 'in' at once, so 'in his last five games' and 'in the past two starts' are not read."""
STRETCH = re.compile(r"\b(?:against|versus|vs|since|during|straight|consecutive|previous|last|past|first|final|these|"
                     r"those|such)\b", re.I)
"""Words after the count that bound the games to a stretch of a career ('in two games against Drake')."""


@dataclass(frozen=True)
class Total:
    """One article's count of a named player's games to date."""

    name: str
    unit: str
    games: int
    written: str
    evidence: Evidence


def game_total_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One 'number' conflict per player and unit whose games to date articles give differently."""
    totals = [t for i, s in enumerate(table.sentences) for t in _totals(s.text, table.evidence(i))]
    conflicts = []
    for key in sorted({(t.name, t.unit) for t in totals}):
        group = [t for t in totals if (t.name, t.unit) == key]
        split = two_valued((t.evidence.article, str(t.games)) for t in group)
        claims = [Claim(t.written, str(t.games), t.evidence) for t in group if t.evidence.article not in split]
        sides = build_sides(claims, origin, lambda a, b: a == b)
        if len(sides) >= 2:
            conflicts.append(number_conflict(f"how many {key[1]} ({key[0]})", sides))
    return conflicts


def _totals(text: str, evidence: Evidence) -> list[Total]:
    if window_at(text, 0):
        return []
    found = []
    for m in TOTAL.finditer(text):
        count = numbers(m.group("count"))
        after = text[m.end():m.end() + 30]
        if (len(count) != 1 or count[0].value != int(count[0].value) or m.group("name").lower() in STOP
                or m.group("name").lower() in PRONOUNS or STRETCH.match(after.strip())):
            continue
        written = text[m.start("count") - 3:m.end("unit")]
        found.append(Total(m.group("name"), m.group("unit"), int(count[0].value), written, evidence))
    return found
