"""Game clocks and running scores as sports reports write them: 'with 13:41 to go', 'with 7:42 left in the first
half', '44 seconds into the seventh round', 'at the 2:15 mark', 'at 45-35', 'a 45-36 lead', 'tied at 13-all'.

A game clock is the time left in a period, written minutes:seconds after 'with' and before 'left', 'remaining', 'to
go' or 'to play', or the time gone in one: 'at the M:SS mark', 'N seconds (or M:SS) into (or of) the seventh round'.
The period is read only from the clock's own phrase ('in the first half'). A running score is
a pair of points after a word that makes it the score of the moment ('at', 'to', 'led', 'trailed') or before a word
that does ('lead', 'edge', 'deficit'); a win-loss record against a name ('the Chiefs (2-13)') or a final score ('a
91-73 victory') is no running score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.lexicon import ORDINAL_WORDS
from newsprism.values.records import records, stated_records

GAME_CLOCK = re.compile(
    r"\bwith\s+(?:just\s+|only\s+|about\s+)?(?P<minutes>\d{1,2}):(?P<seconds>[0-5]\d)(?:\s+minutes?)?\s+"
    r"(?:left|remaining|to\s+go|to\s+play)\b(?:\s+(?:in|of)\s+(?:the\s+)?(?P<period>first|second|third|fourth|"
    r"1st|2nd|3rd|4th|final)\s+(?:half|quarter|period)\b)?", re.I)
"""'with 13:41 to go', 'with 7:42 remaining in the first half', 'with 6:00 minutes remaining in the third quarter'."""
MOST_PERIODS = 12
"""The most periods a game reads: a title fight's twelve rounds."""
ORDINAL = ("(?:" + "|".join(word for word, n in ORDINAL_WORDS.items() if n <= MOST_PERIODS)
           + r"|final|\d{1,2}(?:st|nd|rd|th))")
ELAPSED = re.compile(
    r"\b(?:at\s+the\s+(?P<mark>\d{1,2}:[0-5]\d)\s+mark(?:\s+of\s+the\s+(?P<of>" + ORDINAL + r")\s+(?:round|period))?"
    r"|(?:(?P<seconds>\d{1,2})\s+seconds|(?P<clock>\d{1,2}:[0-5]\d))\s+(?:into|of)\s+the\s+(?P<period>" + ORDINAL
    + r")\s+(?:round|period|quarter|half)\b)", re.I)
"""'at the 2:15 mark', '44 seconds into the seventh round', 'after 1:10 of the third period'."""
PERIODS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}
"""One spelling of each period's ordinal."""

SCORE = re.compile(r"(?<![\w.,:/-])(?P<a>\d{1,3})-(?:(?P<b>\d{1,3})|(?P<all>all))(?![\w-]|[.,:/]\d)", re.I)
SCORE_BEFORE = re.compile(r"\b(?:at|to|led|trailed|leading|trailing|lead|within|it|up|down)\s+$", re.I)
"""Words right before a running score: 'at 45-35', 'cut it to 44-40', 'led 21-14', 'made it 60-46', 'went up 61-50'."""
SCORE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:lead|edge|advantage|deficit|cushion|margin)\b", re.I)
"""Words right after one: 'a 45-36 lead', 'a 14-3 halftime lead'."""


@dataclass(frozen=True)
class GameClock:
    """Time left in a period, or gone in it, as written (``text[start:end]`` is the phrase); ``period`` is the
    period's ordinal word when the phrase names it ('first'), else None."""

    seconds: int
    gone: bool
    """``seconds`` is the time gone in the period ('44 seconds into'), not the time left ('with 7:42 left')"""
    period: str | None
    start: int
    end: int
    written: str


@dataclass(frozen=True)
class RunningScore:
    """A score of the moment as written (``text[start:end] == written``): the higher side's points first."""

    high: int
    low: int
    start: int
    end: int
    written: str


def game_clocks(text: str) -> list[GameClock]:
    """Every game clock ``text`` writes, in order."""
    found = [GameClock(int(m.group("minutes")) * 60 + int(m.group("seconds")), False, _period(m.group("period")),
                       m.start(), m.end(), m.group(0)) for m in GAME_CLOCK.finditer(text)]
    for m in ELAPSED.finditer(text):
        written = m.group("mark") or m.group("clock")
        seconds = int(m.group("seconds")) if written is None else _seconds(written)
        found.append(GameClock(seconds, True, _period(m.group("of") or m.group("period")), m.start(), m.end(),
                               m.group(0)))
    return sorted(found, key=lambda c: c.start)


def same_period(x: GameClock, y: GameClock) -> bool:
    """Both the time gone or both the time left, and no two periods named."""
    return x.gone == y.gone and len({x.period, y.period} - {None}) <= 1


def same_clock(x: GameClock, y: GameClock) -> bool:
    """The same time of one period."""
    return same_period(x, y) and x.seconds == y.seconds


def _seconds(written: str) -> int:
    minutes, seconds = written.split(":")
    return int(minutes) * 60 + int(seconds)


def _period(word: str | None) -> str | None:
    return PERIODS.get(word.lower(), word.lower()) if word else None


def running_scores(text: str) -> list[RunningScore]:
    """Every running score ``text`` writes, in order."""
    found = []
    taken = [(r.start, r.end) for r in (*records(text), *stated_records(text))]
    for match in SCORE.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        if not (SCORE_BEFORE.search(text[:match.start()]) or SCORE_AFTER.match(text[match.end():])):
            continue
        first = int(match.group("a"))
        second = first if match.group("all") else int(match.group("b"))
        found.append(RunningScore(max(first, second), min(first, second), match.start(), match.end(),
                                  match.group(0)))
    return found
