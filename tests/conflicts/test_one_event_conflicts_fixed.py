"""The conflicts of a fixed invented one-event story, as the code before issue #20's per-content reading found them
(17812dd): a harbour strike told by a base report, its reprints, a rewrite that changes weekdays, years and a count,
reprints of the rewrite, and a retelling built differently (texts written for this test)."""

from __future__ import annotations

from typing import Any

import pytest
from pipeline_input import conflict_input_of

from newsprism.conflicts import ConflictInput, find_conflicts
from newsprism.conflicts.dated import dated_conflicts
from newsprism.conflicts.weekdays import weekday_conflicts
from newsprism.ingest import RawArticle
from newsprism.model import Conflict

BASE = (
    "Harbour workers in Castellane walked off the job on Tuesday, the union said. "
    "The strike began after the port authority cut night shifts in March 2019, according to the union. "
    "Union leader Petra Solvik met the port director Anton Brisk on Wednesday to discuss the dispute. "
    "The port handled 2.4 million containers in 2018, the authority said. "
    "Solvik first led a walkout at the port in 2015, when the dockers won a pay rise. "
    "About 400 workers joined the protest outside the harbour office.")
REWRITE = (
    "Harbour workers in Castellane walked off the job on Monday, the union said. "
    "The strike began after the port authority cut night shifts in May 2019, according to the union. "
    "Union leader Petra Solvik met the port director Anton Brisk on Thursday to discuss the dispute. "
    "The port handled 2.4 million containers in 2018, the authority said. "
    "Solvik first led a walkout at the port in 2014, when the dockers won a pay rise. "
    "About 450 workers joined the protest outside the harbour office.")
RETOLD = (
    "Talks went nowhere after Solvik met Anton Brisk late Thursday at the harbour office, union members said. "
    "Night shifts at the port were cut in March 2019, a move the union says caused the walkout. "
    "The dockers, whom Solvik had led in a walkout at the port back in 2014, won a pay rise then. "
    "Some 400 workers gathered outside the harbour office.")

EXPECTED = [
    ("date", [("Monday", ("rewrite", "rewrite-copy-1", "rewrite-copy-2")),
              ("Tuesday", ("base", "reprint-1", "reprint-2", "reprint-3"))]),
    ("date", [("Thursday", ("retold", "rewrite", "rewrite-copy-1", "rewrite-copy-2")),
              ("Wednesday", ("base", "reprint-1", "reprint-2", "reprint-3"))]),
    ("date", [("March 2019", ("base", "reprint-1", "reprint-2", "reprint-3", "retold")),
              ("May 2019", ("rewrite", "rewrite-copy-1", "rewrite-copy-2"))]),
    ("date", [("2014", ("retold", "rewrite", "rewrite-copy-1", "rewrite-copy-2")),
              ("2015", ("base", "reprint-1", "reprint-2", "reprint-3"))]),
]
"""(kind, [(claim, articles)] by claim) of each conflict found by 17812dd, in order; filled from that tree."""
WEEKDAYS = EXPECTED[:2]
"""What the weekday path alone found there (the aligned path finds them too: the whole's distinct conflicts)."""
DATED = EXPECTED[2:3]
"""What the dated-clause path alone found there."""


def _story() -> list[RawArticle]:
    texts = [("base", BASE, "Coast Wire"), ("reprint-1", BASE, "Daily One"), ("reprint-2", BASE, "Daily Two"),
             ("reprint-3", BASE, "Daily Three"), ("rewrite", REWRITE, "The Herald"),
             ("rewrite-copy-1", REWRITE, "Herald Weekly"), ("rewrite-copy-2", REWRITE, "Herald Sunday"),
             ("retold", RETOLD, "The Observer")]
    return [RawArticle(id=i, source=i, format="json", text=text, outlet=outlet, published="2024-03-07T10:00:00")
            for i, text, outlet in texts]


def _summary(conflicts: list[Conflict]) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
    return [(c.kind, sorted((s.claim, tuple(sorted({e.article for e in s.evidence}))) for s in c.sides))
            for c in conflicts]


@pytest.fixture(scope="module")
def story_input(resources: Any) -> ConflictInput:
    return conflict_input_of(_story(), resources)


def test_the_one_event_story_gives_the_conflicts_found_before(story_input: ConflictInput) -> None:
    assert _summary(find_conflicts(story_input)) == EXPECTED


def test_the_weekday_and_dated_paths_give_what_they_found_before(story_input: ConflictInput) -> None:
    assert story_input.story is not None and story_input.encoder is not None
    origin = story_input.story.origin
    assert _summary(weekday_conflicts(story_input.alignment.table, origin)) == WEEKDAYS
    assert _summary(dated_conflicts(story_input.alignment, story_input.timeline, story_input.encoder, origin)) == DATED
