"""Outlet names in copyright lines: '© 2016 WXYZ', 'Copyright 2015 The Daily X. All rights reserved'.

Read by :func:`newsprism.clean.outlets.text_credits` as ``copyright`` evidence. An owning company ('Nexstar
Broadcasting, Inc.', 'Cox Media Group') is not the outlet, but a parent company's line may still name the station:
a company named after the station's call letters is the station's own ('Copyright 2016 KXYZ Media', '(KXYZ
Broadcasting Corporation)' -> 'KXYZ'), a group's line 'on behalf of' a station names it ('© 2016 Portvale
Television Inc., on behalf of KXYZ-TV'), and a line shared with a wire names the outlet beside the agency ('by CBS
Portvale and Bay City News Service' -> 'CBS Portvale', the agency a credit). '(c)' is a copyright mark only before
a year or 'copyright': '(c) Subsection (a) does not apply' is a legal text's list item.
"""

from __future__ import annotations

import re

from newsprism.clean import prefilter
from newsprism.clean.metadata import AGENCY_ALTERNATION, OUTLET_WORDS, agency
from newsprism.clean.outlet_names import NAME_RUN, OWNER_WORDS, call_sign, is_owner, media_like, named, trim
from newsprism.typography import DASHES

COPYRIGHT = re.compile(
    r"(?:©|\(c\)(?=\s*(?:\d{4}|copyright\b|(?:[A-Z][\w.&'’-]*\s+){1,5}\d{4}\.?$))|\bcopyright\b)(?:\s*(?:©|\(c\)|copyright))*\s*"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?:by\s+)?\(?(?P<name>(?:[^.,;|()©\n]|\.(?=(?:com|net|org|tv)\b))+?)(?:\s+\d{4})?\s*"
    r"(?=\.(?!(?:com|net|org|tv)\b)|[,;|()©]|\ball rights?\b|$)",
    re.I)
"""'© 2016 WXYZ', 'Copyright 2015 The Daily X.', '(c) 2016 WXYZ', '(© 2016 WXYZ)', 'Copyright 2014 (KXYZ
Broadcasting Corporation)', 'Copyright 2017 by WXYZ Local7.com' (a site's domain keeps its '.com'); a bare '(c)'
is a list item, not a mark, unless a name and a year close the line after it ('(c) The Daily X 2015')."""
ON_BEHALF = re.compile(rf"\.?,?\s+on behalf of\s+(?P<name>{NAME_RUN})")
"""A group's copyright line naming the station it is written for: '..., on behalf of KXYZ-TV'."""
OWNER_THEN = re.compile(r"\.?,\s+(?P<station>[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?)\b")
"""A group's copyright line going on to the station: 'Copyright 2016 Portvale Inc., KXYZ-TV Portvale'."""
PICTURE_MARK = re.compile(r"\b(?:image|photo(?:graph)?|picture|video)\s*$", re.I)
"""A mark a picture carries, not the page: an international page's 'Image copyright Getty Images' (its caption
follows: 'Image caption ...'); a picture's credit, whatever it names."""
PERSON_TOLD = re.compile(r"\s*,\s*(?:\d{1,3}\s*,|(?:who|was|is)\s)")
"""After a name, an age or a relative clause: 'Jane Roe, 24, was killed', 'Jane Roe, who ...': a person in a
sentence, no copyright holder."""


def copyright_names(line: str) -> tuple[list[str], list[str]]:
    """(outlet names, agencies) named after a copyright mark: owning companies left out (a company named after call
    letters gives the station), and a person a sentence goes on to tell of (a picture's mark before its caption:
    '© Jane Roe, 24, was killed ...')."""
    names: list[str] = []
    wires: list[str] = []
    for match in prefilter.finditer(COPYRIGHT, line):
        if PICTURE_MARK.search(line, 0, match.start()):  # 'Image copyright Getty Images Image caption ...'
            continue
        for part in _parts(match.group("name")):
            part = trim(part.strip(" -" + DASHES))
            station = part.split()[0].split("-")[0] if part.split() else ""
            wire = agency(part) or _agency_opening(part)
            if wire:
                wires.append(wire)
            elif _incorporated_paper(part):
                names.append(_incorporated_paper(part))  # 'Portvale Chronicle Ltd': the paper's own company
            elif is_owner(part) and len(part.split()) > 1 and call_sign(station):
                names.append(station)  # 'KXYZ Broadcasting Corporation', 'KXYZ-KXYA Broadcasting Corp', 'KXYZ Media'
            elif is_owner(part):
                names += _after_owner(line, match.end())
            elif named(part) and not PERSON_TOLD.match(line, match.end()):
                names.append(part)
    return names, wires


COMPANY_SUFFIX = re.compile(r"\s+(?:Pty\.?\s+)?(?:Ltd|Limited|plc)\.?$", re.I)
"""A British or Commonwealth company's legal suffix closing a copyright holder's name (a US 'Inc.' after a name
stays an owning company: 'Portvale Radio Inc. and its subsidiaries')."""
NOT_PAPER_WORDS = frozenset("radio tv television network broadcasting wire".split())
"""Outlet words that do not name a paper: 'Portvale Radio Ltd' is a company owning stations."""


def _incorporated_paper(part: str) -> str:
    """A paper's own company in a copyright line ('© Portvale Chronicle Ltd 2015' -> 'Portvale Chronicle': a name
    closing with a newspaper word before the legal suffix; not a known owner, not 'X Media Ltd')."""
    paper = COMPANY_SUFFIX.sub("", part)
    last = paper.split()[-1].lower() if paper != part and paper.split() else ""
    return paper if last in OUTLET_WORDS - OWNER_WORDS - NOT_PAPER_WORDS and not is_owner(paper) else ""


def _after_owner(line: str, at: int) -> list[str]:
    """The station a group's copyright line names after the group: '..., on behalf of KXYZ-TV' (any media-shaped
    name), 'Portvale Inc., KXYZ-TV Portvale' (call letters)."""
    behalf = ON_BEHALF.match(line, at)
    if behalf and media_like(trim(behalf.group("name"))):
        return [trim(behalf.group("name"))]
    then = OWNER_THEN.match(line, at)
    return [then.group("station")] if then and call_sign(then.group("station")) else []


def _parts(name: str) -> list[str]:
    """'KXYZ / WXYZ' -> two names; 'CBS Portvale and Bay City News Service' -> the outlet and the agency ('The Post
    and Courier' stays whole: no agency after 'and')."""
    parts = re.split(r"\s+/\s+", name.strip())
    out = []
    for part in parts:
        head, sep, tail = part.rpartition(" and ")
        out += [head, tail] if sep and _agency_opening(tail.strip()) else [part]
    return out


def _agency_opening(part: str) -> str | None:
    """The agency a name opens with: 'Bay City News Service' -> the agency 'Bay City News'."""
    match = re.match(rf"(?:{AGENCY_ALTERNATION})\b", part, re.I)
    return agency(match.group(0)) if match else None
