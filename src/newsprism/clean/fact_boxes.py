"""Fact boxes at a page's top: short 'Label – value' rows ('Type – Shooting', 'Date – February 19th, 2016') whose
date is no publication stamp (:mod:`newsprism.clean.dates` skips such a row)."""

from __future__ import annotations

import re

from newsprism.clean.lines import words
from newsprism.typography import DASHES

ROW = re.compile(rf"^(?P<label>[A-Za-z][\w' ]{{0,30}}?)\s*(?:[{DASHES}]|:)\s+\S")
STAMP_LABELS = frozenset("published posted created updated modified last updated last modified date by source "
                         "first published".split())
RELEASE_LABELS = frozenset("subject from to case prosecutor contact media contact release".split())
"""A press release's header rows ('Case: Jane Roe', 'Prosecutor: ...', 'Subject: ...'): beside them a 'Date:' row is
the release's own date, no fact box's (the gunviolence dev pages' 'Date:' rows at the top: 7, two of them
releases, two in an incident's fact box of 'Type – Shooting' rows)."""
FACT_VALUE_WORDS = 6
"""A fact box's value is short ('Shooting', 'City Police', '2630 Waldron Rd.'); a headline after a colon
('Police: Man who hurt firefighters freed from jail', 8 words) or a dateline's lead ('ATLANTA - Police
are investigating ...') is longer. On the gunviolence dev pages fact-box values have 1 to 5
words."""


def fact_row(lines: list[str], index: int) -> bool:
    """A short 'Label – value' row beside another short row whose label is not a publication label: a fact box.
    The title line is no row ('Portvale Shooting: Teen killed at school' above 'Updated: Mar 28, 2017')."""
    own = ROW.match(lines[index])
    if not own or not _short_row(lines[index], own):
        return False
    for other in (index - 1, index + 1):
        row = ROW.match(lines[other]) if 0 < other < len(lines) else None
        label = row.group("label").strip().lower() if row else ""
        if row and label not in STAMP_LABELS | RELEASE_LABELS and _short_row(lines[other], row):
            return True
    return False


def _short_row(line: str, row: re.Match[str]) -> bool:
    value = line[row.end("label"):].lstrip(" :" + DASHES)
    return len(words(value)) <= FACT_VALUE_WORDS
