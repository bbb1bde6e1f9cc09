"""The patterns of what stands at the body's edges and is cut from its first and last paragraphs: the lead's dateline
('CITY, ST (AP) — ') and a wire agency's credit closing the last paragraph ('… the clerk said. REUTERS').
:mod:`newsprism.clean.text` cuts them; :mod:`newsprism.clean.listings` reads the dateline to find a page's own lead,
and :mod:`newsprism.clean.boilerplate` reads a sentence without its closing credit. (Moved from ``text.py`` in round
26, unchanged, so that these readers need no import inside a function.)
"""

from __future__ import annotations

import re

from newsprism.clean import metadata as meta
from newsprism.typography import DASHES

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’]*(?:[ /-][A-Z][A-Z.'’]*)*)(?:,\s*(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}))?"
    r"(?:,?\s*(?P<date>[A-Z][a-z]{2,4}\.?\s\d{1,2}))?\s*(?:\((?P<agency>[^)]{2,40})\))?\s*[" + DASHES + r"]+\s+"
)
TRAILING_CREDIT = re.compile(
    rf"(?<=[.!?\"”’])\s+(?:[{DASHES}]\s*)?\(?(?P<agency>{meta.AGENCY_ALTERNATION})\)?\s*$", re.I
)
