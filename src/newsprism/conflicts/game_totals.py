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
from newsprism.conflicts.sides import OneValueEach, one_value_conflicts
from newsprism.lexicon import PRONOUNS, STOP
from newsprism.memo import per_text
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
    sentence: Evidence


def game_total_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One 'number' conflict per player and unit whose games to date articles give differently, in the order of
    the player's name and the unit."""
    totals = [t for i, s in enumerate(table.sentences) for t in _totals(s.text, table.evidence(i))]
    rule: OneValueEach[Total] = OneValueEach(
        kind="number", about=lambda t: f"how many {t.unit} ({t.name})", claim=lambda t: (t.written, t.sentence),
        meet=lambda x, y: (x.name, x.unit) == (y.name, y.unit) and x.sentence.article != y.sentence.article,
        same=lambda x, y: (x.name, x.unit, x.games) == (y.name, y.unit, y.games), writes=lambda text, t: False)
    return one_value_conflicts(table, sorted(totals, key=lambda t: (t.name, t.unit)), rule, origin)


def _totals(text: str, evidence: Evidence) -> list[Total]:
    return [Total(name, unit, games, written, evidence) for name, unit, games, written in totals_written(text)]


@per_text  # a sentence's totals are read once per story, not again at each analysis (issue #20)
def totals_written(text: str) -> list[tuple[str, str, int, str]]:
    """(name, unit, games, written) of each player's games to date the sentence gives."""
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
        found.append((m.group("name"), m.group("unit"), int(count[0].value), written))
    return found
