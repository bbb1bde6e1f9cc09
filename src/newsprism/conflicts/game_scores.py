"""Scores that outlets give for one moment of a game, named by its clock, differently, in sentences the alignment
need not link (e.g. 'went up 52-41 on two free throws with 9:12 to go' / 'ran off four points for a 52-42 lead
with 9:12 to play', invented; the shape of ECB+ 31/ecbplus, issue #18 round 26).

Two scores are compared only when:

- each is the one running score (:func:`~newsprism.values.game_clocks.running_scores`) of a sentence that writes one
  game clock (:func:`~newsprism.values.game_clocks.game_clocks`), no other pair of points (a run's '12-0', a
  team's record '(2-13)': the clock may be another score's, 'stretched the lead to 50-44, and ... made it 54-46 with
  7:54 to play' in the scan below), nothing between the score and the clock that puts them at two times
  (:data:`APART`: 'making it 62-46 before Drake scored two free throws with 1:41 to play'), and is neither generic
  nor projected;
- **one moment**: the clocks leave the same seconds, neither names a period the other contradicts ('in the first
  half' / 'in the second half'), and the sentences share a name (the scorer, a team);
- the scores differ by at most :data:`SAME_MOMENT_POINTS`;
- **each article one score** for that moment, and no article of one side writes the other side's score anywhere.

Scanned when made (round 26: every ECB+ topic, the 2,452 NeuS train lines and the AllSides roundups): the reader
finds such sentences in ECB+ 29/ecbplus, 31/ecb and 31/ecbplus only (13 in all), and one pair of differing scores,
31/ecbplus's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.figured import GENERIC, PROJECTION
from newsprism.conflicts.sides import OneValueEach, one_value_conflicts
from newsprism.model import Conflict, Evidence, Sentence
from newsprism.values.game_clocks import SCORE, GameClock, RunningScore, game_clocks, running_scores, same_clock

SAME_MOMENT_POINTS = 3
"""Most points (both sides together) two scores of one moment may differ by: one basket or one free throw
misreported. Set on ECB+ 31/ecbplus ('45-35' / '45-36' with 13:41 to go, 1 point); the same clock in another period
of a game comes with a score further apart, and a wider gap is left alone."""
APART = re.compile(r"\b(?:before|after|until|when|while|then|since)\b|[;:]", re.I)
"""Words between a score and a clock that make the clock another act's."""
NAMED = ("PERSON", "ORG", "GPE", "NORP")
"""The entity labels whose words tie two sentences to one moment of play."""


@dataclass(frozen=True)
class ScoreAt:
    """One running score an article gives at a game clock, the words of the names in its sentence, the sentence."""

    score: RunningScore
    clock: GameClock
    names: frozenset[str]
    sentence: Evidence


def game_score_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per moment of a game whose score outlets give differently: scores of one moment (:func:`_meet`)
    within :data:`SAME_MOMENT_POINTS`, each article giving one score of it and neither writing the other's."""
    items = [item for index, s in enumerate(table.sentences) for item in scores_at(s, table.evidence(index))]
    rule = OneValueEach[ScoreAt](kind="number", about=lambda x: f"the score {x.clock.written}: {x.sentence.text}",
                                 claim=lambda x: (x.score.written, x.sentence), meet=_meet, same=_same,
                                 writes=_writes, close=_close)
    return one_value_conflicts(table, items, rule, origin)


def scores_at(sentence: Sentence, evidence: Evidence) -> list[ScoreAt]:
    """The sentence's score at a game clock, when it writes one of each and is neither generic nor projected."""
    text = sentence.text
    clocks, scores = game_clocks(text), running_scores(text)
    if len(clocks) != 1 or len(scores) != 1 or len(SCORE.findall(text)) != 1:
        return []
    if GENERIC.search(text) or PROJECTION.search(text):
        return []
    score, clock = scores[0], clocks[0]
    if APART.search(text[min(score.end, clock.end):max(score.start, clock.start)]):
        return []
    names = frozenset(w for m in sentence.entities if m.label in NAMED for w in m.text.split() if w[:1].isupper())
    return [ScoreAt(score, clock, names, evidence)]


def _meet(x: ScoreAt, y: ScoreAt) -> bool:
    """Different articles, one clock of one period, a shared name."""
    return x.sentence.article != y.sentence.article and same_clock(x.clock, y.clock) and bool(x.names & y.names)


def _same(x: ScoreAt, y: ScoreAt) -> bool:
    return (x.score.high, x.score.low) == (y.score.high, y.score.low)


def _close(x: ScoreAt, y: ScoreAt) -> bool:
    """The scores differ by a misreport's few points."""
    return abs(x.score.high - y.score.high) + abs(x.score.low - y.score.low) <= SAME_MOMENT_POINTS


def _writes(text: str, item: ScoreAt) -> bool:
    """The article writes, somewhere, the running score ``item`` gives."""
    return any((s.high, s.low) == (item.score.high, item.score.low) for s in running_scores(text))
