"""A news outlet named as a source: "Politico reported", "according to Politico", "told Politico", "Politico's
reporter". spaCy tags such names people or places (NeuS train 1294, session 29's honest reading: "Motherboard
reported" a person; PolNeAR dev: "According to Politico", "Politifact did a fact-check" people, "RT" and "CNN"
places). Only a name of the packaged outlet table (:func:`newsprism.clean.outlet_table.known_name`) is read, and
only with a reporting word beside it: a person reports and is told things too, and some outlets' names are also
people's or common words ("Bloomberg", "Time", "Metro")."""

from __future__ import annotations

import re

from newsprism.clean.outlet_table import known_name
from newsprism.lexicon import US_STATES

_REPORTING_BEFORE = re.compile(
    r"\b(?:[Aa]ccording\s+to|told|tells|telling|(?:interviews?|spoke|speaking|talked|talking)\s+(?:to|with)|"
    r"appear(?:ed|ing|s)?\s+on|wrote\s+(?:in|for)|writing\s+(?:in|for)|op-ed\s+(?:in|for)|employees?\s+of|"
    r"(?:works?|worked|working)\s+(?:directly\s+)?for|network|channel|broadcaster|outlet)\s+(?:the\s+)?$")
"""A source's verb or "according to" right before the name ("told Politico", "according to the Hill"), a job at it
("an employee of Lumo", "works for Lumo") or a medium's noun ("the state network Lumo")."""
_REPORTING_AFTER = re.compile(
    r"^(?:\s+(?:first\s+|previously\s+|also\s+|has\s+|had\s+|was\s+first\s+to\s+)?(?:reported|reports|learned|"
    r"obtained|broke\s+the\s+news)\b|['’]s\s+(?:\w+\s+)?(?:reporter|reporters|correspondent|host|anchor|interview|"
    r"report|reporting|poll|coverage|editorial|investigation|editor|editors|staff|newsroom|management|programming|"
    r"journalists?|producers?|website|broadcasts?)\b|['’]s\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b|"
    r"\s+(?:interview|poll|report|reporter|editor|correspondent|host|anchor|town\s+hall|debate|documentary|"
    r"special|segment|broadcast)\b)")
"""A reporting verb right after the name ("Politico reported", "Politico has learned"), or an outlet's staff or
work after it or its possessive ("Politico's chief correspondent", "a Politico interview", "Lumo's management").
The staff and medium words were read on PolNeAR dev ("RT" a place through eleven mentions); a person's full name
after the possessive is its journalist ("Lumo's Ana Lee"), and a broadcast's kind after the name its programme ("a
Lumo town hall", "the Lumo debate"; PolNeAR dev, session 29: "CNN" a place there)."""
_STATES = frozenset(w.replace("_", " ") for w in US_STATES.split())


def outlet_named(name: str, before: str, after: str) -> bool:
    """Whether ``name``, with the text ``before`` and ``after`` it, is a news outlet named as a source."""
    if name.casefold() in _STATES or not known_name(name):
        return False
    return bool(_REPORTING_BEFORE.search(before) or _REPORTING_AFTER.match(after))


def listed_outlet(name: str, before: str, after: str) -> bool:
    """Whether the one-word ``name`` stands in a list beside an outlet of the table, the list going on past that
    outlet ("listing Kopa, The Lumo Herald, The Tarn Post and others": NeuS train 1618, 0-based, a site typed a
    person). One word only: a person is named in full, and "Ana Lee, Politico's reporter" is no list."""
    if " " in name.strip() or name.casefold() in _STATES:
        return False
    if (later := _NEXT_IN_LIST.match(after)) is not None and known_name(later.group(1)):
        return True
    earlier = _EARLIER_IN_LIST.search(before)
    return earlier is not None and known_name(earlier.group(1)) and _LIST_GOES_ON.match(after) is not None


_LIST_NAME = r"((?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
_NEXT_IN_LIST = re.compile(r",\s+(?:and\s+|or\s+)?" + _LIST_NAME + r"(?=,|\s+(?:and|or)\s)")
_EARLIER_IN_LIST = re.compile(r"(?:^|,\s+|\b(?:listing|including|like|such\s+as)\s+)" + _LIST_NAME + r",\s+$")
_LIST_GOES_ON = re.compile(r",|\s+(?:and|or)\s")
"""A list's next name followed by a comma or "and" ("X, The Lumo Herald, ..."), or its earlier name after a comma or
a listing word with the list going on after the name: a name between two commas or before "and" is a list's."""


def site_reported(name: str, after: str) -> bool:
    """Whether the one-word ``name``, outside the table, reports with ``after`` ("Kopa reported", "Kopa has
    learned"): weaker evidence of an outlet than a table name's (:data:`.evidence.SITE_WEIGHT`: NeuS train 1294,
    0-based, session 29: "Motherboard reported" a person), since a witness named by surname reports too."""
    return _SITE_REPORTED_AFTER.match(after) is not None and " " not in name.strip() and (
        name.casefold() not in _STATES) and not known_name(name)


_SITE_REPORTED_AFTER = re.compile(r"\s+(?:first\s+|previously\s+|also\s+)?(?:reported|has\s+learned)\b"
                                  r"(?!\s+(?:that\s+)?(?:seeing|hearing|feeling|being)\b)")
"""A site's reporting verb right after a name; not a witness's ("reported seeing a man")."""
