"""Game clocks that outlets give for one act a game holds once, differently: a record broken ('broke the record ...
with 7:42 remaining in the first half' / 'then set the record ... with 7:41 to go'; ECB+ 31/ecb) or a fight stopped
('stopping the fight at the 2:15 mark' / 'stopped the fight 44 seconds into the seventh round'; ECB+ 7/ecb), in
sentences the alignment need not link (issue #18 round 26).

Two clocks are compared only when:

- each is a game clock (:func:`~newsprism.values.game_clocks.game_clocks`) whose own words (the sentence when it
  writes one clock, else the words since the clock before) tell one of :data:`ACTS`, in a sentence neither generic
  nor projected;
- **one act**: the same act, both clocks the time left or both the time gone, no two periods named, and the
  sentences share a person's name;
- the clocks differ;
- **each article one clock** for that act, and no article of one side writes the other side's clock anywhere.

Scanned when made (round 26: every ECB+ topic, the 2,452 NeuS train lines and the AllSides roundups): acts at a game
clock in ECB+ 7/ecb, 31/ecb and 31/ecbplus only, and two sets of differing clocks, 7/ecb's and 31/ecb's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.figured import GENERIC, PROJECTION
from newsprism.conflicts.sides import OneValueEach, one_value_conflicts
from newsprism.model import Conflict, Evidence, Sentence
from newsprism.values.game_clocks import GameClock, game_clocks, same_period

ACTS = {
    "the record was broken": re.compile(r"\b(?:broke|breaks|break|breaking|set|sets|setting)\s+(?:[^\s,;.]+\s+){0,10}?"
                                        r"(?<!\d\s)(?<!\bto\s)(?:record|mark)\b", re.I),
    "the fight was stopped": re.compile(r"\bstop(?:s|ped|ping)?\s+(?:the\s+)?(?:fight|bout|contest)\b", re.I),
}
"""Acts a game holds once, as reports tell them ('broke Phil Ford's ... scoring record', 'set the mark', 'stepped in
to stop the fight'); a record tied ('tied the scoring record') is another act, and 'mark' or 'record' after 'to' is
a verb ('set up the winner to mark his 100th game'), as is a clock's 'mark' ('at the 2:15 mark')."""


@dataclass(frozen=True)
class ActClock:
    """One game clock an article gives for an act, the words of the persons named in its sentence, the sentence."""

    act: str
    clock: GameClock
    names: frozenset[str]
    sentence: Evidence


def game_act_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per act whose game clock outlets give differently: clocks of one act (:func:`_meet`) that
    differ, each article giving one clock of it and neither writing the other's."""
    items = [item for index, s in enumerate(table.sentences) for item in act_clocks(s, table.evidence(index))]
    rule = OneValueEach[ActClock](kind="number", about=lambda x: f"the game clock when {x.act}: {x.sentence.text}",
                                  claim=lambda x: (x.clock.written, x.sentence), meet=_meet,
                                  same=lambda x, y: x.clock.seconds == y.clock.seconds, writes=_writes)
    return one_value_conflicts(table, items, rule, origin)


def act_clocks(sentence: Sentence, evidence: Evidence) -> list[ActClock]:
    """The sentence's game clocks whose own words tell an act of :data:`ACTS`."""
    text = sentence.text
    clocks = game_clocks(text)
    if not clocks or GENERIC.search(text) or PROJECTION.search(text):
        return []
    names = frozenset(w for m in sentence.entities if m.label == "PERSON" for w in m.text.split() if w[:1].isupper())
    found = []
    for n, clock in enumerate(clocks):
        own = text if len(clocks) == 1 else text[clocks[n - 1].end if n else 0:clock.end]
        found += [ActClock(act, clock, names, evidence) for act, told in ACTS.items() if told.search(own)]
    return found


def _meet(x: ActClock, y: ActClock) -> bool:
    """Different articles, one act, clocks of one kind and period, a shared person's name."""
    return (x.sentence.article != y.sentence.article and x.act == y.act and same_period(x.clock, y.clock)
            and bool(x.names & y.names))


def _writes(text: str, item: ActClock) -> bool:
    """The article writes, somewhere, a game clock of the kind and seconds ``item`` gives."""
    return any((c.seconds, c.gone) == (item.clock.seconds, item.clock.gone) for c in game_clocks(text))
