"""The writer's outlet a byline names after the writer: 'By Jane Roe, KXYZ News', 'By Jane Roe | The Daily X',
'Posted by Jane Roe - KXYZ 5', 'By Jane Roe and John Doe, The Daily X', 'By: Jane Roe, Daily X Staff Writer', 'By
Jane Roe of the Daily X', 'BY JANE ROE The Daily X', 'By Jane Roe, KXYZ News, Portvale'.

Read by :func:`newsprism.clean.outlets.credit_line_names` as a line naming the outlet. A wire agency there is a
credit ('By Jane Roe, Associated Press'), a role or a place is none ('By Jane Roe, Staff Writer', 'By Jane Roe,
Portvale').
"""

from __future__ import annotations

import re

from newsprism.clean.metadata import DATE_EXPR, OUTLET_WORDS, agency, is_name
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
ROLE = r"(?:(?:[Ss]taff|[Ss]enior|[Cc]hief|[Ss]pecial|[Cc]ontributing|[Dd]igital|[Ww]eb|[Mm]ultimedia)\s+)?" \
       r"(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Pp]hotographer|[Pp]roducer|[Jj]ournalist)s?"
"""A writer's role between the name and the outlet ('Staff Writer'), or after the outlet ('KXYZ News Digital
Producer')."""
BYLINE_OUTLET = re.compile(
    rf"^(?:(?:[Pp]osted|[Ww]ritten|[Ss]tory|[Rr]eported)\s+)?(?:[Bb]y|BY):?\s+{PERSON}(?:\s*(?:,|and|&)\s*{PERSON})*"
    rf"(?:\s*,\s*{ROLE})?\s*(?:,\s*[Ss]pecial to\s+(?:the\s+)?|[,|/·•]|\s[-–—]|\s+(?:of|for)\s+(?:the\s+)?)\s*"
    rf"(?P<name>{NAME_RUN})|"
    rf"^(?:[Bb]y|BY):?\s+[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{1,2}}\s+FOR\s+"
    rf"(?P<capitals_for>(?:THE\s+)?[A-Z][A-Z0-9&.'’-]+(?:\s+[A-Z][A-Z0-9&.'’-]*){{0,3}})\s*$|"
    rf"^(?:[Bb]y|BY):?\s+[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{1,2}}\s+"
    rf"(?P<after_capitals>(?=(?:The\s+)?[A-Z][a-z])(?:{NAME_RUN}))")
"""The writer's outlet after the name and a comma, bar, slash, dot, dash, 'of', 'for' or ', Special to' (a freelance
writer's byline; a role between them is passed over: 'By Jane Roe, Staff Writer, The Daily X'), after a name in
capitals ('BY JANE ROE The Daily X'), or a byline all in capitals closing with 'FOR' the site ('By JANE ROE FOR
DAILYXONLINE': a British site's byline, the site's name in capitals whatever its shape)."""
STAMPED_BYLINE = re.compile(rf"^{PERSON}\s*(?:[,|·•]|\s[-–—])\s*(?P<parts>.{{2,80}}?)\s*(?:[,|·•]|\s[-–—])\s*"
                            rf"(?:(?:[Pp]osted|[Uu]pdated|[Pp]ublished|[Ll]ast [Uu]pdated)\b|"
                            rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?i:{DATE_EXPR.pattern}))")
"""An international page's byline without 'By': the writer, the outlet (and a place), then the stamp: 'Jane Roe ·
The Daily X · Posted: May 3, 2015', 'Jane Roe, The Daily X, Portvale | Updated: May 3, 2015'."""
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
        return _stamped(line)
    if byline.group("capitals_for"):
        return [] if agency(byline.group("capitals_for")) else [byline.group("capitals_for")]
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


def _stamped(line: str) -> list[str] | None:
    """The outlet of a byline without 'By' that a stamp closes (:data:`STAMPED_BYLINE`): the first media-shaped part
    after the writer's name, or the site's name before its stamp ('KXYZ News | Updated: May 3, 2015'); None when the
    line is no such byline."""
    if len(line) > MAX_STAMPED_BYLINE:
        return None
    site = SITE_STAMP.match(line)
    if site and named(trim(site.group("name"))) and media_like(trim(site.group("name"))) \
            and not agency(site.group("name")):
        return [trim(site.group("name"))]
    stamped = STAMPED_BYLINE.match(line)
    if not stamped or not is_name(line[:stamped.start("parts")].rstrip(" ,|·•-–—")):
        return None
    parts = [trim(part) for part in re.split(r"\s*(?:[,|·•]|\s[-–—])\s*", stamped.group("parts"))]
    return next(([part] for part in parts if named(part) and _byline_outlet(part) and not agency(part)), None)


SITE_STAMP = re.compile(rf"^(?P<name>{NAME_RUN})\s*[|·•]\s*(?:[Pp]osted|[Uu]pdated|[Pp]ublished|[Ll]ast [Uu]pdated)\b")
"""A site's name, then its stamp's label: 'The Daily X | Updated: May 3, 2015', 'KXYZ News · Posted May 3' (an
international desk's line; an agency there, 'XTI | Updated: ...', is a credit)."""
MAX_STAMPED_BYLINE = 160
"""A byline with its stamp is short; a sentence naming a person and a date runs longer (characters)."""
