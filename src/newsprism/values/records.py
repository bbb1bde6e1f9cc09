"""Win-loss records as sports reports write them against a name: '(52-3, 46 KOs)', ', 45-7-2, 36 KO's,',
'(43-1)': wins, losses, draws when given, and knockouts when the bracket or apposition counts them.

Only the two places a record stands for a name are read (the caller knows the name): a bracket right after it
('Wladimir Klitschko (52-3, 46 KOs)') and an apposition set off by commas ('Riddick Bowe, 43-1, 33 KO's,').
A score ('won 31-24'), a vote ('passed 52-48') or a date is neither: they stand after a verb, not against a name.
:func:`stated_records` reads, besides, the records a clause states of its subject or a possessor ('improved to
25-7', 'Indianapolis' record rose to 9-5', 'is 122-147 in three seasons', 'compiled a 162-139 record').
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


SAME_TIME_GAMES = 2
"""Most games (or bouts) two records of one time may differ by in total. Chosen on the dev stories of ``eval
disagreements``: a boxer's '43-1' / '45-1' (ECB+ 7/ecb) and '52-3' / '53-3' are one time misreported; a team's
'10-0' beside its '14-1' five games later, in a roundup of later games (ECB+ 31/ecb, round 13), is another time of
the season (read by :mod:`newsprism.conflicts.records` and :mod:`newsprism.figures.rivals` alike)."""


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
    opened: Literal["bracket", "apposition", "stated"]
    said: int | None = None
    """where the words a clause states it with begin ('improved to', 'record rose to'), for a stated record"""

    def disagrees(self, other: Record) -> bool:
        """Some field both records give differs (a record without draws or knockouts says nothing of them)."""
        pairs = [(self.wins, other.wins), (self.losses, other.losses), (self.draws, other.draws),
                 (self.knockouts, other.knockouts)]
        return any(a is not None and b is not None and a != b for a, b in pairs)

    def games(self) -> int:
        """Games (or bouts) the record counts."""
        return self.wins + self.losses + (self.draws or 0)

    def same_time(self, other: Record) -> bool:
        """The two records may be of one time: their games differ by :data:`SAME_TIME_GAMES` at most."""
        return abs(self.games() - other.games()) <= SAME_TIME_GAMES


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


STATED_BEFORE = re.compile(
    r"(?:\brecord\s+(?:\w+\s+)?to\s+|\b(?:improv|dropp|fell|falls|mov|rose|rises|climb|slipp|stands?\b|stood)[a-z]*\s+"
    r"(?:(?:his|her|its|their)\s+(?:\w+\s+)?record\s+)?(?:to|at)\s+|\b(?P<copula>is|are|was|were)\s+(?:now\s+)?|"
    r"\bcompiled\s+a\s+(?:mark\s+of\s+)?|\b(?P<article>a)\s+)$", re.I)
"""The words a clause states a record with, right before it: a verb of a record that moved ('improved to',
'dropped to', 'record rose to', 'stand at'), a copula ('is now 10-0'), 'compiled a (mark of)', or 'a' before
'record' / 'mark' / 'season' (:data:`RECORD_NOUN`)."""
NAMED = re.compile(r"[A-Z][\w.&-]*['’]?\s*$")
"""A capitalised word right before a copula: the name a record is stated of."""
RECORD_NOUN = re.compile(r"\s+(?:record|mark|season)\b", re.I)
SCORE_WORDS = r"(?:win|victory|loss|defeat|lead|rout|decision|vote|ruling|margin|majority|edge|advantage|score|split)"
STATED_AFTER = re.compile(r"(?:\s+(?:(?!(?:after|before|in|on|at|the|a|an|since|with|and|of)\b)[a-z-]+\s+){0,2}"
                          + SCORE_WORDS + r"|\s*-\s*\d|\s*[-/:]?\d)", re.I)
"""A score, a vote or a margin, no record: 'a 20-13 victory', 'a 13-3 halftime lead', 'a 5-4 ruling'."""


def stated_records(text: str) -> list[Record]:
    """Every record ``text`` writes in a bracket or an apposition (:func:`records`), and those a clause states
    (:data:`STATED_BEFORE`), in order."""
    found = records(text)
    taken = {r.start for r in found}
    for match in RECORD.finditer(text):
        start = max(0, match.start() - 60)
        before = STATED_BEFORE.search(text[start:match.start()])
        if match.start() in taken or before is None or STATED_AFTER.match(text, match.end()):
            continue
        if before.group("article") and not RECORD_NOUN.match(text, match.end()):
            continue
        if before.group("copula") and not NAMED.search(text[:start + before.start()]):
            continue  # 'the vote was 5-4': a copula states a record of a name only ('Vale is 12-0')
        if SCORE_RUN.match(text, match.end()) or (match.start() > 0 and text[match.start() - 1] in "-/:.$"):
            continue
        draws, kos = match.group("draws"), match.group("kos")
        found.append(Record(int(match.group("wins")), int(match.group("losses")), int(draws) if draws else None,
                            int(kos) if kos else None, match.start(), match.end(), match.group(0), "stated",
                            start + before.start()))
    return sorted(found, key=lambda r: r.start)


FINAL_SCORE = re.compile(r"\b(?:an?\s+(?P<a>\d{1,3})-(?P<b>\d{1,3})\s+(?:[a-z-]+\s+)?(?:victory|win|rout|defeat|loss|"
                         r"triumph|upset)|(?:beat|beats|defeated|defeats|topped|edged|downed|routed|past|over)\s+"
                         r"(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3},?\s+(?P<c>\d{1,3})-(?P<d>\d{1,3}))(?![\d-])")
"""A game's final score: 'a 91-73 victory', 'a 108-70 rout of', 'defeated Drake, 65-53', 'beat the Hawks 3-1'."""


def final_score(text: str) -> tuple[int, int] | None:
    """The first final score ``text`` writes, higher first; None when it writes none."""
    match = FINAL_SCORE.search(text)
    if match is None:
        return None
    first, second = (int(match.group(k)) for k in (("a", "b") if match.group("a") else ("c", "d")))
    return max(first, second), min(first, second)
