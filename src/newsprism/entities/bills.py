"""Bills named by their chamber and number: "Senate Bill 8", "House Bill 2", "S.B. 8", "HB 2" name one work (the bill
or the law it became), not a chamber and a person.

spaCy cuts "Senate Bill 8" into "Senate" (a body) and "Bill 8" (a person, or a LAW span it leaves out) and tags "S.B.
8" a body (D9's honest readings of AllSides roundups 5638 and 5843: "Bill 8" a person, "Senate" a body holding only
the bill's first word, "S.B. 8" a body apart from "Senate Bill 8"). :func:`bill_end` carries a chamber's mention over
the bill's number, :func:`bill_key` gives the long and the short form one key, :func:`is_bill` marks both forms a
work.

Court cases are works too, named by their parties: "Lumo v. Kade" (D18's flip set at 32049ce: "Planned Parenthood v.
Casey" cut into a body and a person "Casey" in four AllSides and NeuS train stories, "Sanchez v. Mayorkas" a body).
:func:`is_case` marks a whole case name a work; :func:`case_party` leaves out a party spaCy cut from it, which names
the case there, not the party.
"""

from __future__ import annotations

import re

_CHAMBERS = {"senate": "s", "house": "h", "assembly": "a"}
"""A legislature's chambers that number their bills, and the letter of the short form ("Assembly Bill 5": "AB 5")."""
_BILL_AFTER = re.compile(r"\s+Bill\s+(?:No\.\s*)?\d{1,4}\b")
"""'Bill' and a number after a chamber's name ("Senate | Bill 8", "House | Bill No. 2")."""
_LONG_KEY = re.compile(r"(senate|house|assembly)bill(?:no)?(\d{1,4})")
_BILL_NAME = re.compile(r"(?:[SHA]\.\s?B\.|[SHA]B)\s?\d{1,4}|(?:Senate|House|Assembly)\s+Bill\s+(?:No\.\s*)?\d{1,4}")
"""A bill's name: the chamber's initial and B, dotted or not, and its number ("S.B. 8", "HB 1280"), or the chamber,
"Bill" and the number ("Senate Bill 8")."""


def bill_end(text: str, start: int, end: int) -> int | None:
    """Where a bill's name ends when the mention ``text[start:end]`` is a chamber's name with "Bill" and a number
    after it ("Senate | Bill 8"); None otherwise."""
    if text[start:end].lower() not in _CHAMBERS:
        return None
    match = _BILL_AFTER.match(text, end)
    return match.end() if match is not None else None


def bill_key(key: str) -> str:
    """The short form's key of a bill's long name's key ("senatebill8" → "sb8"); any other key unchanged."""
    match = _LONG_KEY.fullmatch(key)
    return f"{_CHAMBERS[match.group(1)]}b{match.group(2)}" if match is not None else key


def is_bill(name: str) -> bool:
    """A bill's name ("S.B. 8", "HB 2", "Senate Bill 8"): a work, whatever spaCy tags it."""
    return _BILL_NAME.fullmatch(name.strip()) is not None


_PARTY = r"[A-Z][\w.'’&-]*"
_CASE_NAME = re.compile(rf"{_PARTY}(?:\s+{_PARTY}){{0,5}}\s+v\.\s+{_PARTY}(?:\s+{_PARTY}){{0,5}}")
"""A court case's name: capitalised words, "v." (the legal style; not "vs.", a game's) and capitalised words."""
_SECOND_PARTY_AFTER = re.compile(rf"\s+v\.\s+{_PARTY}")
_FIRST_PARTY_BEFORE = re.compile(rf"{_PARTY}\s+v\.\s+$")
CASE_REACH = 40
"""Characters before a mention read for the case's first party and "v." ("Lumo Kade v. | Ana Lee")."""


def is_case(name: str) -> bool:
    """A court case's whole name ("Lumo v. Kade"): a work, whatever spaCy tags it."""
    return _CASE_NAME.fullmatch(name.strip()) is not None


def case_party(text: str, start: int, end: int) -> bool:
    """The mention ``text[start:end]`` is one party of a case's name that spaCy cut ("Lumo | v. Kade", "Lumo v. |
    Kade"): no entity."""
    return _SECOND_PARTY_AFTER.match(text, end) is not None or (
        _FIRST_PARTY_BEFORE.search(text, max(0, start - CASE_REACH), start) is not None)


_RESOLUTION_PART = re.compile(r"(?:[HS]\.\s?)?(?:J\.\s?|Con\.\s?)?(?:Res|Con)")
_RESOLUTION_REST = re.compile(r"\.\s?(?:Res\.\s?)?\d{1,4}\b")
"""A resolution's short name cut before its number ("H. Res | . 601", "S. Con | . Res. 14": D29's seed-106 reading of
AllSides 5757, both typed people): the chamber's initial, "Con." or "J.", "Res", a dot and the number."""


def resolution_cut(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is a resolution's short name cut before its number: no entity."""
    return _RESOLUTION_PART.fullmatch(text, start, end) is not None and _RESOLUTION_REST.match(text, end) is not None
