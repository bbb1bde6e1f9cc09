"""The writer's outlet a byline names after the writer: 'By Jane Roe, KXYZ News', 'By Jane Roe | The Daily X',
'Posted by Jane Roe - KXYZ 5', 'By Jane Roe and John Doe, The Daily X', 'By: Jane Roe, Daily X Staff Writer', 'By
Jane Roe of the Daily X', 'BY JANE ROE The Daily X', 'By Jane Roe, KXYZ News, Portvale'.

Read by :func:`newsprism.clean.outlets.credit_line_names` as a line naming the outlet. A wire agency there is a
credit ('By Jane Roe, Associated Press'), a role or a place is none ('By Jane Roe, Staff Writer', 'By Jane Roe,
Portvale').
"""

from __future__ import annotations

import re

from newsprism.clean.metadata import OUTLET_WORDS, agency
from newsprism.clean.outlet_names import (
    CHANNEL_WORDS,
    EXTRA_OUTLET_WORDS,
    NAME_RUN,
    media_like,
    named,
    trim,
)

PERSON = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
"""A writer's name: two to four capitalised tokens ('Jane Roe', 'Jane Q. Roe')."""
ROLE = r"(?:(?:[Ss]taff|[Ss]enior|[Cc]hief|[Ss]pecial|[Cc]ontributing)\s+)?(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|" \
       r"[Ee]ditor|[Pp]hotographer)s?"
"""A writer's role between the name and the outlet ('Staff Writer')."""
BYLINE_OUTLET = re.compile(
    rf"^(?:(?:[Pp]osted|[Ww]ritten|[Ss]tory|[Rr]eported)\s+)?(?:[Bb]y|BY):?\s+{PERSON}(?:\s*(?:,|and|&)\s*{PERSON})*"
    rf"(?:\s*,\s*{ROLE})?\s*(?:[,|/]|\s[-–—]|\s+(?:of|for)\s+(?:the\s+)?)\s*(?P<name>{NAME_RUN})|"
    rf"^(?:[Bb]y|BY):?\s+[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{1,2}}\s+"
    rf"(?P<after_capitals>(?=(?:The\s+)?[A-Z][a-z])(?:{NAME_RUN}))")
"""The writer's outlet after the name and a comma, bar, slash, dash, 'of' or 'for' (a role between them is passed
over: 'By Jane Roe, Staff Writer, The Daily X'), or after a name in capitals ('BY JANE ROE The Daily X')."""
ROLE_WORDS = frozenset("editor editors writer writers reporter reporters correspondent contributor columnist producer "
                       "photographer anchor intern".split())
ROLE_OPENERS = frozenset("senior chief staff special contributing managing executive".split())
"""A name opening so is a role ('Senior News Editor', its 'Editor' cut as a role tail), not an outlet."""
ROLE_TAIL = re.compile(rf"\s+{ROLE}$|\s+[Ss]taff$")
"""A role closing the outlet's name ('Daily X Staff Writer' -> 'Daily X')."""


def _byline_outlet(name: str) -> bool:
    """After a byline's name, a media-shaped name, or one with a channel or newspaper word in it ('Action News Jax');
    not a role ('Senior News Editor')."""
    words = {word.lower() for word in name.split()}
    if words & ROLE_WORDS or name.split()[0].lower() in ROLE_OPENERS:
        return False
    return media_like(name) or bool(words & (OUTLET_WORDS | EXTRA_OUTLET_WORDS | CHANNEL_WORDS))


def byline_outlet(line: str) -> list[str] | None:
    """['KXYZ News'] for 'By Jane Roe, KXYZ News Updated: ...'; [] for a byline naming no outlet after the name
    ('By Jane Roe, Associated Press'); None when the line is no such byline."""
    head = line[:12].lower()
    byline = BYLINE_OUTLET.match(line) if head.startswith("by") or " by" in head else None
    if not byline:
        return None
    name = re.split(r"\s+(?:Updated|Posted|Published)\b", byline.group("name") or byline.group("after_capitals"))[0]
    name = trim(ROLE_TAIL.sub("", trim(name)))
    if named(name) and _byline_outlet(name) and not agency(name):
        return [name]
    return _before_place(line)


def _before_place(line: str) -> list[str]:
    """'By Jane Roe, KXYZ News, Portvale': the outlet between the writer and a place, which the byline pattern took
    for a second writer (an international outlet's byline; none on the gunviolence dev pages)."""
    parts = [trim(part) for part in re.split(r"\s*,\s*", line)[1:-1]]
    return next(([part] for part in parts if named(part) and _byline_outlet(part) and not agency(part)), [])
