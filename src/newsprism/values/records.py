"""Win-loss records as sports reports write them against a name: '(52-3, 46 KOs)', ', 45-7-2, 36 KO's,',
'(43-1)': wins, losses, draws when given, and knockouts when the bracket or apposition counts them.

Only the two places a record stands for a name are read (the caller knows the name): a bracket right after it
('Wladimir Klitschko (52-3, 46 KOs)') and an apposition set off by commas ('Riddick Bowe, 43-1, 33 KO's,').
A score ('won 31-24'), a vote ('passed 52-48') or a date is neither: they stand after a verb, not against a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

RECORD = re.compile(r"(?P<wins>\d{1,3})-(?P<losses>\d{1,3})(?:-(?P<draws>\d{1,3}))?(?![\d-])"
                    r"(?:,?\s+(?:with\s+)?(?P<kos>\d{1,3})\s*(?:KO['’]s|KOs?|knockouts|knockout\s+wins|wins\s+by\s+"
                    r"knockout)(?![\w'’]))?")
"""'52-3', '45-7-2', '52-3, 46 KOs', '53-3, 47 KO's', '52-3 with 46 knockouts'."""
OPENING = re.compile(r"(?:\(\s*|,\s+)$")
"""What opens a record against a name: a bracket or the comma of an apposition."""
CLOSING = re.compile(r"\s*(?:\)|,|;|\.(?:\s|$)|$)")
"""What closes it: the bracket, the apposition's comma, the clause's end."""
SCORE_RUN = re.compile(r",\s*\d{1,3}-\d{1,3}\b|\d{1,3}-\d{1,3},\s*$")
"""A record-shaped figure next to another ('6-4, 6-3'): the scores of sets or games, no record."""


@dataclass(frozen=True)
class Record:
    """A win-loss record (``text[start:end] == written``); ``opened`` by a bracket or an apposition's comma."""

    wins: int
    losses: int
    draws: int | None
    knockouts: int | None
    start: int
    end: int
    written: str
    opened: Literal["bracket", "apposition"]

    def disagrees(self, other: Record) -> bool:
        """Some field both records give differs (a record without draws or knockouts says nothing of them)."""
        pairs = [(self.wins, other.wins), (self.losses, other.losses), (self.draws, other.draws),
                 (self.knockouts, other.knockouts)]
        return any(a is not None and b is not None and a != b for a, b in pairs)


def records(text: str) -> list[Record]:
    """Every record ``text`` writes in a bracket or an apposition, in order."""
    found = []
    for match in RECORD.finditer(text):
        opening = OPENING.search(text[max(0, match.start() - 3):match.start()])
        if opening is None or CLOSING.match(text, match.end()) is None:
            continue
        if "(" in opening.group(0) and not text[match.end():].lstrip().startswith(")"):
            continue  # '(52-3' must close its bracket: '(2-1 in 2008 ...)' says more than a record
        if SCORE_RUN.match(text, match.end()) or SCORE_RUN.search(text[max(0, match.start() - 12):match.start()]):
            continue  # 'beat Federer, 6-4, 6-3': set scores, no record
        draws, kos = match.group("draws"), match.group("kos")
        found.append(Record(int(match.group("wins")), int(match.group("losses")), int(draws) if draws else None,
                            int(kos) if kos else None, match.start(), match.end(), match.group(0),
                            "bracket" if "(" in opening.group(0) else "apposition"))
    return found
